import { describe, expect, it } from 'vitest'
import { articles, byActor, byDate, dateInterval, getArticle, quotes, quotesBy, resolveActor } from '../../src/index.js'

/** The articles whose date interval overlaps `[from, to]`, by a linear scan: the oracle for `byDate`. */
function scan(from: string, to: string): string[] {
  return articles
    .filter((article) => {
      const [start, end] = dateInterval(article.date)
      return start <= to && end >= from
    })
    .map((article) => article.id)
    .sort()
}
const ids = (found: ReadonlyArray<{ id: string }>): string[] => found.map((article) => article.id).sort()

describe('byDate', () => {
  it('gives the January 2022 articles for `2022-01`, sorted by date', () => {
    const found = byDate('2022-01')
    expect(found.length).toBeGreaterThanOrEqual(3)
    expect(ids(found)).toEqual(scan('2022-01-01', '2022-01-31'))
    const keys = found.map((article) => `${article.date} ${article.id}`)
    expect(keys).toEqual([...keys].sort())
    const all = byDate({}).map((article) => dateInterval(article.date)[0])
    expect(all).toEqual([...all].sort())
  })

  it('gives the month-precision commentary for `2021-10`', () => {
    const found = byDate('2021-10')
    expect(found.map((article) => [article.date, article.genre])).toContainEqual(['2021-10', 'commentary'])
    expect(ids(found)).toEqual(scan('2021-10-01', '2021-10-31'))
  })

  it('matches a month-precision article from any day of its month', () => {
    expect(byDate('2021-10-15').map((article) => article.date)).toContain('2021-10')
    expect(ids(byDate('2021-10-15'))).toEqual(scan('2021-10-15', '2021-10-15'))
    expect(byDate('2021-11-01').map((article) => article.date)).toContain('2021-11-01')
  })

  it('takes a year and open or closed ranges, as a scan over every article finds them', () => {
    expect(byDate('2021').length).toBeGreaterThanOrEqual(2)
    expect(ids(byDate('2021'))).toEqual(scan('2021-01-01', '2021-12-31'))
    expect(ids(byDate({ from: '2021-11' }))).toEqual(scan('2021-11-01', '9999-12-31'))
    expect(ids(byDate({ to: '2021-10-31' }))).toEqual(scan('0000-01-01', '2021-10-31'))
    expect(ids(byDate({ from: '2021-10-20', to: '2021-11-01' }))).toEqual(scan('2021-10-20', '2021-11-01'))
    expect(byDate({ from: '2021-10-20', to: '2021-11-01' }).length).toBeGreaterThanOrEqual(2)
    expect(byDate({})).toHaveLength(articles.length)
  })

  it('returns an empty array for a date without articles', () => {
    expect(byDate('2020')).toEqual([])
  })

  it('throws on a date that does not exist', () => {
    expect(() => byDate('2021-02-30' as never)).toThrow(/2021-02-30/)
    expect(() => byDate('2021-13' as never)).toThrow(TypeError)
  })

  it('computes intervals by calendar, leap years included', () => {
    expect(dateInterval('2024-02')).toEqual(['2024-02-01', '2024-02-29'])
    expect(dateInterval('2022')).toEqual(['2022-01-01', '2022-12-31'])
  })
})

describe('byActor', () => {
  it('finds every article that mentions Gruschko, whichever spelling it uses', () => {
    const id = resolveActor('Gruschko')[0]!
    const found = byActor('Gruschko')
    expect(found.length).toBeGreaterThanOrEqual(3)
    expect(ids(found)).toEqual(articles.filter((article) => (article.entityIds as readonly string[]).includes(id)).map((article) => article.id).sort())
    const spellings = found.map((article) => getArticle(article.id)!.markdown.includes('Grushko'))
    expect(spellings.filter(Boolean).length).toBeGreaterThanOrEqual(1)
    expect(spellings.filter((spelled) => !spelled).length).toBeGreaterThanOrEqual(1)
  })

  it('resolves transliterations, case, diacritics, ids and Wikidata ids alike', () => {
    const id = resolveActor('Gruschko')[0]!
    expect(resolveActor('grushko')).toEqual([id])
    expect(resolveActor('GRUSCHKO')).toEqual([id])
    expect(byActor(id)).toEqual(byActor('Grushko'))
    expect(byActor('Q7184').length).toBeGreaterThanOrEqual(5)
    expect(byActor('brussel')).toEqual(byActor('Brüssel'))
  })

  it('returns an empty array for an unknown name', () => {
    expect(byActor('Niemand Unbekannt')).toEqual([])
    expect(resolveActor('')).toEqual([])
  })
})

describe('quotesBy', () => {
  it('includes Stoltenberg’s warning of a new armed conflict', () => {
    const texts = quotesBy('Stoltenberg').map((quote) => quote.text)
    expect(texts).toContain('Es besteht ein echtes Risiko für einen neuen bewaffneten Konflikt in Europa.')
  })

  it('gives each quote its speaker, article, kind and position in the text', () => {
    const found = quotesBy('Stoltenberg')
    expect(found.length).toBeGreaterThanOrEqual(1)
    for (const quote of found) {
      expect(quote.speaker).toBe(resolveActor('Stoltenberg')[0])
      const article = getArticle(quote.articleId)!
      expect(['direct', 'indirect', 'mixed']).toContain(quote.kind)
      const paragraph = article.paragraphs[quote.paragraph]!.text
      if (quote.endParagraph === quote.paragraph) {
        // The span covers the quote; an indirect quote's text may leave out a source phrase inside it.
        const span = paragraph.slice(quote.start, quote.end)
        for (const word of quote.text.match(/[\p{L}\p{N}]+/gu) ?? []) expect(span).toContain(word)
      }
    }
  })

  it('filters by kind', () => {
    const direct = quotesBy('Stoltenberg', { kind: 'direct' })
    expect(direct.length).toBeGreaterThan(0)
    expect(direct.every((quote) => quote.kind === 'direct')).toBe(true)
  })

  it('returns an empty array for an unknown name', () => {
    expect(quotesBy('Niemand Unbekannt')).toEqual([])
  })
})

describe('articles and getArticle', () => {
  it('carries text as Markdown and plain paragraphs, with mentions that point into it', () => {
    for (const article of articles) {
      expect(article.markdown.length).toBeGreaterThan(500)
      expect(article.paragraphs.length).toBeGreaterThan(3)
      for (const mention of article.mentions) {
        expect(article.paragraphs[mention.paragraph]!.text.slice(mention.start, mention.end)).toBe(mention.text)
      }
    }
  })

  it('returns undefined for an unknown id', () => {
    expect(getArticle('1999-01-nichts')).toBeUndefined()
  })

  it('numbers quotes per article and lists them all in `quotes`', () => {
    expect(quotes.length).toBe(articles.reduce((sum, article) => sum + article.quotes.length, 0))
    expect(new Set(quotes.map((quote) => quote.id)).size).toBe(quotes.length)
  })
})
