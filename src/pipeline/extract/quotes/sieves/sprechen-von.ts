import { buildQuote, gapText } from '../clause.js'
import { marksOverlapping } from '../context.js'
import { subjectOf } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'

/** `X sprach von einer „ernsten Lage“`: the noun phrase after `von`, with its quoted words, is a mixed quote of X. */
export const sprechenVon: QuoteSieve = {
  name: 'sprechen-von',
  doc: '`X sprach von einer „…“`: the phrase after `von` up to its quotation is X\'s (mixed).',
  exclusive: true,
  decide({ article, info, from, to, cues, sentenceEnd }) {
    for (const cue of cues) {
      if (cue.verb.lemma !== 'sprechen' || info.parts[cue.index + 1]?.lower !== 'von' || /[,;:]/.test(gapText(info, cue.index, cue.index + 1))) continue
      const vonEnd = info.parts[cue.index + 1]!.end
      const mark = marksOverlapping(info, vonEnd, sentenceEnd).find((candidate) => candidate.open >= vonEnd && candidate.span.endParagraph === info.index)
      const between = mark ? info.text.slice(vonEnd, mark.open) : ''
      if (!mark || /[,;:.!?]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 3) continue
      const speaker = subjectOf(article, info, from, cue, to)
      const built = speaker ? buildQuote(info, info.parts[cue.index + 2]!.start, mark.close, speaker, `${info.parts[cue.index]!.text} von`) : undefined
      if (built) return { quotes: [{ ...built.quote, kind: 'mixed' }], remember: built.speaker, why: '`sprach von` and a quotation within three words' }
    }
    return undefined
  }
}
