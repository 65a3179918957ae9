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
})
