import { buildQuote, cleanText, gapText, hasKonjunktiv } from '../clause.js'
import type { QuoteSieve } from '../sieve.js'
import type { Speaker } from '../speaker.js'

const reportingModals = /\b(?:soll|sollen|sollte|sollten|will|wollen)\b/

/** `demnach` in the sentence's first clause (`Demnach …`, `Der Abzug soll demnach …`): the source of the previous sentence goes on (or an unnamed one). */
export const demnach: QuoteSieve = {
  name: 'demnach',
  doc: '`demnach` in the first eight words, before any comma: the speaker of the last two sentences goes on, else an unnamed source.',
  exclusive: true,
  decide({ info, from, to, state, continuing, sentenceEnd }) {
    const text = info.text
    for (let k = from; k < to && k < from + 8; k++) {
      // `Der Abzug der Truppen soll demnach …`: after the first constituent and its verb, but not in a later clause (`…, die demnach …`).
      if (k > from && /[,;:–—(]/.test(gapText(info, k - 1, k))) break
      if (info.parts[k]!.lower !== 'demnach' || info.inQuote[k]) continue
      // Later in the clause it reports only with a reporting mood (`soll demnach`, `wäre demnach`); `ist demnach` is a conclusion (accordingly).
      if (k >= from + 4 && !hasKonjunktiv(info, from, to, true) && !reportingModals.test(info.parts.slice(from, k).map((part) => part.lower).join(' '))) continue
      const previous = continuing ?? (state.last && state.last.serial >= state.serial - 2 && state.last.paragraph >= info.index - 1 ? state.last : undefined)
      const speaker: Speaker = previous
        ? { ...previous.speaker, resolution: 'continuation', confidence: Math.min(0.6, previous.speaker.confidence) }
        : { speaker: null, description: info.parts[k]!.text, resolution: 'unnamed', confidence: 0.4 }
      const clause = cleanText(`${text.slice(info.parts[from]!.start, info.parts[k]!.start)} ${text.slice(info.parts[k]!.end, sentenceEnd)}`)
      const built = buildQuote(info, info.parts[from]!.start, sentenceEnd, speaker, info.parts[k]!.text, previous?.via ?? null, clause)
      if (built) return { quotes: [built.quote], remember: built.speaker, why: previous ? '`demnach` after a quote: its speaker goes on' : '`demnach` without a previous speaker: unnamed' }
    }
    return undefined
  }
}
