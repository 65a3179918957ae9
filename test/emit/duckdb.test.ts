import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { articles, byDate, entities, getEntity, quotes, quotesBy } from '../../src/index.js'
import { snippet } from './doc-snippets.js'
import { dataDir } from './read-data.js'

type Connection = Awaited<ReturnType<DuckDBInstance['connect']>>

let instance: DuckDBInstance
let connection: Connection
let results: Array<Array<Record<string, unknown>>>

/** Rows of a query as plain objects (counts are cast to `INTEGER`, which read as numbers). */
async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson()
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:')
  connection = await instance.connect()
  // The statements of the DuckDB snippet in docs/distribution.md, run from the data folder.
  const statements = snippet('sql')
    .replaceAll("read_json('", `read_json('${dataDir}`)
    .split(';')
    .map((statement) => statement.replace(/--.*$/gm, '').trim())
    .filter(Boolean)
  results = []
  for (const statement of statements) results.push(await rows(statement))
})

afterAll(() => {
  connection?.closeSync()
  instance?.closeSync()
})

it('loads as many records as the runtime has', async () => {
  expect(
    await rows(`SELECT
      (SELECT count(*)::INTEGER FROM articles) AS articles,
      (SELECT count(*)::INTEGER FROM entities) AS entities,
      (SELECT count(*)::INTEGER FROM mentions) AS mentions,
      (SELECT count(*)::INTEGER FROM quotes) AS quotes`)
  ).toEqual([
    {
      articles: articles.length,
      entities: entities.length,
      mentions: articles.reduce((sum, article) => sum + article.mentions.length, 0),
      quotes: quotes.length
    }
  ])
})

it('counts quotes per speaker as `quotesBy` does (documented query)', () => {
  const speakers = [...new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))]
  const expected = speakers
    .map((id) => ({ id, name: getEntity(id as never).name, quotes: String(quotesBy(id).length) }))
    .sort((a, b) => Number(b.quotes) - Number(a.quotes) || (a.id < b.id ? -1 : 1))
  expect(expected.length).toBeGreaterThan(0)
  expect(results.at(-2)).toEqual(expected)
})

it('counts articles per month as `byDate` does (documented query)', () => {
  const months = [...new Set(articles.map((article) => article.date.slice(0, 7)))].sort()
  expect(results.at(-1)).toEqual(months.map((month) => ({ month, articles: String(byDate(month as never).length) })))
})

it('joins quotes to speakers and articles on their ids', async () => {
  const result = await rows(`SELECT count(*)::INTEGER AS n FROM quotes q
    JOIN articles a ON a.id = q.articleId
    LEFT JOIN entities e ON e.id = q.speaker
    WHERE q.speaker IS NULL OR e.id IS NOT NULL`)
  expect(result).toEqual([{ n: quotes.length }])
})
