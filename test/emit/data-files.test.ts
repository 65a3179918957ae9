import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Ajv } from 'ajv'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { encodeFields, type OutputContent } from '../../src/pipeline/emit/bytes.js'
import { contentBytes } from './content-bytes.js'
import { dataFiles } from '../../src/pipeline/emit/data-files.js'
import { recordTypes } from '../../src/pipeline/emit/record-schemas.js'
import { parquetPath, parquetTypes } from '../../src/pipeline/emit/parquet.js'
import { compareArticles } from '../../src/pipeline/compile/compile-corpus.js'
import { articles, entities, manifest, quotes } from '../../src/index.js'
import profile from './datapackage-v2-profile.json' with { type: 'json' }
import { dataDir, dataPaths, readData, readLines } from './read-data.js'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string }
const datapackage = JSON.parse(readData('datapackage.json')) as { name: string; version: string; resources: Array<Record<string, unknown>> }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
}

describe('JSON Lines', () => {
  it.each(recordTypes.filter((type) => type.path.endsWith('.jsonl')).map((type) => [type.path, type] as const))(
    '`%s`: every line satisfies the valibot schema and the generated JSON Schema, with fields in schema order',
    (path, type) => {
      const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(readData(type.schemaPath)))
      const keys = Object.keys((type.schema as unknown as { entries: object }).entries)
      const lines = readLines(path)
      expect(lines.length).toBeGreaterThan(0)
      for (const record of lines) {
        expect(v.safeParse(type.schema, record).issues).toBeUndefined()
        expect(validate(record) ? [] : validate.errors).toEqual([])
        expect(Object.keys(record)).toEqual(keys)
      }
    }
  )

  it('holds what the runtime holds, in the same order', () => {
    expect(readLines('articles/*.jsonl').map((article) => article.id)).toEqual(articles.map((article) => article.id))
    expect(readLines('articles/*.jsonl').map((article) => article.paragraphs)).toEqual(articles.map((article) => article.paragraphs))
    expect(readLines('entities.jsonl').map((entity) => entity.id)).toEqual(entities.map((entity) => entity.id))
    expect(readLines('quotes/*.jsonl')).toEqual(quotes.map((quote) => ({ ...quote })))
    expect(readLines('mentions/*.jsonl')).toEqual(articles.flatMap((article) => article.mentions.map((mention) => ({ ...mention }))))
  })

  it('sorts articles by date, then id', () => {
    const lines = readLines('articles/*.jsonl') as Array<{ id: string; date: string }>
    expect([...lines].sort(compareArticles)).toEqual(lines)
  })
})

describe('manifest', () => {
  it('is the runtime manifest, with corpusVersion and packageVersion equal to the package version', () => {
    const file = JSON.parse(readData('manifest.json')) as typeof manifest
    expect(file).toEqual(manifest)
    expect(file.corpusVersion).toBe(pkg.version)
    expect(file.packageVersion).toBe(pkg.version)
    expect(datapackage.version).toBe(pkg.version)
  })

  it('has the hash of every article, the same as the article record', () => {
    const lines = readLines('articles/*.jsonl') as Array<{ id: string; hash: string }>
    expect(manifest.articles).toEqual(Object.fromEntries(lines.map((article) => [article.id, article.hash])))
  })
})

