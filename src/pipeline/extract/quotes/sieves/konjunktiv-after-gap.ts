import { buildQuote, hasKonjunktiv } from '../clause.js'
import { mentionsIn } from '../context.js'
import type { QuoteSieve } from '../sieve.js'
import type { Speaker } from '../speaker.js'

/** Konjunktiv I within three sentences of a quote of this or the previous paragraph, without a cue or another person: the last speaker goes on. */
export const konjunktivAfterGap: QuoteSieve = {
  name: 'konjunktiv-after-gap',
  doc: 'Konjunktiv I within three sentences of the last quote (this or the previous paragraph), no cue, no other person named: the last speaker goes on.',
  exclusive: true,
  decide({ info, from, to, cues, state, sentenceEnd }) {
    const recent = state.last && state.last.serial >= state.serial - 3 && state.last.paragraph >= info.index - 1 ? state.last : undefined
    if (!recent || cues.length > 0 || !hasKonjunktiv(info, from, to)) return undefined
    if (mentionsIn(info, from, to).some((mention) => !mention.inQuote && mention.type === 'person' && mention.mention.entity !== recent.speaker.speaker)) return undefined
    const speaker: Speaker = { ...recent.speaker, resolution: 'continuation', confidence: Math.min(0.5, recent.speaker.confidence) }
    const built = buildQuote(info, info.parts[from]!.start, sentenceEnd, speaker, null, recent.via)
    return built ? { quotes: [built.quote], remember: built.speaker, why: 'Konjunktiv I a few sentences after a quote, no other person: its speaker goes on' } : { quotes: [], why: 'Konjunktiv I after a gap, too short' }
  }
}
