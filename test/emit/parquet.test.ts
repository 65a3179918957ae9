import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articles, byDate, entities, getArticle, getEntity, quotes, quotesBy } from '../../src/index.js'
import { CorpusDateSchema } from '../../src/schema/date.js'
import { startDuckDb } from '../../src/pipeline/emit/duckdb.js'
import { parquetColumns, parquetPath, parquetTypes, writeParquet } from '../../src/pipeline/emit/parquet.js'
import { sectionSnippet } from './doc-snippets.js'
import { dataDir, dataPaths, readData, readLines } from './read-data.js'

type Connection = Awaited<ReturnType<DuckDBInstance['connect']>>

let instance: DuckDBInstance
let connection: Connection

/** Rows of a query as JSON-like objects (DuckDB's JSON conversion: dates as `YYYY-MM-DD`, BIGINT as strings). */
async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>
}

/** A record as Parquet gives it back: a month date as its first day. */
function asParquet(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => asParquet(item))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, asParquet(item, name)]))
  if (typeof value === 'string' && ['date', 'from', 'to'].includes(key) && /^\d{4}-\d{2}$/.test(value)) return `${value}-01`
  return value
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:')
  connection = await instance.connect()
})

afterAll(() => {
  connection?.closeSync()
  instance?.closeSync()
})

describe('parquetColumns()', () => {
  it('maps a schema to DuckDB types: dates, integers, doubles, lists, nullable structs', () => {
    const schema = v.strictObject({
      day: CorpusDateSchema,
      count: v.pipe(v.number(), v.integer()),
      score: v.number(),
      flag: v.boolean(),
      kind: v.picklist(['a', 'b']),
      tags: v.array(v.string()),
      spans: v.array(v.strictObject({ start: v.pipe(v.number(), v.integer()), until: v.optional(v.nullable(CorpusDateSchema), null) })),
      image: v.nullable(v.strictObject({ caption: v.string() }))
    })
    expect(parquetColumns(schema).map((column) => [column.name, column.type])).toEqual([
      ['day', 'DATE'],
      ['count', 'INTEGER'],
      ['score', 'DOUBLE'],
      ['flag', 'BOOLEAN'],
      ['kind', 'VARCHAR'],
      ['tags', 'VARCHAR[]'],
      ['spans', 'STRUCT("start" INTEGER, "until" DATE)[]'],
      ['image', 'STRUCT("caption" VARCHAR)']
    ])
    // JSON holds dates as text; only the columns with a date are converted.
    expect(parquetColumns(schema).map((column) => column.jsonType)).toContain('STRUCT("start" INTEGER, "until" VARCHAR)[]')
    expect(parquetColumns(schema).find((column) => column.name === 'tags')!.select).toBe('"tags" AS "tags"')
  })

  it('names the field of a schema it cannot map', () => {
    const schema = v.strictObject({ id: v.string(), value: v.union([v.string(), v.number()]) })
    expect(() => parquetColumns(schema)).toThrow('Unexpected valibot schema `union` at `value`, expected an object, array, string, picklist, number, boolean or date')
  })
})

