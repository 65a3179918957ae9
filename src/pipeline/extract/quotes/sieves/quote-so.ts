import { make } from '../clause.js'
import { phraseEnd, viaAfter } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

/** `„…“, so X.`: a quotation followed by `so` and a speaker phrase. */
export const quoteSo: QuoteSieve = {
  name: 'quote-so',
  doc: 'A quotation, then `, so X`: X speaks.',
  exclusive: true,
  decide({ article, info, candidates, to }) {
    for (const { mark, inner, beforeText, afterText, afterFrom, substantial } of candidates) {
      if (!substantial || beforeText.trim() || !afterText.trim() || !/^\s*[,–—-]/.test(afterText)) continue
      if (info.parts[afterFrom]?.lower !== 'so') continue
      const end = phraseEnd(info, afterFrom + 1, to)
      const speaker = resolvePhrase(article, info, afterFrom + 1, end)
      if (!speaker) continue
      return { quotes: [make(info, mark.span.start, mark.span.endParagraph, mark.span.end, inner, 'direct', speaker, 'so', viaAfter(info, end, to))], remember: speaker, why: 'quotation, then `so` and the speaker' }
    }
    return undefined
  }
}
