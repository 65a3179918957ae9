import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { compileCorpus } from '../../src/pipeline/compile/compile-corpus.js'
import { loadCorpus } from '../../src/pipeline/load-corpus.js'
import { quoteFromRow, quoteRow } from '../../src/internal/quote-rows.js'
import { ordered } from '../../src/pipeline/emit/ordered.js'
import { type PublishedQuote, QuoteSchema } from '../../src/schema/quote.js'
import { articles, quotes } from '../../src/index.js'
import { readData } from '../emit/read-data.js'

const cwd = fileURLToPath(new URL('../..', import.meta.url))

/** A row through JSON and back, as the data module and the runtime carry it. */
function roundTrip(quote: PublishedQuote): string {
  return JSON.stringify(quoteFromRow(quote.articleId, JSON.parse(JSON.stringify(quoteRow(quote)))))
}

it('stores each quote as a row and gives back the same quote, fields in schema order', async () => {
  // The runtime's quotes (read back from rows) are the data file's records, line by line.
  const lines = readData('quotes/*.jsonl').split('\n').filter(Boolean)
  expect(lines.length).toBeGreaterThan(30)
  expect(quotes.map((quote) => JSON.stringify(quote))).toEqual(lines)
  expect(articles.flatMap((article) => article.quotes.map((quote) => JSON.stringify(quote)))).toEqual(lines)
  // And the build's own quotes make the round trip unchanged (keys in schema order, as the emit writes them).
  const { corpus } = compileCorpus({ ...(await loadCorpus(`${cwd}corpus`, cwd)), version: '0.0.0' })
  for (const quote of corpus!.quotes) {
    const row = quoteRow(quote)
    expect(row).toHaveLength(14)
    expect(roundTrip(quote)).toBe(JSON.stringify(ordered(QuoteSchema, quote)))
  }
})

it('writes a numbered id as its number and keeps an id of another form as it is', () => {
  const quote: PublishedQuote = {
    articleId: '2021-11-ein-artikel',
    paragraph: 3,
    start: 10,
    end: 40,
    id: '2021-11-ein-artikel#q12',
    endParagraph: 4,
    text: 'Wir bleiben gesprächsbereit und nicht mehr',
    spans: [
      { paragraph: 3, start: 10, end: 31 },
      { paragraph: 4, start: 0, end: 20 }
    ],
    kind: 'direct',
    speaker: null,
    description: 'ein Sprecher des Ministeriums',
    via: null,
    cue: 'sagte',
    attribution: 'quote-cue-after',
    confidence: 0.6
  }
  expect(quoteRow(quote)[3]).toBe(12)
  expect(quoteRow(quote)[6]).toEqual([3, 10, 31, 4, 0, 20])
  expect(roundTrip(quote)).toBe(JSON.stringify(quote))
  for (const id of ['2021-11-ein-artikel#q012', 'anderer-artikel#q1', '2021-11-ein-artikel#zitat']) {
    expect(quoteRow({ ...quote, id })[3]).toBe(id)
    expect(roundTrip({ ...quote, id })).toBe(JSON.stringify({ ...quote, id }))
  }
})
