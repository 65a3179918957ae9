import { buildQuote, gapText, hasKonjunktiv, hasQuotedWords } from '../clause.js'
import { subjectOf } from '../phrases.js'
import type { ParagraphInfo } from '../context.js'
import type { QuoteSieve } from '../sieve.js'
import type { Speaker } from '../speaker.js'

/** The part after the first clause of parts `[from, to)`: at its first comma, semicolon or colon (or `to`). */
function firstClauseEnd(info: ParagraphInfo, from: number, to: number): number {
  for (let j = from + 1; j < to; j++) if (/[,;:]/.test(gapText(info, j - 1, j))) return j
  return to
}

/** A sentence right after a quote, in the same paragraph, in Konjunktiv (or with quoted words and no newly named speaker): the speaker goes on. */
export const continuation: QuoteSieve = {
  name: 'continuation',
  doc: 'A Konjunktiv sentence (or one with quoted words and no new named speaker) right after a quote in the same paragraph: the speaker goes on.',
  exclusive: true,
  decide({ article, info, sentence, from, to, cues, candidates, continuing, sentenceEnd }) {
    const context = continuing && continuing.paragraph === info.index ? continuing : undefined
    if (!context) return undefined
    // Konjunktiv II (`würde`) only in a later clause (`Es war nicht klar, ob … würde`) is the narrator's; it must stand in the first clause.
    const konjunktiv = hasKonjunktiv(info, from, to) || hasKonjunktiv(info, from, firstClauseEnd(info, from, to), true)
    // A cue with a named subject of its own (`Putin drohte mit …`) starts something new; `drohten „…“` without one does not.
    // Without Konjunktiv a quotation must quote words (four or more, or a sentence) or stand with a cue verb (`drohten „schwere Folgen“`),
    // not be a slogan or scare quote of a narrated sentence (`riefen Parolen wie „…“`).
    // `…, die „Morning Star“ heißt`: `heißen` right after a quoted name names it; it is no speech verb.
    const speech = cues.filter((cue) => !(cue.verb.lemma === 'heißen' && cue.index > from && info.inQuote[cue.index - 1]))
    const quoted = hasQuotedWords(info, sentence.start, sentence.end) && (speech.length > 0 || candidates.some((candidate) => candidate.words >= 4 || /[.!?]$/.test(candidate.inner)))
    // A cue with a subject of its own, a name or a role noun (`wies der Geschäftsführer … als „haltlos“ zurück`), starts something new.
    if (!konjunktiv && !(quoted && !cues.some((cue) => ['name', 'role'].includes(subjectOf(article, info, from, cue, to)?.resolution ?? '')))) return undefined
    const speaker: Speaker = { ...context.speaker, resolution: 'continuation', confidence: Math.min(0.6, context.speaker.confidence) }
    // `Und ging gleich zu einem anderen Thema über: wie …`: narration before a colon is no part of the words.
    let start = from
    for (let j = from + 1; j < to; j++) {
      if (!info.inQuote[j] && /:/.test(gapText(info, j - 1, j)) && !hasKonjunktiv(info, from, j, true)) {
        start = j
        break
      }
    }
    const built = buildQuote(info, info.parts[start]!.start, sentenceEnd, speaker, null, context.via)
    const why = konjunktiv ? 'Konjunktiv right after a quote: its speaker goes on' : 'quoted words right after a quote: its speaker goes on'
    return built ? { quotes: [built.quote], remember: built.speaker, why } : { quotes: [], why: `${why}, too short` }
  }
}
