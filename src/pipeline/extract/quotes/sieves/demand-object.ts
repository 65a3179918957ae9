import { demandCues } from '../../lexicons/quote-words.js'
import { buildQuote, gapText } from '../clause.js'
import { subjectOf } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'

const connectives = new Set(['deshalb', 'daher', 'deswegen', 'darum', 'zudem', 'außerdem', 'auch', 'ebenfalls', 'folglich'])

/** `X forderte von den USA schriftliche Vorschläge.`: a demand cue with only an object, no clause; the object is X's reported demand. */
export const demandObject: QuoteSieve = {
  name: 'demand-object',
  doc: '`X forderte (von Y) Z.` without a clause: the object of the demand is X\'s (only for a named speaker).',
  exclusive: true,
  decide({ article, info, from, to, cues, sentenceEnd }) {
    for (const cue of cues) {
      if (!demandCues.has(cue.verb.lemma) || cue.end !== cue.index || cue.index + 3 > to) continue
      // No comma, colon or quotation after the cue: an object, not a clause.
      let plain = true
      for (let j = cue.index + 1; j < to; j++) if (/[,;:„“"»«]/.test(gapText(info, j - 1, j)) || info.inQuote[j]) plain = false
      if (!plain) continue
      const speaker = subjectOf(article, info, from, cue, to)
      if (!speaker?.speaker || speaker.resolution !== 'name') continue
      // The subject stands before the cue.
      if (!info.mentions.some((mention) => mention.mention.entity === speaker.speaker && mention.last < cue.index && mention.first >= from)) continue
      // Connecting adverbs right after the cue are the writer's (`fordert deshalb …`).
      let start = cue.index + 1
      while (start < to - 2 && connectives.has(info.parts[start]!.lower)) start++
      const built = buildQuote(info, info.parts[start]!.start, sentenceEnd, speaker, info.parts[cue.index]!.text)
      if (built) return { quotes: [built.quote], remember: built.speaker, why: `the object of \`${info.parts[cue.index]!.text}\` (no clause follows)` }
    }
    return undefined
  }
}
