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
const hyphens = new Set(['-', '\u2010', '\u2011'])

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
  for (const match of text.matchAll(partPattern)) {
    const start = match.index
    const value = match[0]
    const end = start + value.length
    const hyphenBefore = start > 0 && hyphens.has(text[start - 1]!) && parts.length > 0 && parts.at(-1)!.end === start - 1
    if (!hyphenBefore) word++
    const hyphenAfter = end < text.length - 1 && hyphens.has(text[end]!) && /[\p{L}\p{N}]/u.test(text[end + 1]!)
    const letters = value.replace(/\P{L}/gu, '')
    parts.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end,
      hyphenBefore,
      hyphenAfter,
      upper: /^\p{Lu}/u.test(value),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      word
    })
  }
  return parts
}
