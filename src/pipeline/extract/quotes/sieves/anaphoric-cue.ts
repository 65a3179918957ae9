import { buildQuote, partsIn } from '../clause.js'
import { phraseEnd, viaAfter } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

const anaphors = new Set(['das', 'dies', 'dieses'])

/** `Das teilte die Polizei mit.` / `Dies meldet X.`: a short sentence whose object points back; the previous sentence is X's. */
export const anaphoricCue: QuoteSieve = {
  name: 'anaphoric-cue',
  doc: '`Das teilte X mit.` / `Dies berichtet X.`: the sentence before it, in the same paragraph, is X\'s.',
  exclusive: true,
  decide({ article, info, sentence, from, to, cues, previousStart, quotes }) {
    if (!anaphors.has(info.parts[from]!.lower) || info.inQuote[from] || previousStart >= sentence.start) return undefined
    const cue = cues[0]
    if (!cue || cue.index !== from + 1) return undefined
    const end = cue.end > cue.index ? cue.end : phraseEnd(info, cue.index + 1, to)
    // Nothing but the speaker (and a `laut`/medium phrase) after the cue.
    if (end < to - 4 && cue.end === cue.index) return undefined
    const speaker = resolvePhrase(article, info, cue.index + 1, Math.min(end, cue.index + 8), { unnamed: true })
    if (!speaker) return undefined
    // The previous sentence is no quote yet.
    if (quotes.some((quote) => quote.paragraph === info.index && quote.end > previousStart && quote.start < sentence.start)) return undefined
    const [prevFrom] = partsIn(info, previousStart, sentence.start)
    if (prevFrom >= from) return undefined
    const built = buildQuote(info, info.parts[prevFrom]!.start, info.parts[from - 1]!.end, speaker, `${info.parts[from]!.text} ${cue.text}`, viaAfter(info, cue.index + 1, to))
    return built ? { quotes: [built.quote], remember: built.speaker, why: `\`${info.parts[from]!.text} ${cue.text}\` points back to the previous sentence` } : undefined
  }
}
