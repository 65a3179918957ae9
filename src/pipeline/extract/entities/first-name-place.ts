import { isClassifierNoun } from '../lexicons/classifier-nouns.js'
import { isGivenName } from '../lexicons/given-names.js'
import { englishConnectors } from '../lexicons/org-shapes.js'
import { demonymNouns, isRoleNoun } from '../lexicons/role-nouns.js'
import { stopwords } from '../lexicons/stopwords.js'
import type { Part } from '../tokens.js'

/** Prepositions before a place: after them the city is meant (`in London Heathrow`). */
const placePrepositions = new Set(['in', 'nach', 'aus', 'von', 'bei', 'über', 'via', 'ab', 'bis', 'nahe', 'im', 'vom', 'zum'])

function spaced(text: string, a: Part, b: Part): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))
}

/**
 * Whether a city matched at part `first` (one word) is the first name of a
 * person (`Paris Hilton`, `Sydney Kowalski`): the city's name is a first name,
 * and right after it, joined by one space, stands a word in the shape of a
 * surname that no lexicon or registry knows (no common noun, role noun,
 * stopword, nationality noun or known place or person:
 * `Paris Match` is none; a company's name may be one: `Hilton`) and that ends
 * the noun phrase (no capitalized word or English connector after it: `London
 * School of Economics`). After a preposition of place or a noun the city is
 * meant (`in London Heathrow`, `Flughafen Sydney Kingsford`).
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken.
 * @param first
 *   The city's part.
 * @param isNoun
 *   Whether a capitalized word is a known common noun.
 * @param isKnown
 *   Whether a word as written is a known place or person of the registry or gazetteer.
 * @returns
 *   The last part of the person's name, or `undefined` when the city is meant.
 * @example
 *   firstNamePlace('Paris Hilton kam.', parts, new Set(), 0, isCommonNoun, isKnown) // => 1
 */
export function firstNamePlace(text: string, parts: readonly Part[], covered: ReadonlySet<number>, first: number, isNoun: (word: string) => boolean, isKnown: (word: string) => boolean): number | undefined {
  const city = parts[first]!
  const surname = parts[first + 1]
  if (!surname || city.hyphenAfter || city.hyphenBefore || city.allCaps || !spaced(text, city, surname) || covered.has(first + 1)) return undefined
  if (!isGivenName(city.lower)) return undefined
  // `in London Heathrow`, `Flughafen Sydney Kingsford`: a preposition or a noun before it names the place.
  const before = parts[first - 1]
  if (before && spaced(text, before, city) && (placePrepositions.has(before.lower) || (before.upper && (isNoun(before.text) || isClassifierNoun(before.text))))) return undefined
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(surname.text) || surname.hyphenAfter) return undefined
  if (stopwords.has(surname.lower) || isNoun(surname.text) || isRoleNoun(surname.text) || demonymNouns.has(surname.lower) || isClassifierNoun(surname.text) || isKnown(surname.text)) return undefined
  const after = parts[first + 2]
  if (after && spaced(text, surname, after) && (after.upper || englishConnectors.has(after.lower))) return undefined
  return first + 1
}
