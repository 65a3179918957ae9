import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize, type Part } from '../../../src/pipeline/extract/tokens.js'

const runs = { numRuns: 500, seed: 20_220_112 } as const

/** `tokenize` as first written, with regular expressions per part: the reference for the fast one. */
function tokenizeReference(text: string): Part[] {
  const parts: Part[] = []
  const hyphens = new Set(['-', '\u2010', '\u2011'])
  let word = -1
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
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

/** Pieces that decide parts and their case: hyphens, capitals, digits, letters beyond ASCII and beyond the BMP, lone surrogates. */
const pieces = ['Nato', 'NATO', 'EU', 'A', 'a', 'US', '-', '\u2010', '\u2011', '–', ' ', '.', '„', '“', '1990', 'G7', 'ß', 'ẞ', 'Ä', 'ä', 'É', 'İ', 'ǅ', 'Ⅻ', 'ⅻ', '²', '\u0301', '𝐀', '𝐚', '😀', '\ud835', '\udc00', '\ud83d', 'ΣΟ', 'Рф', 'Außenminister', 'OSZE', 'x-', '-y']
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((list) => list.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'aZ09-\u2010 .ÄßÉ'), maxLength: 30 })
)

describe('tokenize', () => {
  it('equals the reference on any text', () => {
    fc.assert(fc.property(text, (value) => {
      expect(tokenize(value)).toEqual(tokenizeReference(value))
    }), runs)
  })

  it('marks hyphen compounds, capitals and acronyms', () => {
    expect(tokenize('Nato-Russland-Rat der OSZE, G7 und A-1').map((part) => [part.text, part.word, part.hyphenBefore, part.hyphenAfter, part.upper, part.allCaps])).toEqual([
      ['Nato', 0, false, true, true, false],
      ['Russland', 0, true, true, true, false],
      ['Rat', 0, true, false, true, false],
      ['der', 1, false, false, false, false],
      ['OSZE', 2, false, false, true, true],
      ['G7', 3, false, false, true, false],
      ['und', 4, false, false, false, false],
      ['A', 5, false, true, true, false],
      ['1', 5, true, false, false, false]
    ])
  })
})
