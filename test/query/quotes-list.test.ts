import { describe, expect, it } from 'vitest'
import { articles, getArticle, quotes, quotesBy } from '../../src/index.js'
import { quotes as catalogQuotes } from '../../src/catalog.js'

describe('quotes', () => {
  it('is a real array: isArray, length, spread, JSON and indexing behave as for any array', () => {
    expect(Array.isArray(quotes)).toBe(true)
    expect(Object.getPrototypeOf(quotes)).toBe(Array.prototype)
    expect(quotes.length).toBeGreaterThan(0)
    expect([...quotes]).toHaveLength(quotes.length)
    expect(JSON.parse(JSON.stringify(quotes))).toEqual(quotes.map((quote) => ({ ...quote })))
    expect(Object.getOwnPropertyDescriptor(quotes, 0)).toMatchObject({ value: quotes[0], enumerable: true })
    expect(catalogQuotes).toBe(quotes)
  })

  it('lists each article’s quotes in corpus order, as the same objects `article.quotes` and `quotesBy` give', () => {
    expect(articles.flatMap((article) => article.quotes)).toEqual(quotes)
    for (const [index, quote] of articles.flatMap((article) => article.quotes).entries()) expect(quote).toBe(quotes[index])
    const speaker = quotes.find((quote) => quote.speaker !== null)!.speaker!
    for (const quote of quotesBy(speaker)) expect(quotes).toContain(quote)
    for (const quote of quotes) expect(quote.id.startsWith(`${quote.articleId}#q`)).toBe(true)
  })

  it('gives every article as many quotes as its `quoteCount`, an empty list when it has none', () => {
    for (const article of articles) {
      expect(getArticle(article.id)!.quotes).toHaveLength(article.quoteCount)
      expect(article.quotes.every((quote) => quote.articleId === article.id)).toBe(true)
    }
  })
})
