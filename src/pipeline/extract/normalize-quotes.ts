/** A span of quoted words inside quotation marks. */
export interface QuoteMarkSpan {
  /** Paragraph of the opening mark. */
  readonly paragraph: number
  /** Offset of the opening mark. */
  readonly open: number
  /** Paragraph of the closing mark. */
  readonly endParagraph: number
  /** Offset after the closing mark. */
  readonly close: number
  /** Offset of the first quoted character. */
  readonly start: number
  /** Offset after the last quoted character (in `endParagraph`). */
  readonly end: number
}

// Opening mark → closing marks it accepts.
const pairs: Record<string, string> = {
  '„': '“”"',
  '‚': '‘’',
  '»': '«',
  '«': '»',
  '›': '‹',
  '‹': '›',
  '“': '”',
  '"': '"'
}

const wordChar = /[\p{L}\p{N}]/u

/** Any opening or closing mark of `pairs`: the search jumps from one to the next (no such mark is special in a character class). */
const anyMark = new RegExp(`[${[...new Set([...Object.keys(pairs), ...Object.values(pairs)].join(''))].join('')}]`, 'g')

function opensHere(text: string, index: number): boolean {
  const before = index > 0 ? text[index - 1]! : ' '
  const after = text[index + 1] ?? ' '
  return !wordChar.test(before) && !/\s/.test(after)
}

/**
 * Find the quotation-mark spans of a paragraph, in every style of German news
 * („…“ "…" «…» »…« ‚…‘ “…” and ASCII), outermost only. A mark that opens and
 * is not closed in its paragraph is closed in the next paragraph when that one
 * closes a quote before opening one.
 *
 * @param paragraphs
 *   Paragraph texts.
 * @returns
 *   The spans in text order.
 * @example
 *   findQuoteMarks(['Er sagte: „Ja.“'])[0] // => {paragraph: 0, open: 9, …}
 */
export function findQuoteMarks(paragraphs: readonly string[]): QuoteMarkSpan[] {
  const spans: QuoteMarkSpan[] = []
  let carry: { paragraph: number; open: number; closers: string } | undefined
  paragraphs.forEach((text, p) => {
    let stack: Array<{ open: number; closers: string; paragraph: number }> = []
    if (carry) {
      // Continue an open quote: either the paragraph opens again (German style) or closes it.
      const first = text.search(/\S/)
      if (first >= 0 && pairs[text[first]!] !== undefined && !carry.closers.includes(text[first]!)) {
        carry = undefined
      } else stack = [carry]
    }
    carry = undefined
    anyMark.lastIndex = 0
    for (let found = anyMark.exec(text); found; found = anyMark.exec(text)) {
      const i = found.index
      const char = found[0]
      const top = stack.at(-1)
      if (top && top.closers.includes(char) && !(char === '"' && opensHere(text, i) && i === top.open + 1)) {
        const isAscii = char === '"' || char === '’' || char === '‘'
        if (isAscii && wordChar.test(text[i + 1] ?? '') && char !== '"') continue
        stack.pop()
        if (stack.length === 0) spans.push({ paragraph: top.paragraph, open: top.open, endParagraph: p, close: i + 1, start: top.open + 1, end: i })
        continue
      }
      const closers = pairs[char]
      if (closers === undefined) continue
      if (char === '‚' && !opensHere(text, i)) continue
      if ((char === '"' || char === '“' || char === '«' || char === '»' || char === '›' || char === '‹') && !opensHere(text, i)) continue
      if (char === '‹' || char === '›' || char === '‚') {
        if (stack.length === 0) continue
      }
      stack.push({ open: i, closers, paragraph: p })
    }
    if (stack.length > 0 && stack[0]!.paragraph <= p && p + 1 < paragraphs.length) carry = stack[0]
  })
  return spans
}
