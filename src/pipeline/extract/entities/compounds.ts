import { firstNames } from '../lexicons/first-names.js'
import { compoundOrgHeads } from '../lexicons/org-shapes.js'
import type { Part } from '../tokens.js'
import type { Discovery } from './discover.js'

/** What the compound rule needs to know about names. */
export interface CompoundNames {
  /** Whether a folded name is a registry or gazetteer organization or place. */
  readonly isKnown: (folded: string) => boolean
  /** Whether a folded name is any registry or gazetteer name. */
  readonly isName: (folded: string) => boolean
  /** The folding of names that both lookups use. */
  readonly fold: (value: string) => string
}

const complementConnectors = new Set(['und', 'der', 'des', 'die', 'das'])

/** The last part of a complement `für` + capitalized words (`und`, articles between) after part `last`, or `last` when none follows; a place after `in` stays outside (`… für Kernphysik in Heidelberg`). */
function complementEnd(text: string, parts: readonly Part[], covered: ReadonlySet<number>, last: number): number {
  const preposition = parts[last + 1]
  if (!preposition || preposition.lower !== 'für' || !/^[ \t\u00a0]+$/u.test(text.slice(parts[last]!.end, preposition.start))) return last
  let end = last
  for (let k = last + 2; k < parts.length && k <= last + 6; k++) {
    const part = parts[k]!
    if (covered.has(k) || !/^[ \t\u00a0]+$/u.test(text.slice(parts[k - 1]!.end, part.start)) || part.hyphenAfter || part.hyphenBefore) break
    if (part.upper && !part.allCaps) end = k
    else if (!complementConnectors.has(part.lower)) break
  }
  return end
}

/**
 * Hyphen compounds that name an organization of their own: a known
 * organization or place, an acronym, or a person's name (first name first)
 * before an organization head (`Nato-Ukraine-Kommission`, `EU-Rat`,
 * `Konrad-Adenauer-Stiftung`), an institute's or centre's complement in `für` after it
 * (`Max-Planck-Institut für Kernphysik`); the name is the nominative (`Waldai-Klubs` →
 * `Waldai-Klub`). A compound that is a known name as a whole is left to the
 * registry, one with a common noun before the head (`Experten-Rat`) is no
 * name. Runs before registry matching, so `Nato` in `Nato-Rat` is not a
 * mention of the NATO. Marks the parts it takes.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken (updated).
 * @param names
 *   Lookups of known names (folded).
 * @returns
 *   The compounds found, as discoveries.
 * @example
 *   compoundOrganizations('Der EU-Rat tagte.', tokenize('Der EU-Rat tagte.'), new Set(), names)[0].name // => 'EU-Rat'
 */
export function compoundOrganizations(text: string, parts: readonly Part[], covered: Set<number>, names: CompoundNames): Discovery[] {
  const found: Discovery[] = []
  for (let last = 1; last < parts.length; last++) {
    const head = parts[last]!
    if (!head.hyphenBefore || head.hyphenAfter || !head.upper) continue
    const nominative = compoundOrgHeads.get(head.lower)
    if (!nominative) continue
    let first = last
    while (first > 0 && parts[first]!.hyphenBefore) first--
    if (first === last || first < last - 4) continue
    let taken = false
    for (let k = first; k <= last; k++) if (covered.has(k)) taken = true
    if (taken) continue
    const whole = text.slice(parts[first]!.start, head.end)
    const base = text.slice(parts[first]!.start, head.start) + nominative
    // The registry knows it as a whole (`Nato-Russland-Rat`): its matcher takes it.
    if (names.isName(names.fold(whole)) || names.isName(names.fold(base))) continue
    const modifiers = parts.slice(first, last)
    const personal = firstNames.has(modifiers[0]!.lower) && modifiers.length >= 2 && modifiers.every((part) => part.upper)
    const known = modifiers.every((part) => part.allCaps || (part.upper && names.isKnown(names.fold(part.text))))
    if (!personal && !known) continue
    // `Max-Planck-Institut für Kernphysik`: a complement with `für` belongs to the name.
    const end = nominative === 'Institut' || nominative === 'Zentrum' ? complementEnd(text, parts, covered, last) : last
    for (let k = first; k <= end; k++) covered.add(k)
    found.push({ first, last: end, type: 'organization', name: base + text.slice(head.end, parts[end]!.end), kind: null })
  }
  return found
}
