import { buildQuote, containsMark, gapText } from '../clause.js'
import { marksOverlapping } from '../context.js'
import { subjectOf } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { coordinatedClauses } from './cue-clause.js'

const auxiliaries = new Set(['hat', 'haben', 'hatte', 'hatten', 'wurde', 'wurden', 'wird'])
const pronouns = new Set(['er', 'sie'])
const definite = new Set(['der', 'die', 'das'])

/** `bezeichnete X als „…“`, `wertete es als „…“`, `lobte Y als …`: the object and its label are the subject's words. */
export const bezeichnenAls: QuoteSieve = {
  name: 'bezeichnen-als',
  doc: '`bezeichnete X als „…“` / `nannte X „…“`: the label (with its object) is the subject\'s.',
  exclusive: true,
  decide(context) {
    const { article, info, from, to, cues, sentenceEnd } = context
    let alsIndex = -1
    for (let k = from; k < to; k++) {
      if (info.parts[k]!.lower === 'als' && !info.inQuote[k]) {
        alsIndex = k
        break
      }
    }
    for (const cue of cues) {
      const cuePart = info.parts[cue.index]!
      if (/^(?:bezeichnen|werten|nennen|loben)$/.test(cue.verb.lemma) && alsIndex >= 0 && (containsMark(info, info.parts[alsIndex]!.start, sentenceEnd) || cue.verb.lemma === 'loben')) {
        const speaker = subjectOf(article, info, from, cue, to)
        if (speaker) {
          let start = cue.index + 1
          if (cue.index > alsIndex) start = auxiliaries.has(info.parts[from + 1]?.lower ?? '') ? from + 2 : from + 1
          if (pronouns.has(info.parts[start]?.lower ?? '')) start++
          if (cue.index < alsIndex && definite.has(info.parts[start]?.lower ?? '')) {
            let k = start + 1
            while (k < to && !info.parts[k]!.upper) k++
            while (k + 1 < to && info.parts[k]!.hyphenAfter) k++
            // `bezeichnete die Ministerin das Treffen als …`: an inverted subject before the object; not a genitive of the object
            // (`bezeichnete die Erweiterung der Befugnisse als …`).
            if (k < alsIndex - 1 && !/^(?:der|des)$/.test(info.parts[k + 1]!.lower)) start = k + 1
          }
          // `bezeichnete X als „…“ und fügte hinzu, …`: the label ends at its quotation when a comma, `und` or the sentence end follows it.
          const label = marksOverlapping(info, info.parts[alsIndex]!.end, sentenceEnd).find((mark) => mark.open >= info.parts[alsIndex]!.end && mark.close <= sentenceEnd)
          const closed = label !== undefined && /^(?:\s*[,;.!?]|\s+(?:und|sowie)\s|\s*$)/.test(info.text.slice(label.close, sentenceEnd))
          const end = cue.index > alsIndex ? info.parts[cue.index - 1]!.end : closed ? label.close : sentenceEnd
          if (start < to) {
            const built = buildQuote(info, info.parts[start]!.start, end, speaker, cuePart.text)
            const also = built && cue.index < alsIndex && closed ? coordinatedClauses(context, label.close, built.quote) : undefined
            const why = `\`${cuePart.text} … als\` with a quotation`
            if (built) return { quotes: [built.quote, ...also?.quotes ?? []], remember: built.speaker, why: also ? `${why}; and the clause after the coordinated \`${also.cue.text}\`` : why }
          }
        }
      }
      // Without a comma after the cue: `nannte es „…“`.
      let found = false
      for (let j = cue.end + 1; j < to && j < cue.end + 14; j++) {
        const gap = gapText(info, j - 1, j)
        if (/[.!?;]/.test(gap)) break
        if (/[,:]/.test(gap)) {
          found = true
          break
        }
      }
      if (found || !/^(?:bezeichnen|werten|nennen)$/.test(cue.verb.lemma) || !containsMark(info, cuePart.end, sentenceEnd)) continue
      const speaker = subjectOf(article, info, from, cue, to)
      if (!speaker) continue
      let start = cue.index + 1
      if (pronouns.has(info.parts[start]?.lower ?? '')) start++
      const end = marksOverlapping(info, cuePart.end, sentenceEnd).filter((mark) => mark.open > cuePart.end && mark.close <= sentenceEnd).at(-1)?.close ?? sentenceEnd
      if (start >= to) continue
      const built = buildQuote(info, info.parts[start]!.start, end, speaker, cuePart.text)
      return built ? { quotes: [built.quote], remember: built.speaker, why: `\`${cuePart.text}\` and a quotation after it` } : { quotes: [], why: `\`${cuePart.text}\` and a quotation, too short` }
    }
    return undefined
  }
}
