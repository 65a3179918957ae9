import { authorityHeads, seatHeadEndings } from '../lexicons/org-shapes.js'
import type { Part } from '../tokens.js'
import type { Discovery } from './discover.js'

function spaced(text: string, a: Part, b: Part): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))
}

/** `seatHeadEndings` as pairs, in its order: iterating the map itself makes an entry array per ending and word. */
const headEndings: ReadonlyArray<readonly [string, string]> = [...seatHeadEndings]

/** The head of a word that a seat after it names (`Landesapothekerverband`, `Ärztekammer`, `Polizei`) in the nominative, or `undefined`. */
function seatHead(word: string): { name: string; authority: boolean } | undefined {
  const lower = word.toLowerCase()
  const authority = authorityHeads.get(lower)
  if (authority) return { name: word[0] + authority.slice(1), authority: true }
  for (const [ending, nominative] of headEndings) {
    // A compound only (`Bauernverband`): the bare noun (`der Verband Hamburg …`) is no name.
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) return { name: word.slice(0, lower.length - ending.length) + nominative, authority: false }
  }
  return undefined
}

/**
 * Organizations named by a head noun and the known place of their seat or
 * area after it (`der Landesapothekerverband Baden-Württemberg`, `die
 * Ärztekammer Niedersachsen`, `die Polizei Hamburg`): the head is an
 * authority noun of `authorityHeads` or a compound ending in one of
 * `seatHeadEndings` (`-verband`, `-kammer`, `-gericht`, `-kriminalamt`,
 * `-stadtwerke` …), the place a registry or gazetteer place (also in the
 * genitive: `Russlands`) that ends the noun phrase. The name is the head in the
 * nominative and the place as written (`Landesapothekerverband
 * Baden-Württemberg`); the mention is the head, and the place stays a mention
 * of its own. Unknown seats are left to the authority rule of `discover`
 * (`Staatsanwaltschaft Görlitz`). Marks the parts it takes.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken (updated).
 * @param isPlace
 *   Whether a word as written is a known place.
 * @returns
 *   The organizations found, as discoveries.
 * @example
 *   seatNames('Die Ärztekammer Niedersachsen warnte.', parts, covered, isPlace)[0].name // => 'Ärztekammer Niedersachsen'
 */
export function seatNames(text: string, parts: readonly Part[], covered: Set<number>, isPlace: (word: string) => boolean): Discovery[] {
  const found: Discovery[] = []
  for (let k = 0; k + 1 < parts.length; k++) {
    const part = parts[k]!
    if (!part.upper || part.allCaps || part.hyphenAfter || covered.has(k)) continue
    let first = k
    while (first > 0 && parts[first]!.hyphenBefore) first--
    if (covered.has(first)) continue
    // The seat's shape first: it rules out most words without the head's lookups.
    const seat = parts[k + 1]!
    if (!seat.upper || seat.allCaps) continue
    const head = seatHead(text.slice(parts[first]!.start, part.end))
    if (!head || !spaced(text, part, seat)) continue
    let last = k + 1
    while (last + 1 < parts.length && parts[last]!.hyphenAfter) last++
    const place = text.slice(seat.start, parts[last]!.end)
    if (!isPlace(place) && !(place.endsWith('s') && isPlace(place.slice(0, -1)))) continue
    // The place ends the noun phrase (`die Polizei Hamburg Nord` is not this name).
    const after = parts[last + 1]
    if (after && spaced(text, parts[last]!, after) && after.upper) continue
    for (let j = first; j <= k; j++) covered.add(j)
    found.push({ first, last: k, type: 'organization', name: `${head.name} ${place}`, kind: head.authority ? 'authority' : null })
    k = last
  }
  return found
}
