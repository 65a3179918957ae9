import { reportOpeners } from '../../lexicons/quote-words.js'
import { buildQuote, gapText, hasKonjunktiv } from '../clause.js'
import { auxiliaryCue, phraseEnd } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

/** `Clause, hatte X (bei dem Treffen) gesagt.`: the clause before the comma is X's. */
export const clauseAuxiliaryCue: QuoteSieve = {
  name: 'clause-auxiliary-cue',
  doc: 'A clause, then `, hatte X … gesagt`: X speaks.',
  exclusive: true,
  decide({ article, info, from, to }) {
    for (let k = from + 3; k < to - 2; k++) {
      if (!/,\s*$/.test(gapText(info, k - 1, k))) continue
      const aux = auxiliaryCue(info, k, to)
      if (!aux) continue
      // `X, Y, hat Berichte zurückgewiesen, er sei …`: a reported clause after the cue makes the clause before it the subject, not the words.
      const after = info.parts[aux.end + 1]
      if (after && /,/.test(gapText(info, aux.end, aux.end + 1)) && (reportOpeners.has(after.lower) || hasKonjunktiv(info, aux.end + 1, to, true))) continue
      const speaker = resolvePhrase(article, info, k + 1, phraseEnd(info, k + 1, aux.index), { unnamed: true })
      const cue = `${info.parts[k]!.text} … ${aux.text}`
      const built = speaker ? buildQuote(info, info.parts[from]!.start, info.text.lastIndexOf(',', info.parts[k]!.start), speaker, cue) : undefined
      if (built) return { quotes: [built.quote], remember: built.speaker, why: `clause before \`${cue}\`` }
    }
    return undefined
  }
}
