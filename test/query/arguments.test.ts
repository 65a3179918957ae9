import { describe, expect, it } from 'vitest'
import { byActor, byDate, dateInterval, getArticle, quotesBy, resolveActor } from '../../src/index.js'

// Bad arguments throw an error that says what was expected, instead of
// answering a question nobody asked (every article, or nothing).

describe('byDate', () => {
  it('refuses a `Date` and other objects that are not `{ from?, to? }`', () => {
    expect(() => byDate(new Date() as never)).toThrow(new TypeError('Unexpected date query a `Date`, expected a date string (`\'2022-01\'`) or `{ from?, to? }` with such strings'))
    expect(() => byDate(['2022-01'] as never)).toThrow(/^Unexpected date query an array, expected a date string/)
    expect(() => byDate(null as never)).toThrow(/^Unexpected date query `null`/)
    expect(() => byDate(202201 as never)).toThrow(/^Unexpected date query `202201` \(number\)/)
    expect(() => byDate({ since: '2022-01' } as never)).toThrow(new TypeError('Unexpected key `since` in a date range, expected only `from` and `to`'))
    expect(() => byDate({ from: 2021 } as never)).toThrow(/^Unexpected date `2021` \(number\), expected a string `YYYY`/)
  })

  it('refuses a range that ends before it starts, with a RangeError', () => {
    expect(() => byDate({ from: '2022-01', to: '2021-10' })).toThrow(RangeError)
    expect(() => byDate({ from: '2022-01', to: '2021-10' })).toThrow('Unexpected range from `2022-01` to `2021-10`: it ends before it starts, expected `from` on or before `to`')
    expect(() => byDate({ from: '2022-01-13', to: '2022-01-12' })).toThrow(RangeError)
  })

  it('still answers ranges whose ends overlap (a month from inside it) and open ranges', () => {
    expect(byDate({ from: '2022-01-15', to: '2022-01' })).toEqual(byDate({ from: '2022-01-15', to: '2022-01-31' }))
    expect(byDate({ from: '2022-01-12', to: '2022-01-12' })).toEqual(byDate('2022-01-12'))
    expect(byDate({}).length).toBe(byDate({ from: '1900', to: '2100' }).length)
  })

  it('says a date does not exist, apart from a date of the wrong shape', () => {
    expect(() => byDate('2021-02-30')).toThrow(new TypeError('Unexpected date `2021-02-30`: the date does not exist (2021-02 has 28 days), expected a day from 01 to 28'))
    expect(() => byDate('2024-02-30')).toThrow(/\(2024-02 has 29 days\)/)
    expect(() => byDate('2021-13')).toThrow(new TypeError('Unexpected date `2021-13`: month 13 does not exist, expected a month from 01 to 12'))
    expect(() => byDate({ to: '2021-04-31' })).toThrow(/^Unexpected date `2021-04-31`: the date does not exist/)
    expect(() => byDate('2021-2-3' as never)).toThrow(new TypeError('Unexpected date `2021-2-3`, expected `YYYY`, `YYYY-MM` or `YYYY-MM-DD`'))
    expect(() => dateInterval('12.01.2022')).toThrow(/expected `YYYY`, `YYYY-MM` or `YYYY-MM-DD`$/)
  })
})

describe('quotesBy', () => {
  it('refuses a kind that does not exist', () => {
    expect(() => quotesBy('Stoltenberg', { kind: 'bogus' as never })).toThrow(new TypeError("Unexpected quote kind `\"bogus\"`, expected `'direct'`, `'indirect'` or `'mixed'`"))
    expect(() => quotesBy('Stoltenberg', { kind: 'Direct' as never })).toThrow(TypeError)
  })

  it('refuses options that are not `{ kind? }`', () => {
    expect(() => quotesBy('Stoltenberg', 'direct' as never)).toThrow(/^Unexpected options `"direct"`, expected `\{ kind\? \}`$/)
    expect(() => quotesBy('Stoltenberg', { speaker: 'x' } as never)).toThrow('Unexpected option `speaker`, expected only `kind`')
  })

  it('still filters by a real kind and takes no options', () => {
    const all = quotesBy('Stoltenberg')
    expect(all.length).toBeGreaterThan(1)
    expect(quotesBy('Stoltenberg', { kind: 'direct' })).toEqual(all.filter((quote) => quote.kind === 'direct'))
    expect(quotesBy('Stoltenberg', { kind: undefined })).toEqual(all)
  })
})

describe('actors and ids', () => {
  it('refuses an actor that is not a string', () => {
    for (const query of [byActor, resolveActor, (actor: never) => quotesBy(actor)]) {
      expect(() => query(42 as never)).toThrow(new TypeError('Unexpected actor `42` (number), expected an entity id, a Wikidata id or a name (a string)'))
    }
  })

  it('refuses an article id that is not a string, and gives undefined for an unknown one', () => {
    expect(() => getArticle(7 as never)).toThrow(/^Unexpected article id `7` \(number\), expected a string/)
    expect(getArticle('2021-10-no-such-article')).toBeUndefined()
  })
})
