import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fold, translit, transliterateFolded } from '../../../src/pipeline/extract/fold.js'
import { foldName } from '../../../src/internal/fold-name.js'

const runs = { numRuns: 500, seed: 20_220_112 } as const

/** Words and pieces the extractor sees, and what makes folding work: diacritics, ligatures, punctuation, capitals. */
const pieces = ['Nato', 'NATO', 'Lawrow', 'Gruschko', 'Außenministerium', 'Generalsekretär', 'Ä', 'ß', 'ẞ', 'İ', 'ı', 'ﬁ', '\u0301', '²', 'Ⅻ', '-', '.', ' ', '\u00a0', '’', '1990', 'x', 'Z', '@', '[', '`', '{', '/', ':']
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((list) => list.join('')),
  fc.string({ unit: fc.constantFrom(...'azAZ09@[`{/:.- ÄäßÉ'), maxLength: 10 })
)

/** The transliteration key without memo and fast path: the rules on `foldName`. */
function translitReference(part: string): string {
  return transliterateFolded(foldName(part))
}

describe('fold', () => {
  it('equals `foldName` (fast path and memo), also when asked again', () => {
    fc.assert(fc.property(text, (value) => {
      expect(fold(value)).toBe(foldName(value))
      expect(fold(value)).toBe(foldName(value))
    }), runs)
  })

  it('equals `foldName` on the edges of the ASCII fast path', () => {
    for (const value of ['', 'abc', 'ABC', 'A1', '0', '9', '@', '[', '`', '{', '/', ':', 'Nato-Rat', 'a b', 'Straße']) expect(fold(value)).toBe(foldName(value))
  })
})

describe('translit', () => {
  it('equals the unmemoized transliteration key', () => {
    fc.assert(fc.property(text, (value) => {
      expect(translit(value)).toBe(translitReference(value))
      expect(translit(value)).toBe(translitReference(value))
    }), runs)
  })
})
