import { buildQuote, gapText } from '../clause.js'
import { unnamedPhrase } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

/** `Berichte, wonach …`: the clause after `wonach` is the report's named before the comma. */
export const wonach: QuoteSieve = {
  name: 'wonach',
  doc: '`…, wonach clause`: the report or source named before the comma says the clause.',
  exclusive: true,
  decide({ article, info, from, to, clauseEnd }) {
    for (let k = from + 1; k < to - 2; k++) {
      if (info.parts[k]!.lower !== 'wonach' || info.inQuote[k] || !/,\s*$/.test(gapText(info, k - 1, k))) continue
      let start = k - 1
      while (start > from && !/[,;:]/.test(gapText(info, start - 1, start)) && k - start < 6) start--
      const speaker = resolvePhrase(article, info, start, k, { unnamed: true, skipPrepositional: true }) ?? unnamedPhrase(info, Math.max(start, k - 3), k)
      const built = speaker ? buildQuote(info, info.parts[k + 1]!.start, clauseEnd, speaker, 'wonach') : undefined
      if (built) return { quotes: [built.quote], remember: built.speaker, why: 'the phrase before `, wonach`' }
    }
    return undefined
  }
}
