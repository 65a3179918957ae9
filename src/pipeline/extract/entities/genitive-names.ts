import { isClassifierNoun } from '../lexicons/classifier-nouns.js'
import { firstNames } from '../lexicons/first-names.js'
import { everydayGenitiveHeads, genitiveHeads } from '../lexicons/genitive-heads.js'
import { demonymNouns, isRoleNoun } from '../lexicons/role-nouns.js'
import { stopwords } from '../lexicons/stopwords.js'
import type { Part } from '../tokens.js'
import type { Discovery } from './discover.js'

/** Words before such a name: articles and contracted prepositions, in any case. */
const determiners = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'beim', 'vom', 'zum', 'zur', 'im', 'am'])
/** Adjective endings of a word inside the complement (`der Chemischen Industrie`). */
const adjectiveShape = /(?:isch|al|ell|lich|ig|iv)(?:e|en|er|es|em)$/u

function spaced(text: string, a: Part, b: Part): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))
}

/** Whether a part can be the noun of the complement: capitalized, no stopword, role noun (`der Kanzlerin`), nationality noun, first name or known name. */
function complementNoun(part: Part, covered: ReadonlySet<number>, k: number): boolean {
  return part.upper && !part.allCaps && !covered.has(k) && !/\d/u.test(part.text) && !stopwords.has(part.lower) && !isRoleNoun(part.text) && !demonymNouns.has(part.lower) && !firstNames.has(part.lower) && !isClassifierNoun(part.text)
}

/**
 * Organization names made of a head noun, `der`/`des` and a genitive
 * complement (`die Gewerkschaft der Polizei`, `des Bundes der Steuerzahler`,
 * `die Partei der Arbeit`, `dem Verband der Chemischen Industrie`): the head
 * from `genitiveHeads`, after an article or a contracted preposition (so `die
 * Partei der Kanzlerin` is none: a role noun), the complement one noun,
 * possibly after one capitalized adjective, that ends the noun phrase and is
 * no known name (`die Partei der Grünen` is the party `Grüne`). An acronym in
 * brackets right after it (`(GdP)`) names the same organization; with an
 * everyday head (`Bund`, `Partei`, `Liga`: `der Bund der Ehe`) only such an
 * acronym makes the phrase a name. The name is
 * in the nominative (`Bund der Steuerzahler`). Marks the parts it takes.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by other names (updated).
 * @param isPlace
 *   Whether a word as written is a known place (`die Partei der Ukraine` names no party).
 * @returns
 *   The names found, as organization discoveries.
 * @example
 *   genitiveNames('Die Gewerkschaft der Polizei warnte.', parts, new Set(), isPlace)[0].name // => 'Gewerkschaft der Polizei'
 */
export function genitiveNames(text: string, parts: readonly Part[], covered: Set<number>, isPlace: (word: string) => boolean): Discovery[] {
  const found: Discovery[] = []
  for (let i = 1; i + 2 < parts.length; i++) {
    const head = parts[i]!
    const nominative = genitiveHeads.get(head.lower)
    if (!nominative || !head.upper || head.hyphenBefore || head.hyphenAfter || covered.has(i)) continue
    const before = parts[i - 1]!
    const article = parts[i + 1]!
    if (!determiners.has(before.lower) || !spaced(text, before, head) || (article.text !== 'der' && article.text !== 'des') || !spaced(text, head, article)) continue
    let k = i + 2
    // One capitalized adjective may come first (`der Chemischen Industrie`).
    if (parts[k + 1] && adjectiveShape.test(parts[k]!.lower) && parts[k]!.upper && spaced(text, parts[k]!, parts[k + 1]!) && !covered.has(k)) k++
    let last = k
    while (last < parts.length - 1 && parts[last]!.hyphenAfter) last++
    let fits = true
    for (let n = i + 2; n <= last; n++) if (!complementNoun(parts[n]!, covered, n)) fits = false
    if (!fits || isPlace(parts[k]!.text) || isPlace(parts[k]!.text.replace(/s$/u, ''))) continue
    // The complement ends the noun phrase: no capitalized word after it.
    const after = parts[last + 1]
    if (after && spaced(text, parts[last]!, after) && after.upper) continue
    // `(GdP)`: its acronym, in any case mix with two capitals.
    const acronym = parts[last + 1]
    const hasAcronym = acronym !== undefined && /^[ \t]*\($/u.test(text.slice(parts[last]!.end, acronym.start)) && text[acronym.end] === ')' && !acronym.hyphenAfter && /^\p{Lu}\p{L}{1,7}$/u.test(acronym.text) && (acronym.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !covered.has(last + 1)
    // `der Bund der Ehe` is no name: an everyday head needs the acronym.
    if (everydayGenitiveHeads.has(nominative) && !hasAcronym) continue
    const name = `${nominative} ${text.slice(article.start, parts[last]!.end)}`
    for (let n = i; n <= last; n++) covered.add(n)
    found.push({ first: i, last, type: 'organization', name, kind: nominative === 'Partei' ? 'party' : null })
    if (hasAcronym) {
      covered.add(last + 1)
      found.push({ first: last + 1, last: last + 1, type: 'organization', name, kind: nominative === 'Partei' ? 'party' : null })
      last++
    }
    i = last
  }
  return found
}
