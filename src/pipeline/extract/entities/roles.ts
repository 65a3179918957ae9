import { cueFormsOf } from '../lexicons/cue-verbs.js'
import { isRoleNoun } from '../lexicons/role-nouns.js'
import type { Part } from '../tokens.js'

const adjective = /^[a-zäöüß]+(?:e|en|er|es|em)$/
/** Articles and pronouns that end the adjectives of a role (`dem polnischen Ministerpräsidenten`). */
const determiners = new Set(['die', 'der', 'des', 'dem', 'den', 'eine', 'einer', 'einem', 'einen', 'eines', 'seine', 'seiner', 'seinem', 'seinen', 'ihre', 'ihrer', 'ihrem', 'ihren', 'diese', 'dieser', 'diesem', 'diesen', 'jene', 'welche', 'keine', 'meine', 'unsere'])

/**
 * The role that the text gives right before a person's name: a role noun,
 * with the adjectives before it (`stellvertretende Außenminister`,
 * `Vize-Außenminister`, `Kreml-Sprecher`), also across an apposition comma
 * (`Die US-Botschafterin bei der Nato, Julianne Smith`).
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param first
 *   Index of the name's first part.
 * @returns
 *   The role as written, or `null`.
 * @example
 *   roleBefore('Kreml-Sprecher Dmitri Peskow', parts, 2) // => 'Kreml-Sprecher'
 */
export function roleBefore(text: string, parts: readonly Part[], first: number): string | null {
  let j = first - 1
  if (j < 0) return null
  const gap = text.slice(parts[j]!.end, parts[first]!.start)
  if (!/^[ \t\u00a0]+$/.test(gap)) return null
  let wordFirst = j
  while (wordFirst > 0 && parts[wordFirst]!.hyphenBefore) wordFirst--
  const word = text.slice(parts[wordFirst]!.start, parts[j]!.end)
  if (!isRoleNoun(word)) return null
  let start = parts[wordFirst]!.start
  j = wordFirst - 1
  while (j >= 0 && adjective.test(parts[j]!.text) && !determiners.has(parts[j]!.text) && cueFormsOf(parts[j]!.text).length === 0 && /^[ \t\u00a0]+$/.test(text.slice(parts[j]!.end, parts[j + 1]!.start))) {
    start = parts[j]!.start
    j--
  }
  return text.slice(start, parts[first - 1]!.end)
}
