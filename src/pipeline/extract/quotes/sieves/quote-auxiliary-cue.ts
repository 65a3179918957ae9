import { make } from '../clause.js'
import { auxiliaryCue, phraseEnd } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

/** `„…“, hatte X (in einem Interview) erklärt.`: an auxiliary after the quotation, the speaker, and a cue participle closing the clause. */
export const quoteAuxiliaryCue: QuoteSieve = {
  name: 'quote-auxiliary-cue',
  doc: 'A quotation, then `, hatte X … gesagt`: X speaks.',
  exclusive: true,
  decide({ article, info, candidates, to }) {
    for (const { mark, inner, beforeText, afterText, afterFrom, substantial } of candidates) {
      if (!substantial || beforeText.trim() || !afterText.trim() || !/^\s*[,–—-]/.test(afterText)) continue
      const aux = auxiliaryCue(info, afterFrom, to)
      if (!aux) continue
      const speaker = resolvePhrase(article, info, afterFrom + 1, phraseEnd(info, afterFrom + 1, aux.index))
      if (!speaker) continue
      const cue = `${info.parts[afterFrom]!.text} … ${aux.text}`
      return { quotes: [make(info, mark.span.start, mark.span.endParagraph, mark.span.end, inner, 'direct', speaker, cue)], remember: speaker, why: `quotation, then \`${cue}\` around the speaker` }
    }
    return undefined
  }
}
