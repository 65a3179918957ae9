import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { memoize } from '../../../src/pipeline/extract/memoize.js'

const runs = { numRuns: 200, seed: 20_220_112 } as const

describe('memoize', () => {
  it('computes each value once while the cache holds it', () => {
    let calls = 0
    const length = memoize((value) => {
      calls++
      return value.length
    })
    expect([length('ab'), length('ab'), length('abc')]).toEqual([2, 2, 3])
    expect(calls).toBe(2)
  })

  it('remembers `undefined` results too', () => {
    let calls = 0
    const nothing = memoize(() => {
      calls++
      return undefined
    })
    nothing('a')
    nothing('a')
    expect(calls).toBe(1)
  })

  it('forgets everything once it holds `max` results, and stays correct', () => {
    let calls = 0
    const upper = memoize((value) => {
      calls++
      return value.toUpperCase()
    }, 2)
    expect([upper('a'), upper('b')]).toEqual(['A', 'B'])
    expect(calls).toBe(2)
    // The third value clears the cache: `a` is computed again, `c` is kept.
    expect(upper('c')).toBe('C')
    expect(upper('c')).toBe('C')
    expect(calls).toBe(3)
    expect(upper('a')).toBe('A')
    expect(calls).toBe(4)
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (values) => {
      for (const value of values) expect(upper(value)).toBe(value.toUpperCase())
    }), runs)
  })
})
