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

const letterOrDigit = /^[\p{L}\p{N}]$/u
const startsUpper = /^\p{Lu}/u
const nonLetters = /\P{L}/gu

/** For each UTF-16 unit, whether it is a letter or digit: 0 not known yet, 1 yes, 2 no. */
const unitClass = new Uint8Array(0x10000)

/** Whether a UTF-16 unit alone (a lone surrogate is neither) is a letter or digit; ASCII without a regular expression. */
function isLetterOrDigitUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  let known = unitClass[code]!
  if (known === 0) {
    known = letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2
    unitClass[code] = known
  }
  return known === 1
}

/** Length in UTF-16 units of the letter or digit at `index` (2 for a surrogate pair), or 0 when there is none. */
function letterOrDigitLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return letterOrDigit.test(text.slice(index, index + 2)) ? 2 : 0
  }
  return isLetterOrDigitUnit(code) ? 1 : 0
}

/** Whether a UTF-16 unit is one of the hyphens that join compounds. */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011
}

/** Whether a part starts with an upper-case letter. */
function isUpper(value: string): boolean {
  const first = value.charCodeAt(0)
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : startsUpper.test(value)
}

/** Whether every letter of a part is upper case, with at least two letters (`NATO`, `G20` is not): `Part.allCaps`. */
export function isAllCaps(value: string): boolean {
  let capitals = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80) return isAllCapsUnicode(value)
    if (code >= 0x61 && code <= 0x7a) return false
    if (code >= 0x41 && code <= 0x5a) capitals++
  }
  return capitals >= 2
}

/** `isAllCaps` for a part with characters beyond ASCII. */
function isAllCapsUnicode(value: string): boolean {
  const letters = value.replace(nonLetters, '')
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** What a part's text alone decides, one string per distinct text. */
interface Shape {
  readonly text: string
  readonly lower: string
  readonly upper: boolean
  readonly allCaps: boolean
}

/** Most distinct texts `shapeOf` keeps before it forgets them all (bounds memory over a long build). */
const maxShapes = 200_000
const shapes = new Map<string, Shape>()

/**
 * The shape of a part's text, the same strings for every occurrence of the
 * text: a word's later lookups in lexicons and indexes (by `text` or
 * `lower`) find its hash computed and compare keys by identity. A text
 * already in lower case is the same string as its `lower`.
 */
function shapeOf(slice: string): Shape {
  const known = shapes.get(slice)
  if (known) return known
  if (shapes.size >= maxShapes) shapes.clear()
  // A copy (joining and slicing again makes a string of its own): a slice of a long text would keep all of the paragraph alive.
  const value = ` ${slice}`.slice(1)
  const lowered = value.toLowerCase()
  const shape = { text: value, lower: lowered === value ? value : lowered, upper: isUpper(value), allCaps: isAllCaps(value) }
  shapes.set(value, shape)
  return shape
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
  let index = 0
  while (index < text.length) {
    let step = letterOrDigitLength(text, index)
    if (step === 0) {
      // Also right for a pair that is no letter: its second half alone is none either.
      index++
      continue
    }
    const start = index
    while (step > 0) {
      index += step
      step = index < text.length ? letterOrDigitLength(text, index) : 0
    }
    const end = index
    const shape = shapeOf(text.slice(start, end))
    const hyphenBefore = start > 0 && previousEnd === start - 1 && isHyphen(text.charCodeAt(start - 1))
    if (!hyphenBefore) word++
    const hyphenAfter = end < text.length - 1 && isHyphen(text.charCodeAt(end)) && isLetterOrDigitUnit(text.charCodeAt(end + 1))
    parts.push({ text: shape.text, lower: shape.lower, start, end, hyphenBefore, hyphenAfter, upper: shape.upper, allCaps: shape.allCaps, word })
    previousEnd = end
  }
  return parts
}
