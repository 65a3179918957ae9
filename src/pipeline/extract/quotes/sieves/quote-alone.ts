import { make } from '../clause.js'
import type { QuoteSieve } from '../sieve.js'

/** A sentence that is only a quotation: the speaker of a `X sagte:` before it, or of a quote one or two sentences back, goes on. */
export const quoteAlone: QuoteSieve = {
  name: 'quote-alone',
  doc: 'A sentence that is only a quotation: the speaker announced by a colon, or the speaker of the last two sentences, goes on.',
  exclusive: true,
  decide({ info, candidates, state, serial }) {
    for (const { mark, inner, beforeText, afterText, substantial } of candidates) {
      if (!substantial || beforeText.trim() || (afterText.trim() && !/^[\s.!?]*$/.test(afterText))) continue
      const carried = state.pendingColon?.speaker ?? (state.last && state.last.serial >= serial - 2 ? state.last.speaker : undefined)
      if (!carried) continue
      const speaker = { ...carried, resolution: 'continuation' as const, confidence: Math.min(carried.confidence, 0.6) }
      return { quotes: [make(info, mark.span.start, mark.span.endParagraph, mark.span.end, inner, 'direct', speaker, null)], remember: carried, resolution: 'continuation', why: state.pendingColon ? 'quotation alone after a sentence ending in `cue:`' : 'quotation alone after a quote of the last two sentences' }
    }
    return undefined
  }
}
