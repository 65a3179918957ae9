import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { articles, byDate, entities, quotes, quotesBy } from '../../src/index.js'
import { dataDir } from './read-data.js'

type Connection = Awaited<ReturnType<DuckDBInstance['connect']>>

let instance: DuckDBInstance
let connection: Connection

/** Rows of a query as plain objects (counts are cast to `INTEGER`, which read as numbers). */
async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson()
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:')
  connection = await instance.connect()
  // The same statements as the DuckDB snippet in docs/distribution.md.
  for (const name of ['articles', 'entities', 'mentions', 'quotes']) {
    await connection.run(`CREATE VIEW ${name} AS SELECT * FROM read_json('${dataDir}${name}.jsonl', format = 'newline_delimited')`)
  }
})

afterAll(() => {
  connection?.closeSync()
  instance?.closeSync()
})

it('loads as many records as the runtime has', async () => {
  expect(
    await rows(`SELECT
      (SELECT count(*)::INTEGER FROM articles) AS nArticles,
      (SELECT count(*)::INTEGER FROM entities) AS nEntities,
      (SELECT count(*)::INTEGER FROM mentions) AS nMentions,
      (SELECT count(*)::INTEGER FROM quotes) AS nQuotes`)
  ).toEqual([
    {
      nArticles: articles.length,
      nEntities: entities.length,
      nMentions: articles.reduce((sum, article) => sum + article.mentions.length, 0),
      nQuotes: quotes.length
    }
  ])
})

it('counts quotes per speaker as `quotesBy` does', async () => {
  const result = await rows('SELECT speaker, count(*)::INTEGER AS n FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY speaker')
  const speakers = [...new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))].sort()
  expect(result.length).toBeGreaterThan(0)
  expect(result).toEqual(speakers.map((speaker) => ({ speaker, n: quotesBy(speaker).length })))
})

it('counts articles per month as `byDate` does', async () => {
  const result = await rows("SELECT substr(CAST(date AS VARCHAR), 1, 7) AS month, count(*)::INTEGER AS n FROM articles GROUP BY month ORDER BY month")
  const months = [...new Set(articles.map((article) => article.date.slice(0, 7)))].sort()
  expect(result).toEqual(months.map((month) => ({ month, n: byDate(month as never).length })))
})

it('joins quotes to speakers and articles on their ids', async () => {
  const result = await rows(`SELECT count(*)::INTEGER AS n FROM quotes q
    JOIN articles a ON a.id = q.articleId
    LEFT JOIN entities e ON e.id = q.speaker
    WHERE q.speaker IS NULL OR e.id IS NOT NULL`)
  expect(result).toEqual([{ n: quotes.length }])
})
