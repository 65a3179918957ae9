import { buildQuote } from '../clause.js'
import { gapText } from '../clause.js'
import { phraseEnd, viaAfter } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

const soOpeners = new Set(['der', 'die', 'das', 'ein', 'eine', 'einer', 'sein', 'seine', 'ihr', 'ihre'])

/** `Clause, so X.`: the clause before a closing `, so X` is X's. */
export const soPhrase: QuoteSieve = {
  name: 'so-phrase',
  doc: 'A clause closed by `, so X` (at most four words after the phrase): X speaks.',
  exclusive: true,
  decide({ article, info, from, to }) {
    for (let k = from + 3; k < to - 1; k++) {
      const part = info.parts[k]!
      if (part.lower !== 'so' || info.inQuote[k] || !/,\s*$/.test(gapText(info, k - 1, k))) continue
      const next = info.parts[k + 1]!
      if (!next.upper && !soOpeners.has(next.lower)) continue
      const end = phraseEnd(info, k + 1, to)
      if (to - end > 4) continue
      const speaker = resolvePhrase(article, info, k + 1, end, { unnamed: true })
      if (!speaker) continue
      const built = buildQuote(info, info.parts[from]!.start, info.text.lastIndexOf(',', part.start), speaker, 'so', viaAfter(info, end, to))
      if (built) return { quotes: [built.quote], remember: built.speaker, why: 'clause closed by `, so` and a speaker phrase' }
    }
    return undefined
  }
}
