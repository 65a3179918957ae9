// Whether the subject of a cue is a thing that cannot speak (a state, an event, a fact).
import { factPronouns, thingNouns } from '../lexicons/thing-nouns.js'
import { gapText } from './clause.js'
import type { ParagraphInfo } from './context.js'

const determiners = /^(?:der|die|das|ein|eine|dieser|diese|dieses|jener|jene|jenes|solch|solche|solcher)$/

/**
 * Whether the words from the clause start (`from`, or the last comma before
 * part `k`) up to part `k` open with a thing as the subject: a demonstrative
 * alone (`Das erklärt, …`), or a determiner, adjectives and a head noun from
 * `thingNouns` (`Der rasche Anstieg der Preise schließt nicht aus, …`).
 */
export function thingSubject(info: ParagraphInfo, from: number, k: number): boolean {
  let start = from
  for (let j = k; j > from; j--) {
    if (/[,;:]/.test(gapText(info, j - 1, j))) {
      start = j
      break
    }
  }
  if (start >= k || info.inQuote[start]) return false
  if (k - start === 1) return factPronouns.has(info.parts[start]!.lower)
  let j = start
  if (!determiners.test(info.parts[j]!.lower)) return false
  j++
  while (j < k && !info.parts[j]!.upper) j++
  if (j >= k) return false
  const head = info.parts[j]!.lower
  return thingNouns.has(head.slice(head.lastIndexOf('-') + 1))
}
