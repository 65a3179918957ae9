import { partitionPoint } from '../../../internal/partition-point.js'
import type { AttributedQuote as Quote } from '../../../schema/quote.js'
import { isKonjunktivOne, konjunktivTwo, optativeFormulas } from '../lexicons/konjunktiv.js'
import { markChars } from '../lexicons/quote-words.js'
import { marksOverlapping, type ArticleInfo, type ParagraphInfo } from './context.js'
import type { Speaker } from './speaker.js'

/** A quote as a sieve drafts it: without id, article id and the deciding sieve (`attribution`). */
export type Draft = Omit<Quote, 'id' | 'articleId' | 'attribution'>

const leadTrim = new Set([' ', ',', ';', ':', '–', '—', '-'])
const tailTrim = new Set([' ', ',', ';', ':', '–', '—', '-', '.'])

/** Remove quotation marks, collapse white space and trim punctuation at both ends (linear). */
export function cleanText(text: string): string {
  const collapsed = text.replace(markChars, '').replace(/\s+/g, ' ')
  let a = 0
  let b = collapsed.length
  while (a < b && leadTrim.has(collapsed[a]!)) a++
  while (b > a && tailTrim.has(collapsed[b - 1]!)) b--
  return collapsed.slice(a, b).trim()
}

/**
 * Whether parts `[from, to)` hold a Konjunktiv form outside quotation marks
 * (Konjunktiv II too with `second`): the mood of reported speech. Not the
 * Konjunktiv of a comparison (`tut so, als ob nichts geschehen sei`: the
 * `als ob` clause up to its comma is skipped) or of a wish formula (`Es lebe
 * …`, `Gott sei Dank`, `was es wolle`: `optativeFormulas`).
 */
export function hasKonjunktiv(info: ParagraphInfo, from: number, to: number, second = false): boolean {
  for (let k = from; k < to; k++) {
    if (info.inQuote[k]) continue
    const part = info.parts[k]!
    if ((part.lower === 'ob' || part.lower === 'wenn') && info.parts[k - 1]?.lower === 'als' && k > from) {
      while (k + 1 < to && !/[,;:]/.test(gapText(info, k, k + 1))) k++
      continue
    }
    if (part.upper) continue
    if (k > from && optativeFormulas.has(`${info.parts[k - 1]!.lower} ${part.lower}`)) continue
    if (isKonjunktivOne(part.lower)) return true
    if (second && konjunktivTwo.has(part.lower)) return true
  }
  return false
}

export function firstAtOrAfter(info: ParagraphInfo, offset: number, key: 'start' | 'end'): number {
  return partitionPoint(info.parts.length, (index) => info.parts[index]![key] < offset)
}

export function partsIn(info: ParagraphInfo, start: number, end: number): [number, number] {
  const from = firstAtOrAfter(info, start, 'start')
  let to = firstAtOrAfter(info, end + 1, 'end')
  if (to < from) to = from
  return [from, to]
}

export function gapText(info: ParagraphInfo, a: number, b: number): string {
  return info.text.slice(info.parts[a]!.end, info.parts[b]!.start)
}

export function containsMark(info: ParagraphInfo, start: number, end: number): boolean {
  return marksOverlapping(info, start, end).some((mark) => mark.open >= start && mark.close <= end)
}

const termDeterminers = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des',
  'sein', 'seine', 'seinen', 'seiner', 'seinem', 'seines', 'ihr', 'ihre', 'ihren', 'ihrer', 'ihrem', 'ihres',
  'unser', 'unsere', 'unseren', 'unserer', 'unserem', 'unseres', 'dieser', 'diese', 'diesen', 'diesem', 'dieses', 'sogenannte', 'sogenannten', 'genannte', 'genannten'
])

/**
 * Whether a quotation mark span names a term rather than quoting words: a
 * short capitalized noun phrase after a definite article or possessive (`die
 * „Politik der offenen Tür“`, `seine „Ultimaten“`), or one word between such a
 * determiner and a noun (`die „guten“ Franzosen`).
 */
export function isTermMark(info: ParagraphInfo, mark: ParagraphInfo['marks'][number]): boolean {
  if (mark.span.endParagraph !== info.index || mark.span.paragraph !== info.index) return false
  const inner = info.text.slice(mark.span.start, mark.span.end).trim()
  if (!inner || /[.!?,;:]$/.test(inner) || inner.includes(',')) return false
  const words = inner.split(/\s+/)
  if (words.length > 5) return false
  let b = mark.open
  while (b > 0 && /\s/.test(info.text[b - 1]!)) b--
  let a = b
  while (a > 0 && b - a < 16 && /\p{L}/u.test(info.text[a - 1]!)) a--
  const determiner = info.text.slice(a, b).toLowerCase()
  if (!termDeterminers.has(determiner)) return false
  if (/^\p{Lu}/u.test(inner)) return true
  const next = /^\s*(\p{Lu})/u.exec(info.text.slice(mark.close, mark.close + 3))
  return words.length === 1 && next !== null
}

/** Whether `[start, end)` overlaps a quotation of words (not a term in marks): what makes reported speech `mixed`. */
export function hasQuotedWords(info: ParagraphInfo, start: number, end: number): boolean {
  return marksOverlapping(info, start, end).some((mark) => !isTermMark(info, mark))
}


