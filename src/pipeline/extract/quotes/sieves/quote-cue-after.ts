import { buildQuote, cleanInner, containsMark, gapText, hasKonjunktiv, make } from '../clause.js'
import { findCues } from '../cues.js'
import { apposition, phraseEnd, viaAfter } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { phraseGenderAgrees, resolvePhrase } from '../speaker.js'

/** `„…“, sagte X.`: a quotation that opens the sentence, a comma or dash, and a cue verb right after it whose subject follows. */
export const quoteCueAfter: QuoteSieve = {
  name: 'quote-cue-after',
  doc: 'A quotation that opens the sentence, then `, cue X` (`„…“, sagte Lawrow.`): X speaks.',
  exclusive: true,
  decide({ article, info, candidates, to, continuing, sentenceEnd }) {
    for (const candidate of candidates) {
      const { mark, inner, beforeText, afterText, afterFrom, substantial } = candidate
      if (!substantial || beforeText.trim() || !afterText.trim() || !/^\s*[,–—-]/.test(afterText)) continue
      const cue = findCues(info, afterFrom, to)[0]
      if (!cue || cue.index !== afterFrom) continue
      const end = phraseEnd(info, cue.index + 1, to)
      // With no name after the cue the previous speaker goes on, unless the noun phrase there shows the other gender (`meint die Angestellte` after a man): then it describes an unnamed speaker.
      const previous = continuing?.speaker
      const agrees = !previous?.speaker || phraseGenderAgrees(article, info, cue.index + 1, /(?:en|n)$/u.test(cue.text), previous.speaker)
      const speaker = apposition(info, cue.index + 1, end, to) ?? resolvePhrase(article, info, cue.index + 1, end) ?? (agrees ? previous : resolvePhrase(article, info, cue.index + 1, end, { unnamed: true }))
      if (!speaker) continue
      const span = mark.span
      let text = inner
      let endOffset = span.end
      // `„…“, sagte X, „…“`: a second quotation right after the speaker continues the first.
      const second = candidates.find((other) => other.mark.open > mark.close && /^,?$/.test(info.text.slice(info.parts[end - 1]!.end, other.mark.open).replace(/\s/g, '')))
      if (second) {
        text = `${inner} ${cleanInner(article, second.mark.span)}`
        endOffset = second.mark.span.end
      }
      const quote = make(info, span.start, second ? second.mark.span.endParagraph : span.endParagraph, endOffset, text, 'direct', speaker, cue.text, viaAfter(info, end, to))
      // `„…“, stellte X fest, seien „…“`: reported words in Konjunktiv with a quotation after the speaker go on as a second quote.
      const rest = !second && end < to && /^\s*,\s*$/.test(gapText(info, end - 1, end)) && hasKonjunktiv(info, end, to, true) && containsMark(info, info.parts[end]!.start, sentenceEnd)
        ? buildQuote(info, info.parts[end]!.start, sentenceEnd, speaker, cue.text, viaAfter(info, end, to))
        : undefined
      const why = `quotation, then cue \`${cue.text}\` with subject after it${speaker === continuing?.speaker ? ' (none named: the previous speaker)' : ''}`
      return { quotes: rest ? [quote, rest.quote] : [quote], remember: speaker, why: rest ? `${why}; and the reported words after the speaker` : why }
    }
    return undefined
  }
}
