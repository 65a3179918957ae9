import type { Paragraph } from '../../schema/article.js'
import type { QuoteSpan } from '../../schema/quote.js'

/** What `quoteSpans` needs of a quote: where the extractor found it and the words it kept. */
export interface QuoteRegion {
  /** Id of the article (for the error message). */
  readonly articleId: string
  /** Id of the quote (`<articleId>#q<n>`), or a description of it, for the error message. */
  readonly id: string
  /** Paragraph where the quote starts. */
  readonly paragraph: number
  /** Offset of its first character in that paragraph. */
  readonly start: number
  /** Paragraph where it ends. */
  readonly endParagraph: number
  /** Offset after its last character in `endParagraph`. */
  readonly end: number
  /** The words the extractor kept (quotation marks, the cue of a split quote or a final period may be missing). */
  readonly text: string
}

/** A quote's source spans and the text they spell. */
export interface AlignedQuote {
  /** Source slices in text order; joined with a space they are `text`. */
  readonly spans: QuoteSpan[]
  /** The canonical text: the slices of `spans` joined with a space. */
  readonly text: string
}

/** Quotation marks stripped at the ends of a span (never inside it). */
const marks = new Set(['"', '„', '“', '”', '«', '»', '‹', '›', '‚', '‘', '’', "'"])

const word = /[\p{L}\p{N}]+/gu

interface Token {
  readonly word: string
  readonly paragraph: number
  readonly start: number
  readonly end: number
  /** Whether the token is the first of its paragraph's part of the region (nothing before it in the region there). */
  readonly first: boolean
  /** Whether it is the last of its paragraph's part of the region. */
  readonly last: boolean
}

/**
 * Align a quote's text to the source and give the spans it comes from: each
 * `{ paragraph, start, end }` a slice of `paragraphs[paragraph].text` inside
 * the quote's region, with quotation marks and spaces stripped at its ends
 * only. Words of the region that the text leaves out (the `sagte X` of a split
 * quote, `nach Stoltenbergs Angaben`) end one span and start the next; a
 * paragraph break does too. Where the text runs to the end of the region, the
 * span does as well, so a final period or an inner quotation mark the
 * extractor dropped is part of the canonical text. Of all alignments the one
 * with the fewest spans wins (the earliest on a tie), so a word that occurs
 * twice does not split a quote. Pure.
 *
 * @param paragraphs
 *   The article's plain-text blocks (offsets count in them).
 * @param quote
 *   Region and text of one quote.
 * @returns
 *   The spans, and the text they spell (the quote's canonical `text`).
 * @throws
 *   `Error` naming the article and quote when a word of the text is not in
 *   its region (in order), or the region lies outside the paragraphs.
 */
export function quoteSpans(paragraphs: readonly Paragraph[], quote: QuoteRegion): AlignedQuote {
  const where = `quote \`${quote.id}\` of article \`${quote.articleId}\``
  const { paragraph: first, endParagraph: last } = quote
  if (!(first >= 0 && last >= first && last < paragraphs.length) || quote.end > paragraphs[last]!.text.length || (first === last && quote.end < quote.start)) {
    throw new Error(`Cannot align ${where}: its region ${first}:${quote.start}–${last}:${quote.end} is outside the article's ${paragraphs.length} paragraphs`)
  }
  const bounds = (index: number): readonly [number, number] => [index === first ? quote.start : 0, index === last ? quote.end : paragraphs[index]!.text.length]
  const source: Token[] = []
  for (let index = first; index <= last; index++) {
    const [from, to] = bounds(index)
    const text = paragraphs[index]!.text.slice(0, to)
    const found: Array<{ word: string; start: number; end: number }> = []
    word.lastIndex = from
    for (let match = word.exec(text); match; match = word.exec(text)) found.push({ word: match[0], start: match.index, end: match.index + match[0].length })
    for (let position = 0; position < found.length; position++) {
      const { word: text, start, end } = found[position]!
      source.push({ word: text, paragraph: index, start, end, first: position === 0, last: position === found.length - 1 })
    }
  }
  const words = [...quote.text.matchAll(word)].map((match) => match[0])
  if (words.length === 0) throw new Error(`Cannot align ${where}: its text \`${quote.text}\` has no word`)

  // The text is every word of its region (an interview answer, a quotation
  // over paragraphs): the only alignment is the identity, one span per
  // paragraph. Linear, where the search below is quadratic in the length.
  if (words.length === source.length && words.every((item, index) => item === source[index]!.word)) {
    const result: QuoteSpan[] = []
    const worded = new Set(source.map((token) => token.paragraph))
    for (let index = first; index <= last; index++) {
      if (!worded.has(index)) continue
      const [from, to] = bounds(index)
      result.push(trim(paragraphs[index]!.text, index, from, to))
    }
    return { spans: result, text: result.map((span) => paragraphs[span.paragraph]!.text.slice(span.start, span.end)).join(' ') }
  }

  // The text is one run of words in one paragraph (most quotes): one span,
  // the first such run, which is what the search below finds. Linear.
  const run = firstRun(source, words)
  if (run >= 0) {
    const head = source[run]!
    const tail = source[run + words.length - 1]!
    const [from, to] = bounds(head.paragraph)
    const span = trim(paragraphs[head.paragraph]!.text, head.paragraph, head.first ? from : head.start, tail.last ? to : tail.end)
    return { spans: [span], text: paragraphs[span.paragraph]!.text.slice(span.start, span.end) }
  }

  // spans[i][j]: fewest spans that match words[0..i] with words[i] at source[j]
  // (Infinity when words[i] !== source[j].word); from[i][j]: source index of
  // words[i - 1] in that alignment. `best` is the running minimum of the
  // previous row over source[0..j-1], for starting a new span.
  const rows = words.length
  const columns = source.length
  const spans: Float64Array[] = []
  const from: Int32Array[] = []
  for (let i = 0; i < rows; i++) {
    const row = new Float64Array(columns).fill(Infinity)
    const back = new Int32Array(columns).fill(-1)
    let best = Infinity
    let bestAt = -1
    for (let j = 0; j < columns; j++) {
      if (i > 0 && j > 0 && spans[i - 1]![j - 1]! < best) {
        best = spans[i - 1]![j - 1]!
        bestAt = j - 1
      }
      if (source[j]!.word !== words[i]) continue
      if (i === 0) {
        row[j] = 1
        continue
      }
      const together = j > 0 && source[j - 1]!.paragraph === source[j]!.paragraph ? spans[i - 1]![j - 1]! : Infinity
      if (together <= best + 1 && together !== Infinity) {
        row[j] = together
        back[j] = j - 1
      } else if (best !== Infinity) {
        row[j] = best + 1
        back[j] = bestAt
      }
    }
    spans.push(row)
    from.push(back)
  }
  let end = -1
  for (let j = 0; j < columns; j++) if (spans[rows - 1]![j]! < (end === -1 ? Infinity : spans[rows - 1]![end]!)) end = j
  if (end === -1) {
    // Name the first word that cannot be matched in order.
    let at = 0
    let missing = words[0]!
    for (const item of words) {
      while (at < columns && source[at]!.word !== item) at++
      if (at === columns) {
        missing = item
        break
      }
      at++
    }
    throw new Error(
      `Cannot align ${where}: the word \`${missing}\` of its text is not in its region (paragraph ${first} offset ${quote.start} to paragraph ${last} offset ${quote.end}) in that order; text: \`${quote.text}\``
    )
  }
  const matched: number[] = []
  for (let i = rows - 1, j = end; i >= 0; j = from[i]![j]!, i--) matched.unshift(j)

  const result: QuoteSpan[] = []
  let open = 0
  for (let k = 1; k <= matched.length; k++) {
    if (k < matched.length && matched[k] === matched[k - 1]! + 1 && source[matched[k]!]!.paragraph === source[matched[k - 1]!]!.paragraph) continue
    const head = source[matched[open]!]!
    const tail = source[matched[k - 1]!]!
    const [from, to] = bounds(head.paragraph)
    result.push(trim(paragraphs[head.paragraph]!.text, head.paragraph, head.first ? from : head.start, tail.last ? to : tail.end))
    open = k
  }
  return { spans: result, text: result.map((span) => paragraphs[span.paragraph]!.text.slice(span.start, span.end)).join(' ') }
}

