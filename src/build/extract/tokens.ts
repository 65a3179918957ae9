/** One run of letters and digits in a paragraph, with what joins it to its neighbours. */
export interface Part {
  /** The text as written. */
  readonly text: string
  /** Lower case. */
  readonly lower: string
  /** Offset of the first character. */
  readonly start: number
  /** Offset after the last character. */
  readonly end: number
  /** Whether a hyphen joins it to the previous part (`Nato-|Generalsekretär`). */
  readonly hyphenBefore: boolean
  /** Whether a hyphen joins it to the next part. */
  readonly hyphenAfter: boolean
  /** Whether it starts with an upper-case letter. */
  readonly upper: boolean
  /** Whether every letter is upper case (`NATO`, `OSZE`). */
  readonly allCaps: boolean
  /** Index of the word (hyphen compound) it belongs to. */
  readonly word: number
}

const partPattern = /[\p{L}\p{N}]+/gu
const letterOrDigit = /[\p{L}\p{N}]/u
const startsUpper = /^\p{Lu}/u
const nonLetters = /\P{L}/gu

/** Whether a UTF-16 unit is one of the hyphens that join compounds. */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011
}

/** Whether the character at `index` (one UTF-16 unit) is a letter or digit; ASCII without a regular expression. */
function letterOrDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return letterOrDigit.test(text[index]!)
}

/** Case of a part: whether it starts upper case, and whether all its letters are (at least two of them). */
function caseOf(value: string): { upper: boolean; allCaps: boolean } {
  let capitals = 0
  let smalls = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80) return caseOfUnicode(value)
    if (code >= 0x41 && code <= 0x5a) capitals++
    else if (code >= 0x61 && code <= 0x7a) smalls++
  }
  const first = value.charCodeAt(0)
  return { upper: first >= 0x41 && first <= 0x5a, allCaps: smalls === 0 && capitals >= 2 }
}

/** `caseOf` for a part with characters beyond ASCII. */
function caseOfUnicode(value: string): { upper: boolean; allCaps: boolean } {
  const letters = value.replace(nonLetters, '')
  return {
    upper: startsUpper.test(value),
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  }
}

/**
 * Split a paragraph into parts: runs of letters and digits. Hyphen compounds
 * (`Nato-Russland-Rat`) give one part per element, marked as joined.
 * Linear in the length of the text.
 *
 * @param text
 *   Paragraph text.
 * @returns
 *   The parts in text order.
 * @example
 *   tokenize('Nato-Rat tagt').map((part) => part.text) // => ['Nato', 'Rat', 'tagt']
 */
export function tokenize(text: string): Part[] {
  const parts: Part[] = []
  let word = -1
  let previousEnd = -1
  for (const match of text.matchAll(partPattern)) {
    const start = match.index
    const value = match[0]
    const end = start + value.length
    const hyphenBefore = start > 0 && previousEnd === start - 1 && isHyphen(text.charCodeAt(start - 1))
    if (!hyphenBefore) word++
    const hyphenAfter = end < text.length - 1 && isHyphen(text.charCodeAt(end)) && letterOrDigitAt(text, end + 1)
    const { upper, allCaps } = caseOf(value)
    parts.push({ text: value, lower: value.toLowerCase(), start, end, hyphenBefore, hyphenAfter, upper, allCaps, word })
    previousEnd = end
  }
  return parts
}
