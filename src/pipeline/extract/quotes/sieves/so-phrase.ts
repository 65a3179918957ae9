import { buildQuote } from '../clause.js'
import { gapText } from '../clause.js'
import type { ParagraphInfo } from '../context.js'
import { phraseEnd, viaAfter } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'
import { cueClause } from './cue-clause.js'

const soOpeners = new Set(['der', 'die', 'das', 'ein', 'eine', 'einer', 'sein', 'seine', 'ihr', 'ihre'])
/** Prepositions that open a longer tail of the speaker phrase: to whom or where X said it (`so X gegenüber der Onlineausgabe des Spiegels`). */
const tailOpeners = new Set(['gegenüber', 'im', 'in', 'am', 'bei', 'beim', 'auf', 'vor', 'während'])
const relativePronouns = /^(?:der|die|welche[rs]?)$/

/** Whether parts `[end, to)` after the speaker phrase are a tail of its own: four words at most, or a prepositional phrase without a comma (ten words). */
function tail(info: ParagraphInfo, end: number, to: number): boolean {
  if (to - end <= 4) return true
  if (to - end > 10 || !tailOpeners.has(info.parts[end]!.lower)) return false
  for (let j = end + 1; j < to; j++) if (/[,;:]/.test(gapText(info, j - 1, j))) return false
  return true
}

/** `Clause, so X.`: the clause before a closing `, so X` is X's. */
export const soPhrase: QuoteSieve = {
  name: 'so-phrase',
  doc: 'A clause closed by `, so X` (at most four words after the phrase): X speaks.',
  exclusive: true,
  decide(context) {
    const { article, info, from, to } = context
    for (let k = from + 3; k < to - 1; k++) {
      const part = info.parts[k]!
      if (part.lower !== 'so' || info.inQuote[k] || !/,\s*$/.test(gapText(info, k - 1, k))) continue
      const next = info.parts[k + 1]!
      if (!next.upper && !soOpeners.has(next.lower)) continue
      const end = phraseEnd(info, k + 1, to)
      // `…, so X, die …`: a relative clause on the speaker ends the phrase; with a cue of its own (`die auch angab, dass …`) it reports more of X's words.
      const relative = end < to && /^\s*,\s*$/.test(gapText(info, end - 1, end)) && relativePronouns.test(info.parts[end]!.lower)
      const more = relative ? cueClause.decide({ ...context, from: k + 1, cues: context.cues.filter((cue) => cue.index > end) }) : undefined
      if (!relative && !tail(info, end, to)) continue
      const speaker = resolvePhrase(article, info, k + 1, end, { unnamed: true })
      if (!speaker) continue
      const built = buildQuote(info, info.parts[from]!.start, info.text.lastIndexOf(',', part.start), speaker, 'so', viaAfter(info, end, to))
      const why = 'clause closed by `, so` and a speaker phrase'
      if (built) return more?.quotes.length ? { quotes: [built.quote, ...more.quotes], remember: built.speaker, why: `${why}; and ${more.why} in its relative clause` } : { quotes: [built.quote], remember: built.speaker, why }
    }
    return undefined
  }
}
