import { buildQuote, hasKonjunktiv } from '../clause.js'
import { mentionsIn } from '../context.js'
import { previousSubject } from '../previous-subject.js'
import type { QuoteSieve } from '../sieve.js'

/**
 * A Konjunktiv I sentence without a cue right after a sentence of the same
 * paragraph that opens with a named subject and has no quote (`Die Nato
 * begründete ihren Schritt mit den Manövern. Russland habe die Zusagen
 * gebrochen.`): the reported words go on from that subject.
 */
export const konjunktivAfterSubject: QuoteSieve = {
  name: 'konjunktiv-after-subject',
  doc: 'Konjunktiv I, no cue, right after a sentence of the paragraph that opens with a named subject and has no quote: that subject speaks.',
  exclusive: true,
  decide({ article, info, sentence, from, to, cues, state, serial, previousStart, sentenceEnd }) {
    if (cues.length > 0 || previousStart >= sentence.start || !hasKonjunktiv(info, from, to)) return undefined
    // A quote in the previous sentence is the continuation's case.
    if (state.last && state.last.serial >= serial - 1) return undefined
    // A subject of the previous sentence who spoke last is the gap sieve's case.
    const subject = previousSubject(article, info, previousStart, sentence.start)
    if (!subject) return undefined
    // Another person named in the sentence may be its own subject.
    if (mentionsIn(info, from, to).some((mention) => !mention.inQuote && mention.type === 'person' && mention.mention.entity !== subject.speaker)) return undefined
    const speaker = { ...subject, resolution: 'continuation' as const, confidence: 0.5 }
    const built = buildQuote(info, info.parts[from]!.start, sentenceEnd, speaker, null)
    return built ? { quotes: [built.quote], remember: built.speaker, why: 'Konjunktiv I right after a sentence that opens with a named subject: its words go on' } : undefined
  }
}