describe('writeParquet()', () => {
  const jsonl = new Map(parquetTypes.flatMap((type) => dataPaths(type.path).map((path) => [path, readData(path)] as const)))

  it('writes byte-identical files for the same lines', async () => {
    const [first, second] = [await writeParquet(jsonl), await writeParquet(jsonl)]
    expect([...first.keys()]).toEqual([...jsonl.keys()].map((path) => parquetPath(path)))
    expect(first.has('articles/00000.parquet')).toBe(true)
    for (const [path, bytes] of first) expect(Buffer.from(bytes).equals(Buffer.from(second.get(path)!))).toBe(true)
  })

  it('writes the files the build wrote', async () => {
    const written = await writeParquet(jsonl)
    for (const [path, bytes] of written) expect(Buffer.from(bytes).equals(readFileSync(`${dataDir}${path}`))).toBe(true)
  })

  it('writes the same bytes with DuckDB started ahead on a thread of its own, which stays open', async () => {
    const duckdb = startDuckDb()
    try {
      const [here, there, again] = [await writeParquet(jsonl), await writeParquet(jsonl, duckdb), await writeParquet(jsonl, duckdb)]
      expect([...there.keys()]).toEqual([...here.keys()])
      for (const [path, bytes] of here) {
        expect(Buffer.from(bytes).equals(Buffer.from(there.get(path)!))).toBe(true)
        expect(Buffer.from(bytes).equals(Buffer.from(again.get(path)!))).toBe(true)
      }
    } finally {
      await duckdb.close()
    }
  })

  it('rejects with DuckDB’s error from the thread, and runs the next statement', async () => {
    const duckdb = startDuckDb()
    try {
      await expect(duckdb.run('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/)
      await expect(duckdb.run('SELECT 1')).resolves.toBeUndefined()
    } finally {
      await duckdb.close()
    }
  })

  it('closes its thread before `close` resolves, also while DuckDB is still loading', async () => {
    // `scripts/build.mjs` exits the process as soon as the build is done: DuckDB's thread must have ended by then.
    const threads = (): number => process.getActiveResourcesInfo().filter((name) => name === 'MessagePort' || name === 'Worker').length
    const before = threads()
    const duckdb = startDuckDb()
    await duckdb.close()
    expect(threads()).toBe(before)
    const used = startDuckDb()
    await used.run('SELECT 1')
    await used.close()
    expect(threads()).toBe(before)
  })

  it('names a file that is no table', async () => {
    await expect(writeParquet(new Map([['articles.txt', '']]))).rejects.toThrow('Unexpected JSON Lines file `articles.txt`, expected a table')
  })

  it('keeps hostile text as text, and an empty table as a table with its columns', async () => {
    const hostile = '</script><b x="1">\'; DROP TABLE quotes; --\u0000\u2028'
    const mention = { articleId: 'a', paragraph: 0, start: 0, end: 4, entity: 'nato', text: hostile, role: null }
    const written = await writeParquet(new Map([['mentions/00000.jsonl', `${JSON.stringify(mention)}\n`], ['quotes/00000.jsonl', '']]))
    const folder = await mkdtemp(join(tmpdir(), 'korpus-parquet-test-'))
    try {
      await writeFile(join(folder, 'm.parquet'), written.get('mentions/00000.parquet')!)
      await writeFile(join(folder, 'q.parquet'), written.get('quotes/00000.parquet')!)
      expect(await rows(`SELECT * FROM read_parquet('${join(folder, 'm.parquet')}')`)).toEqual([mention])
      expect(await rows(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(folder, 'q.parquet')}')`)).toEqual([{ n: 0 }])
      expect((await rows(`DESCRIBE SELECT * FROM read_parquet('${join(folder, 'q.parquet')}')`)).map((column) => column.column_name)).toEqual(
        parquetColumns(parquetTypes.find((type) => type.name === 'quotes')!.schema).map((column) => column.name)
      )
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})

describe('the built Parquet files, read with DuckDB', () => {
  /** All of a table's Parquet files (a glob for a table in blocks), in file order. */
  const file = (name: string): string => `read_parquet('${dataDir}${parquetPath(parquetTypes.find((type) => type.name === name)!)}')`

  it.each(parquetTypes.map((type) => [type.name, type] as const))('`%s` has the columns of its schema, in order, with their types', async (_, type) => {
    const described = await rows(`DESCRIBE SELECT * FROM ${file(type.name)}`)
    const expected = parquetColumns(type.schema)
    expect(described.map((column) => column.column_name)).toEqual(expected.map((column) => column.name))
    // DuckDB prints struct field names without quotes where it can.
    expect(described.map((column) => String(column.column_type).replaceAll('"', ''))).toEqual(expected.map((column) => column.type.replaceAll('"', '')))
  })

  it('types dates as DATE, offsets as integers, lists as lists and records as structs', async () => {
    const types = Object.fromEntries(
      [
        ...(await rows(`DESCRIBE SELECT date, paragraphs, image FROM ${file('articles')}`)),
        ...(await rows(`DESCRIBE SELECT start, confidence FROM ${file('quotes')}`)),
        ...(await rows(`DESCRIBE SELECT roles FROM ${file('entities')}`))
      ].map((column) => [column.column_name, column.column_type])
    )
    expect(types).toEqual({
      date: 'DATE',
      paragraphs: 'STRUCT("type" VARCHAR, "text" VARCHAR)[]',
      image: 'STRUCT(caption VARCHAR, credit VARCHAR)',
      start: 'INTEGER',
      confidence: 'DOUBLE',
      roles: 'STRUCT(title VARCHAR, nouns VARCHAR[], "from" DATE, "to" DATE)[]'
    })
  })

  it('holds the records of the API, in the same order (month dates as their first day)', async () => {
    const articleRows = await rows(`SELECT * FROM ${file('articles')}`)
    expect(articleRows.length).toBe(articles.length)
    expect(articleRows).toEqual(
      articles.map((meta) => {
        const { mentions: _m, quotes: _q, ...record } = getArticle(meta.id)!
        return asParquet({ ...record })
      })
    )
    expect(await rows(`SELECT * FROM ${file('entities')}`)).toEqual(entities.map((entity) => asParquet({ ...entity })))
    expect(await rows(`SELECT * FROM ${file('mentions')}`)).toEqual(articles.flatMap((meta) => getArticle(meta.id)!.mentions.map((mention) => ({ ...mention }))))
    expect(await rows(`SELECT * FROM ${file('quotes')}`)).toEqual(quotes.map((quote) => ({ ...quote })))
  })

  it('keeps the order and number of rows of the JSON Lines', async () => {
    for (const type of parquetTypes) {
      const ids = (await rows(`SELECT * FROM ${file(type.name)}`)).map((row) => JSON.stringify([row.id, row.articleId, row.start]))
      expect(ids).toEqual(readLines(type.path).map((row) => JSON.stringify([row.id, row.articleId, row.start])))
    }
  })
})

describe('the Parquet snippets of docs/distribution.md', () => {
  it('count quotes per speaker as `quotesBy` does and articles per month as `byDate` does', async () => {
    const statements = sectionSnippet('Parquet', 'sql')
      .replaceAll("read_parquet('", `read_parquet('${dataDir}`)
      .split(';')
      .map((statement) => statement.replace(/--.*$/gm, '').trim())
      .filter(Boolean)
    const [perSpeaker, perMonth] = [await rows(statements[0]!), await rows(statements[1]!)]
    const speakers = [...new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))]
    const expected = speakers
      .map((id) => ({ id, name: getEntity(id as never).name, quotes: quotesBy(id).length }))
      .sort((a, b) => b.quotes - a.quotes || (a.id < b.id ? -1 : 1))
    expect(expected.length).toBeGreaterThan(1)
    expect(perSpeaker).toEqual(expected)
    const months = [...new Set(articles.map((article) => article.date.slice(0, 7)))].sort()
    expect(perMonth).toEqual(months.map((month) => ({ month, articles: byDate(month as never).length })))
  })
})
