import { make } from '../clause.js'
import { previousSubject } from '../previous-subject.js'
import type { QuoteSieve } from '../sieve.js'

/**
 * A sentence that is only a quotation: the speaker of a `X sagte:` before it,
 * or of a quote one or two sentences back, goes on; without one, the named
 * subject that opens the sentence before it in the paragraph (`Die Partei
 * will am Kurs festhalten. „Wir wollen …“`).
 */
export const quoteAlone: QuoteSieve = {
  name: 'quote-alone',
  doc: 'A sentence that is only a quotation: the speaker announced by a colon, or the speaker of the last two sentences, goes on; else the named subject opening the sentence before it.',
  exclusive: true,
  decide({ article, info, sentence, candidates, state, serial, previousStart }) {
    for (const { mark, inner, beforeText, afterText, substantial } of candidates) {
      if (!substantial || beforeText.trim() || (afterText.trim() && !/^[\s.!?]*$/.test(afterText))) continue
      const carried = state.pendingColon?.speaker ?? (state.last && state.last.serial >= serial - 2 ? state.last.speaker : undefined)
      // A quotation of whole sentences (final `.!?`) after a sentence that opens with a named subject: the subject's words.
      const subject = carried || !/[.!?…]\s*$/.test(inner) ? undefined : previousSubject(article, info, previousStart, sentence.start)
      const source = carried ?? subject
      if (!source) continue
      const speaker = { ...source, resolution: 'continuation' as const, confidence: Math.min(source.confidence, carried ? 0.6 : 0.5) }
      const why = state.pendingColon ? 'quotation alone after a sentence ending in `cue:`' : carried ? 'quotation alone after a quote of the last two sentences' : 'quotation alone after a sentence that opens with a named subject'
      return { quotes: [make(info, mark.span.start, mark.span.endParagraph, mark.span.end, inner, 'direct', speaker, null)], remember: source, resolution: 'continuation', why }
    }
    return undefined
  }
}
