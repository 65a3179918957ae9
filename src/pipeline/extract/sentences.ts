/** A sentence: offsets into its paragraph. */
export interface Sentence {
  readonly start: number
  readonly end: number
}

const abbreviations = new Set([
  'dr', 'prof', 'bzw', 'ca', 'nr', 'st', 'vgl', 'etc', 'usw', 'inkl', 'evtl', 'ggf', 'z', 'b', 'u', 'a', 'v', 'chr', 'mio', 'mrd',
  'abs', 'art', 'bspw', 'gen', 'jh', 'jhd', 'min', 'max', 'mr', 'mrs', 'ms', 'hr', 'fr', 'sog', 'str', 'tel', 'zb', 'ua', 'dt', 'engl', 'russ', 'franz'
])
/** Characters that may end a sentence: the search jumps from one to the next. */
const enders = /[.!?…]/g
const wordChar = /[\p{L}\d]/u
const months = /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert)/

/**
 * Split a paragraph into sentences. A sentence ends at `.`, `!` or `?`
 * (and a closing quotation mark after it) before white space and an
 * upper-case letter, a digit or an opening mark — never inside a quotation
 * (`protected`), after an abbreviation (`Dr.`, `z. B.`), an initial, or an
 * ordinal before a month (`1. November`).
 *
 * @param text
 *   Paragraph text.
 * @param protectedRanges
 *   `[start, end)` ranges (quotations) that never hold a boundary.
 * @returns
 *   Sentences covering the text, white space trimmed.
 * @example
 *   splitSentences('Er kam. Sie ging.', []).length // => 2
 */
export function splitSentences(text: string, protectedRanges: ReadonlyArray<readonly [number, number]>): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  let range = 0
  enders.lastIndex = 0
  for (let found = enders.exec(text); found; found = enders.exec(text)) {
    const i = found.index
    const char = found[0]
    while (range < protectedRanges.length && protectedRanges[range]![1] <= i) range++
    const current = protectedRanges[range]
    let end = i + 1
    while (end < text.length && /[“”"«»‘’‹›)\]]/.test(text[end]!)) end++
    if (current && current[0] < i && current[1] > end) continue
    if (current && current[0] < i && end < current[1]) continue
    let next = end
    while (next < text.length && /\s/.test(text[next]!)) next++
    if (next === end || next >= text.length) continue
    if (!/[\p{Lu}\d„“"«»‚‹›(]/u.test(text[next]!)) continue
    if (char === '.' && end === i + 1) {
      let wordStart = i
      while (wordStart > Math.max(0, i - 20) && isWordChar(text, wordStart - 1)) wordStart--
      const word = text.slice(wordStart, i)
      if (abbreviations.has(word.toLowerCase())) continue
      if (/^\p{Lu}$/u.test(word)) continue
      if (/^\d+$/.test(word) && (months.test(text.slice(next)) || word.length <= 2 && /^\d/.test(text[next]!))) continue
    }
    sentences.push(trim(text, start, end))
    start = next
  }
  if (start < text.length) sentences.push(trim(text, start, text.length))
  return sentences.filter((sentence) => sentence.end > sentence.start)
}

/** Whether the character at `index` (one UTF-16 unit) is a letter or an ASCII digit; ASCII without a regular expression. */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return wordChar.test(text[index]!)
}

function trim(text: string, start: number, end: number): Sentence {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}
