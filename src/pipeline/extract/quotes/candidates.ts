import { cleanInner, gapText, partsIn } from './clause.js'
import { marksOverlapping, type ArticleInfo, type ParagraphInfo } from './context.js'
import { findCues } from './cues.js'
import type { Draft } from './clause.js'
import type { QuoteCandidate, SentenceContext, State, WieClause } from './sieve.js'
import { sourcePhrase } from './phrases.js'
import { resolvePhrase } from './speaker.js'

/**
 * A trailing `…, wie X mitteilte.` clause: the first `wie` after a comma with a
 * cue within eight words (sixteen when the cue ends the clause).
 */
function wieClause(article: ArticleInfo, info: ParagraphInfo, from: number, to: number): WieClause | undefined {
  for (let k = from + 3; k < to; k++) {
    if (info.parts[k]!.lower !== 'wie' || !/,\s*$/.test(gapText(info, k - 1, k)) || info.inQuote[k]) continue
    const cue = findCues(info, k + 1, to)[0]
    // The cue ends the `wie` clause: `wie X (in einem Schreiben …) mitteilte.`
    const cueLast = cue ? cue.end : -1
    const closes = cue !== undefined && (cueLast === to - 1 || /[,;:]/.test(gapText(info, cueLast, cueLast + 1)))
    if (cue && (cue.index <= k + 8 || (closes && cue.index <= k + 16))) {
      const esHieß = info.parts[k + 1]!.lower === 'es' && cue.verb.lemma === 'heißen'
      const speaker = esHieß
        ? sourcePhrase(info, k + 2, cue.index)
        : resolvePhrase(article, info, k + 1, cue.index) ?? (closes ? resolvePhrase(article, info, k + 1, Math.min(cue.index, k + 5), { unnamed: true }) : undefined)
      return { speaker, cue: cue.text, closing: closes && speaker !== undefined, clauseEnd: info.text.lastIndexOf(',', info.parts[k]!.start) }
    }
    return undefined
  }
  return undefined
}

/** The quotation marks that start in a sentence, with their surroundings. */
function quoteCandidates(article: ArticleInfo, info: ParagraphInfo, sentence: { start: number; end: number }, to: number): QuoteCandidate[] {
  const result: QuoteCandidate[] = []
  for (const mark of marksOverlapping(info, sentence.start, sentence.end)) {
    if (mark.open < sentence.start) continue
    const span = mark.span
    const inner = cleanInner(article, span)
    const words = inner.split(/\s+/).filter(Boolean).length
    const beforeText = info.text.slice(sentence.start, mark.open)
    const afterText = span.endParagraph === info.index ? info.text.slice(mark.close, sentence.end) : ''
    const [afterFrom] = partsIn(info, mark.close, sentence.end)
    // A short quotation that opens the sentence and is followed by `, cue` is a quote too (`„Das ist inakzeptabel“, erklärte X`).
    const cueNext = words >= 2 && !beforeText.trim() && /^\s*,\s*$/.test(afterText.slice(0, Math.max(0, (info.parts[afterFrom]?.start ?? mark.close) - mark.close))) && findCues(info, afterFrom, to)[0]?.index === afterFrom
    result.push({ mark, inner, words, beforeText, afterText, afterFrom, substantial: words >= 4 || /[.!?]$/.test(inner) || cueNext })
  }
  return result
}

/**
 * Gather the candidates of one sentence once, for all sieves: its quotation
 * marks, its cue verbs, a trailing `wie` clause, and the last speaker.
 *
 * @param article
 *   Article info.
 * @param info
 *   The paragraph.
 * @param sentence
 *   The sentence's offsets.
 * @param state
 *   The running state.
 * @param quotes
 *   Quotes found so far.
 * @param previousStart
 *   Start of the previous sentence of the paragraph.
 * @returns
 *   The context, or `undefined` for a sentence without parts.
 */
export function gatherCandidates(article: ArticleInfo, info: ParagraphInfo, sentence: { start: number; end: number }, state: State, quotes: readonly Draft[], previousStart: number): SentenceContext | undefined {
  const [from, to] = partsIn(info, sentence.start, sentence.end)
  if (from >= to) return undefined
  const serial = state.serial
  const lastPart = info.parts[to - 1]!
  const sentenceEnd = Math.min(sentence.end, Math.max(lastPart.end, sentence.end))
  const wie = wieClause(article, info, from, to)
  return {
    article,
    info,
    sentence,
    from,
    to,
    state,
    serial,
    continuing: state.last && state.last.serial === serial - 1 ? state.last : undefined,
    candidates: quoteCandidates(article, info, sentence, to),
    cues: findCues(info, from, to),
    wie,
    sentenceEnd,
    clauseEnd: wie ? wie.clauseEnd : sentenceEnd,
    quotes,
    previousStart
  }
}
