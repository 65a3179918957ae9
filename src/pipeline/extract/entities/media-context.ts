import { commonNounOutlets, outletNouns, reportFillers, reportWordsAfter, reportWordsBefore } from '../lexicons/media-words.js'
import type { Part } from '../tokens.js'
import { isOutletClassifier } from './outlet-names.js'

const articles = new Set(['der', 'die', 'das', 'dem', 'den', 'des'])
const openMarks = '„"»«‚‹›\'“'
const closeMarks = '“"«»‘’\'‹›”'

/** Whether the name over parts `[first, last]` is an outlet name that is also a common noun (`die Welt`, `Spiegel`). */
export function isCommonNounOutlet(parts: readonly Part[], first: number, last: number): boolean {
  let head = first
  if (last > first && articles.has(parts[first]!.lower)) head++
  if (head !== last) return false
  const word = parts[head]!.lower
  return commonNounOutlets.has(word) || (word.endsWith('s') && commonNounOutlets.has(word.slice(0, -1)))
}

function sentenceStart(text: string, start: number): boolean {
  let k = start - 1
  while (k >= 0 && (text[k] === ' ' || openMarks.includes(text[k]!))) k--
  // A dateline's dash (`Moskau (dpa) - Die Welt …`) starts a sentence too.
  return k < 0 || '.!?:-–—'.includes(text[k]!)
}

/**
 * Whether a match of an outlet name that is also a common noun is the
 * outlet: in quotation marks (`der „Welt“`), with a capital article inside
 * a sentence (`berichtet Die Zeit`), after a noun that names an outlet (`dem
 * Nachrichtenmagazin Spiegel`), or next to a word of reporting (`sagte er der
 * Welt`, `dem Spiegel zufolge`). `Die Welt schaut auf Genf` is the world.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param first
 *   First part of the match (an article may be part of it).
 * @param last
 *   Last part of the match.
 * @returns
 *   Whether to keep it as a mention.
 * @example
 *   outletMeant('Das sagte er der „Welt“.', parts, 5, 5) // => true
 */
export function outletMeant(text: string, parts: readonly Part[], first: number, last: number): boolean {
  const start = parts[first]!.start
  const end = parts[last]!.end
  // `die Tageszeitung Morgenkurier`, `die Zeitung „Kurier“`: a classifier before another name, not the outlet.
  const following = parts[last + 1]
  if (following && isOutletClassifier(parts[last]!.text) && /^[ \t\u00a0]*[„"»]?$/u.test(text.slice(end, following.start)) && following.upper) return false
  if (start > 0 && openMarks.includes(text[start - 1]!) && closeMarks.includes(text[end] ?? '')) return true
  if (start > 0 && openMarks.includes(text[start - 1]!) && text[end] === 's' && closeMarks.includes(text[end + 1] ?? '')) return true
  if (last > first && parts[first]!.upper && articles.has(parts[first]!.lower) && !sentenceStart(text, start)) return true
  // Words before, back over articles and pronouns, within the clause.
  let k = first - 1
  let boundary = start
  for (let steps = 0; k >= 0 && steps < 5; steps++, k--) {
    const part = parts[k]!
    if (/[^ \t\u00a0\-]/u.test(text.slice(part.end, boundary))) break
    if (outletNouns.has(part.lower) && steps === 0) return true
    if (reportWordsBefore.has(part.lower)) return true
    if (!reportFillers.has(part.lower)) break
    boundary = part.start
  }
  const next = parts[last + 1]
  if (next && /^[ \t\u00a0]+$/u.test(text.slice(end, next.start)) && reportWordsAfter.has(next.lower)) return true
  return false
}