describe('datapackage.json', () => {
  it('satisfies the Data Package v2 profile, with unique resource names', () => {
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(profile)
    expect(validate(datapackage) ? [] : validate.errors).toEqual([])
    const names = datapackage.resources.map((resource) => resource.name)
    expect(new Set(names).size).toBe(names.length)
    expect(datapackage.name).toBe(pkg.name)
  })

  it('describes every data file with its size, `sha256:` hash and an existing JSON Schema, a table in blocks by the list of its blocks', () => {
    const paths = [...recordTypes.map((type) => type.path), ...parquetTypes.map(parquetPath)]
    expect(datapackage.resources.map((resource) => (Array.isArray(resource.path) ? resource.path : [resource.path]))).toEqual(paths.map(dataPaths))
    for (const resource of datapackage.resources) {
      expect(JSON.parse(readData(resource.jsonSchema as string)).$schema).toBe('http://json-schema.org/draft-07/schema#')
      if (Array.isArray(resource.path)) {
        // A multipart resource: every block exists and their sizes add up; their hashes are in SHA256SUMS.
        expect(resource.path).toEqual(dataPaths(resource.path[0].replace(/\d+\./, '*.')))
        expect(resource.bytes).toBe(resource.path.reduce((sum: number, part: string) => sum + readFileSync(join(dataDir, part)).byteLength, 0))
        expect(resource.hash).toBeUndefined()
        continue
      }
      const bytes = readFileSync(join(dataDir, resource.path as string))
      expect(resource.bytes).toBe(bytes.byteLength)
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`)
    }
  })
})

describe('SHA256SUMS', () => {
  it('lists every other file of the data folder', () => {
    const listed = readData('SHA256SUMS')
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(66))
    const present = files(dataDir)
      .map((file) => relative(dataDir, file))
      .filter((file) => file !== 'SHA256SUMS')
      .sort()
    expect(listed).toEqual(present)
  })

  it('is accepted by `sha256sum -c`', () => {
    const output = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dataDir, encoding: 'utf8' })
    expect(output.trimEnd().split('\n').every((line) => line.endsWith(': OK'))).toBe(true)
  })
})

/** A file's content as text. */
function text(content: OutputContent | undefined): string {
  return new TextDecoder().decode(contentBytes(content!))
}

describe('dataFiles()', () => {
  // A real article record with its keys reversed, and one mention of it with keys in another order.
  const record = readLines('articles/*.jsonl')[0] as Record<string, unknown>
  const mention = { text: 'Nato', entity: 'nato', role: null, end: 4, start: 0, paragraph: 0, articleId: record.id }
  const article = Object.fromEntries([...Object.entries(record).reverse(), ['quotes', []], ['mentions', [mention]]])
  const corpus = {
    articles: [article],
    entities: [{ provisional: false, kind: null, roles: [], aliases: [], wikidata: null, name: 'NATO', type: 'organization', id: 'nato' }],
    registryEntries: [{ provisional: false, kind: null, roles: [], aliases: [], wikidata: null, name: 'NATO', type: 'organization', id: 'nato' }],
    mentions: [mention],
    quotes: [],
    manifest: { entities: 'a'.repeat(64), articles: {}, packageVersion: '1.2.3', corpusVersion: '1.2.3' }
  } as never

  it('writes fields in schema order whatever order the records have', () => {
    const output = dataFiles(corpus)
    expect(output.get('data/entities.jsonl')).toBe('{"id":"nato","type":"organization","name":"NATO","wikidata":null,"aliases":[],"roles":[],"kind":null,"provisional":false}\n')
    expect(text(output.get('data/articles/00000.jsonl'))).toBe(`${JSON.stringify(record)}\n`)
    expect(Object.keys(JSON.parse(text(output.get('data/mentions/00000.jsonl'))))).toEqual(['articleId', 'paragraph', 'start', 'end', 'entity', 'text', 'role'])
    expect(Object.keys(JSON.parse(text(output.get('data/manifest.json'))))).toEqual(['corpusVersion', 'packageVersion', 'articles', 'entities'])
  })

  it('takes the lines of articles already serialized instead of serializing them again', () => {
    const lines = encodeFields({ article: 'A\n', mentions: 'M\n', quotes: 'Q\n' })
    const output = dataFiles(corpus, new Map([[record.hash as string, lines]]))
    expect(['articles', 'mentions', 'quotes'].map((name) => text(output.get(`data/${name}/00000.jsonl`)))).toEqual(['A\n', 'M\n', 'Q\n'])
    expect(text(output.get('data/SHA256SUMS'))).toContain(`${createHash('sha256').update('A\n').digest('hex')}  articles/00000.jsonl\n`)
  })

  it('gives byte-identical output for the same corpus', () => {
    expect([...dataFiles(corpus)]).toEqual([...dataFiles(corpus)])
  })
})
