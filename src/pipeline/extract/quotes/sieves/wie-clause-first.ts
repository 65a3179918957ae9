import { buildQuote, gapText } from '../clause.js'
import { findCues } from '../cues.js'
import type { QuoteSieve } from '../sieve.js'
import { sourcePhrase } from '../phrases.js'
import { resolvePhrase, type Speaker } from '../speaker.js'

/** `Wie X mitteilte, clause.`: a sentence opened by a `wie` clause that its cue closes; the main clause is X's. */
export const wieClauseFirst: QuoteSieve = {
  name: 'wie-clause-first',
  doc: 'A sentence opened by `Wie X mitteilte,`: the main clause after the comma is X\'s, in any mood.',
  exclusive: true,
  decide({ article, info, from, to, sentenceEnd }) {
    if (info.parts[from]!.lower !== 'wie' || info.inQuote[from]) return undefined
    const cue = findCues(info, from + 1, Math.min(to, from + 18))[0]
    if (!cue || cue.end + 1 >= to || !/,/.test(gapText(info, cue.end, cue.end + 1))) return undefined
    for (let j = from + 1; j <= cue.end; j++) if (/[,;:.!?]/.test(gapText(info, j - 1, j))) return undefined
    const es = info.parts[from + 1]!.lower === 'es' && cue.verb.lemma === 'heißen'
    const speaker: Speaker | undefined = es
      ? sourcePhrase(info, from + 2, cue.index)
      : resolvePhrase(article, info, from + 1, cue.index, { unnamed: true, skipPrepositional: true })
    if (!speaker) return undefined
    const built = buildQuote(info, info.parts[cue.end + 1]!.start, sentenceEnd, speaker, cue.text)
    return built ? { quotes: [built.quote], remember: built.speaker, why: `sentence opened by \`Wie … ${cue.text},\`` } : undefined
  }
}
