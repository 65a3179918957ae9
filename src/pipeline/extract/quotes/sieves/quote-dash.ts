import { make } from '../clause.js'
import { phraseEnd } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

/** `„…“ – X.`: a quotation followed by a dash and a named speaker. */
export const quoteDash: QuoteSieve = {
  name: 'quote-dash',
  doc: 'A quotation, then a dash and a name (`„…“ – Lawrow`): the named one speaks.',
  exclusive: true,
  decide({ article, info, candidates, to }) {
    for (const { mark, inner, beforeText, afterText, afterFrom, substantial } of candidates) {
      const after = /^\s*(?:[,–—-]\s*)?/.exec(afterText)![0]
      if (!substantial || beforeText.trim() || !afterText.trim() || !/[–—-]/.test(after)) continue
      const first = info.parts[afterFrom]
      if (!first?.upper) continue
      const speaker = resolvePhrase(article, info, afterFrom, phraseEnd(info, afterFrom, to))
      if (!speaker?.speaker) continue
      return { quotes: [make(info, mark.span.start, mark.span.endParagraph, mark.span.end, inner, 'direct', speaker, null)], remember: speaker, why: 'quotation, then a dash and a name' }
    }
    return undefined
  }
}