/** Whether the clause from part `from` (up to the next comma) holds a `zu` infinitive (`zu verlassen`, `anzunehmen`). */
export function zuInfinitive(info: ParagraphInfo, from: number, to: number): boolean {
  for (let j = from; j < to && j < from + 30; j++) {
    if (j > from && /[,;:.!?]/.test(gapText(info, j - 1, j))) return false
    const part = info.parts[j]!
    if (info.inQuote[j] || part.upper) continue
    if (part.lower === 'zu' && j + 1 < to && /^\p{Ll}+e?n$/u.test(info.parts[j + 1]!.text)) return true
    if (/^(?:an|auf|aus|ab|bei|ein|fest|fort|her|hin|mit|nach|vor|weg|zurück|zusammen|durch|um|über|unter|wieder|dar|frei|los|still|statt|teil|weiter|fern|heim|hoch|offen|bekannt|entgegen|voran|voraus|vorbei|heraus|hinaus|hinzu|nieder|fertig|gegenüber)zu\p{Ll}{2,}e?n$/u.test(part.lower)) return true
  }
  return false
}

export function make(info: ParagraphInfo, startOffset: number, endParagraph: number, endOffset: number, text: string, kind: Quote['kind'], speaker: Speaker, cue: string | null, via: string | null = null): Draft {
  return {
    paragraph: info.index,
    start: startOffset,
    end: endOffset,
    endParagraph,
    text,
    kind,
    speaker: speaker.speaker,
    description: speaker.description,
    via,
    cue,
    confidence: speaker.confidence
  }
}

/**
 * A quote of reported speech over `[start, end)` of a paragraph: the clause
 * cleaned (or `textOverride`), the end before trailing punctuation, `mixed`
 * when quoted words are in it. `undefined` for fewer than three words.
 */
export function buildQuote(info: ParagraphInfo, start: number, end: number, speaker: Speaker, cue: string | null, via: string | null = null, textOverride?: string): { quote: Draft; speaker: Speaker } | undefined {
  const text = info.text
  const clause = textOverride ?? cleanText(text.slice(start, end))
  if (clause.split(/\s+/).length < 3) return undefined
  let e = end
  while (e > start && /[\s.!?,;:]/.test(text[e - 1]!)) e--
  const kind: Quote['kind'] = hasQuotedWords(info, start, end) ? 'mixed' : 'indirect'
  return { quote: make(info, start, info.index, e, clause, kind, speaker, cue, via), speaker }
}

/** The words of a quotation span, over paragraphs, without quotation marks. */
export function cleanInner(article: ArticleInfo, span: { paragraph: number; start: number; endParagraph: number; end: number }): string {
  const first = article.paragraphs[span.paragraph]!.text
  if (span.endParagraph === span.paragraph) return first.slice(span.start, span.end).trim()
  const parts = [first.slice(span.start)]
  for (let p = span.paragraph + 1; p < span.endParagraph; p++) parts.push(article.paragraphs[p]!.text)
  parts.push(article.paragraphs[span.endParagraph]!.text.slice(0, span.end))
  return parts.join(' ').replace(markChars, '').replace(/\s+/g, ' ').trim()
}


export function removePhrase(
  info: ParagraphInfo,
  from: number,
  to: number,
  phraseFirst: number,
  phraseLast: number,
  speaker: Speaker,
  cue: string,
  clauseEnd: number,
  /** Whether the phrase ends in an apposition whose closing comma goes with it (`nach Angaben des Sprechers, X, …`). */
  closingComma = false
) {
  const text = info.text
  // A semicolon bounds the reported clause: the phrase reports only its own part of the sentence.
  for (let j = phraseFirst; j > from; j--) {
    if (/;/.test(gapText(info, j - 1, j))) {
      from = j
      break
    }
  }
  for (let j = phraseLast + 1; j < to; j++) {
    if (/;/.test(gapText(info, j - 1, j))) {
      clauseEnd = Math.min(clauseEnd, info.parts[j - 1]!.end)
      break
    }
  }
  // `… berührt haben und laut X offenbar auch …`, `und so nach ersten Angaben …`: after a conjunction the source vouches for its own conjunct.
  const conjunction = phraseFirst - 1 > from ? info.parts[phraseFirst - 1]!.lower : ''
  if (conjunction === 'und' || conjunction === 'sowie' || (conjunction === 'so' && info.parts[phraseFirst - 2]?.lower === 'und' && phraseFirst - 2 > from)) from = phraseFirst
  const start = info.parts[from]!.start
  const a = info.parts[phraseFirst]!.start
  let b = info.parts[phraseLast]!.end
  if (closingComma && /^\s*,/.test(text.slice(b, clauseEnd))) b = text.indexOf(',', b) + 1
  const clause = cleanText(`${text.slice(start, a)} ${text.slice(b, clauseEnd)}`.replace(/^\s*,/, '').replace(/(?<!\s)\s+,/g, ','))
  if (speaker.resolution === 'name') speaker = { ...speaker, resolution: 'source-phrase', confidence: 0.85 }
  const spanStart = phraseFirst === from ? info.parts[Math.min(phraseLast + 1, to - 1)]!.start : start
  return buildQuote(info, spanStart, clauseEnd, speaker, cue, null, clause)
}
