import { wordingDeterminers, wordingNouns, wordingVerbs } from '../../lexicons/quote-words.js'
import { gapText, make } from '../clause.js'
import { marksOverlapping, mentionsIn } from '../context.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase, type Speaker } from '../speaker.js'

/**
 * A quotation named only by a later clause about its wording (`… die „Stunde
 * der Wahrheit“ … X, der diese Formulierung benutzte`): the last quotation of
 * this or the previous sentence that is no quote yet goes to the person named
 * before the wording noun.
 */
export const wordingNoun: QuoteSieve = {
  name: 'wording-noun',
  doc: '`X, der diese Formulierung benutzte`: the last quotation of this or the previous sentence that is no quote yet is X\'s (runs on every sentence).',
  exclusive: false,
  decide({ article, info, from, to, previousStart, quotes }) {
    for (let k = from + 1; k < to - 1; k++) {
      const part = info.parts[k]!
      if (info.inQuote[k] || !wordingNouns.has(part.lower) || !wordingDeterminers.has(info.parts[k - 1]!.lower)) continue
      let verb = -1
      for (let j = k + 1; j < to && j < k + 16; j++) {
        if (/[,;.!?]/.test(gapText(info, j - 1, j))) break
        if (wordingVerbs.test(info.parts[j]!.lower)) verb = j
      }
      if (verb < 0) continue
      const person = mentionsIn(info, from, k).filter((mention) => mention.type === 'person' && !mention.inQuote).at(-1)
      let speaker: Speaker | undefined = person ? { speaker: person.mention.entity, description: null, resolution: 'name', confidence: 0.75 } : undefined
      if (!speaker && ['er', 'sie'].includes(info.parts[k - 2]?.lower ?? '')) speaker = resolvePhrase(article, info, k - 2, k - 1)
      if (!speaker) return undefined
      const recent = quotes.slice(-6)
      const mark = marksOverlapping(info, previousStart, part.start)
        .filter((candidate) => candidate.open >= previousStart && candidate.close <= part.start && candidate.span.paragraph === info.index && candidate.span.endParagraph === info.index)
        .filter((candidate) => !recent.some((quote) => quote.paragraph === info.index && quote.start <= candidate.span.end && quote.end >= candidate.span.start))
        .at(-1)
      if (!mark) return undefined
      const inner = info.text.slice(mark.span.start, mark.span.end).trim()
      return { quotes: [make(info, mark.span.start, info.index, mark.span.end, inner, 'direct', speaker, info.parts[verb]!.text)], why: `\`${info.parts[k - 1]!.text} ${part.text}\` with \`${info.parts[verb]!.text}\` names an earlier quotation` }
    }
    return undefined
  }
}
