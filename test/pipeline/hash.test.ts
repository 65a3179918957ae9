import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/pipeline/hash.js'

/** The definition: `JSON.stringify` with a replacer that sorts every object's keys. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item
  )
}

describe('canonicalJson', () => {
  it('gives the same text as JSON.stringify with sorted keys', () => {
    const samples: unknown[] = [
      null,
      0,
      -1.5,
      Number.NaN,
      'a"b\\\\c\\n\\u2028„Zitat“',
      true,
      [],
      {},
      [1, 'x', null, undefined, () => 1, { b: 1, a: [undefined, { d: undefined, c: 2 }] }],
      { z: { y: { x: 'deep' } }, a: null, m: undefined, f: () => 1, ä: 'umlaut', A: 'upper', _: 0 },
      { 10: 'ten', 2: 'two', b: 'bee', '01': 'not an index' },
      { when: new Date(0), nested: { toJSON: () => ({ b: 2, a: 1 }) } },
      { frontmatter: { id: '2021-10-x', title: 'T', image: null }, paragraphs: [{ type: 'paragraph', text: 'Lawrow sagte: „Nein.“' }] }
    ]
    for (const sample of samples) expect(canonicalJson(sample)).toBe(reference(sample))
  })

  it('sorts the keys of objects with the same keys in another order, and of many different shapes', () => {
    const records = [
      { start: 1, end: 2, text: 'a' },
      { text: 'b', end: 4, start: 3 },
      { end: 6, text: 'c', start: 5, role: null },
      { 3: 'three', 1: 'one', a: 'a' },
      { a: 'a', 3: 'three', 1: 'one' }
    ]
    for (const record of records) expect(canonicalJson(record)).toBe(reference(record))
    // More shapes than the cache keeps at once: each still exact.
    for (let index = 0; index < 10_050; index += 1) {
      const record = { [`k${index}`]: index, b: [{ [`z${index % 7}`]: 1, a: 2 }] }
      expect(canonicalJson(record)).toBe(reference(record))
    }
  })
})
