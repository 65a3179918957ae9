import { buildQuote, hasKonjunktiv, partsIn } from '../clause.js'
import { mentionsIn, type ArticleInfo, type ParagraphInfo } from '../context.js'
import { findCues } from '../cues.js'
import { subjectOf } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import type { Speaker } from '../speaker.js'

/**
 * The subject of a cue in the sentence of the paragraph right before this one
 * (`Die Stadtreinigung äußerte Zweifel daran.`) that reported nothing: a
 * speaker who takes over from the last quote's, or `undefined`. Only a verb
 * of saying counts.
 */
function interveningSubject(article: ArticleInfo, info: ParagraphInfo, start: number, end: number): Speaker | undefined {
  if (end <= start) return undefined
  const [from, to] = partsIn(info, start, end)
  // A verb of saying only (`äußerte`, `erklärte`): `lehnte … ab` is an act, not words that a Konjunktiv after it would report.
  const cue = findCues(info, from, to).find((hit) => !info.inQuote[hit.index] && hit.verb.say)
  if (!cue) return undefined
  const subject = subjectOf(article, info, from, cue, to)
  return subject && (subject.speaker !== null || subject.description) ? subject : undefined
}

/** Konjunktiv I within three sentences of a quote of this or the previous paragraph, without a cue or another person: the last speaker goes on. */
export const konjunktivAfterGap: QuoteSieve = {
  name: 'konjunktiv-after-gap',
  doc: 'Konjunktiv I within three sentences of the last quote (this or the previous paragraph), no cue, no other person named: the last speaker goes on.',
  exclusive: true,
  decide({ article, info, sentence, from, to, cues, state, serial, previousStart, sentenceEnd }) {
    const recent = state.last && state.last.serial >= state.serial - 3 && state.last.paragraph >= info.index - 1 ? state.last : undefined
    if (!recent || cues.length > 0 || !hasKonjunktiv(info, from, to)) return undefined
    if (mentionsIn(info, from, to).some((mention) => !mention.inQuote && mention.type === 'person' && mention.mention.entity !== recent.speaker.speaker)) return undefined
    // `„…“, sagte X. Die Stadtreinigung äußerte Zweifel daran. Die Frist sei …`: a sentence between with a cue and a subject of its own hands the Konjunktiv to that subject.
    const between = recent.serial < serial - 1 ? interveningSubject(article, info, previousStart, sentence.start) : undefined
    const other = between && (between.speaker !== recent.speaker.speaker || between.speaker === null) ? between : undefined
    const speaker: Speaker = { ...(other ?? recent.speaker), resolution: 'continuation', confidence: Math.min(0.5, (other ?? recent.speaker).confidence) }
    const built = buildQuote(info, info.parts[from]!.start, sentenceEnd, speaker, null, recent.via)
    return built ? { quotes: [built.quote], remember: built.speaker, why: 'Konjunktiv I a few sentences after a quote, no other person: its speaker goes on' } : { quotes: [], why: 'Konjunktiv I after a gap, too short' }
  }
}