/**
 * The span with spaces stripped at both ends, and quotation marks that do not
 * pair with one inside it: the marks around a quoted span go, the inner ones
 * of a mixed quote stay. Where a span ends inside quoted words whose closing
 * mark follows right after it (`als „erfolglos` + `“`), it takes the mark.
 */
/**
 * Where `words` first occur as consecutive tokens of one paragraph of `source`.
 *
 * @param source
 *   The region's tokens, in text order.
 * @param words
 *   The words of the quote's text (at least one).
 * @returns
 *   Index in `source` of the run's first token, or `-1`.
 */
function firstRun(source: readonly Token[], words: readonly string[]): number {
  const first = words[0]!
  for (let j = 0; j + words.length <= source.length; j++) {
    if (source[j]!.word !== first) continue
    const paragraph = source[j]!.paragraph
    let k = 1
    while (k < words.length && source[j + k]!.word === words[k] && source[j + k]!.paragraph === paragraph) k++
    if (k === words.length) return j
  }
  return -1
}

function trim(text: string, paragraph: number, start: number, end: number): QuoteSpan {
  for (;;) {
    while (start < end && /\s/.test(text[start]!)) start++
    while (end > start && /\s/.test(text[end - 1]!)) end--
    if (start >= end) break
    const { pairs, open } = pairMarks(text, start, end)
    if (open.length > 0 && open.at(-1)! !== start && end < text.length && isMark(text, end) && !opens(text, end)) {
      end++
      continue
    }
    if (pairs.get(start) === end - 1) {
      start++
      end--
    } else if (isMark(text, start) && !pairs.has(start) && !closedBy(pairs, start)) start++
    else if (isMark(text, end - 1) && !closedBy(pairs, end - 1) && !pairs.has(end - 1)) end--
    else break
  }
  return { paragraph, start, end }
}

/** Whether `text[index]` is a quotation mark (not an apostrophe inside a word). */
function isMark(text: string, index: number): boolean {
  if (!marks.has(text[index]!)) return false
  const word = /[\p{L}\p{N}]/u
  return !(word.test(text[index - 1] ?? '') && word.test(text[index + 1] ?? ''))
}

/** Whether the mark at `index` opens (nothing word-like before it, something after it). */
function opens(text: string, index: number): boolean {
  return !/[\p{L}\p{N}.,;:!?)\]]/u.test(text[index - 1] ?? ' ') && !/\s/.test(text[index + 1] ?? ' ')
}

/** The marks of `text[start, end)`: opening offset → closing offset of each pair, and the openers left unclosed. */
function pairMarks(text: string, start: number, end: number): { pairs: Map<number, number>; open: number[] } {
  const pairs = new Map<number, number>()
  const open: number[] = []
  for (let index = start; index < end; index++) {
    if (!isMark(text, index)) continue
    if (opens(text, index)) open.push(index)
    else if (open.length > 0) pairs.set(open.pop()!, index)
  }
  return { pairs, open }
}

/** Whether the mark at `index` closes a pair. */
function closedBy(pairs: ReadonlyMap<number, number>, index: number): boolean {
  for (const close of pairs.values()) if (close === index) return true
  return false
}
