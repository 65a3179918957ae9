import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { articles, corpusVersion, entities, quotes } from '../../src/index.js'
import { markdownSection } from '../../src/pipeline/emit/dataset-card.js'
import { parquetColumns, parquetPath, parquetTypes } from '../../src/pipeline/emit/parquet.js'
import { dataDir, dataPaths, readData } from './read-data.js'

const root = new URL('../../', import.meta.url)
const card = readData('README.md')
const [, header = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(card) ?? []
const meta = parse(header) as { license: string; language: string[]; configs: Array<{ config_name: string; default?: boolean; data_files: Array<{ split: string; path: string }> }> }

describe('the dataset card (data/README.md)', () => {
  it('has the YAML header dataset hubs read: licence, language, one config per Parquet and per JSON Lines file', () => {
    expect(meta.license).toBe('mit')
    expect(meta.language).toEqual(['de'])
    const paths = meta.configs.flatMap((config) => config.data_files.map((file) => file.path))
    expect(paths.sort()).toEqual([...parquetTypes.map(parquetPath), ...parquetTypes.map((type) => type.path)].sort())
    // A table in blocks is a glob (`articles/*.parquet`), which dataset hubs read as every block.
    for (const path of paths) expect(dataPaths(path).filter((file) => existsSync(`${dataDir}${file}`)).length, path).toBeGreaterThanOrEqual(1)
    expect(meta.configs.filter((config) => config.default).map((config) => config.config_name)).toEqual(['articles'])
    expect(new Set(meta.configs.map((config) => config.config_name)).size).toBe(meta.configs.length)
  })

  it('gives the version, the row counts and every column of every table with its Parquet type', () => {
    expect(body).toContain(`# NATO–Russland-Korpus ${corpusVersion}`)
    expect(body).toContain(`This folder holds ${articles.length} articles, ${entities.length} entities`)
    expect(body).toContain(`### \`quotes\` (${quotes.length} rows)`)
    for (const type of parquetTypes) {
      for (const column of parquetColumns(type.schema)) expect(body).toContain(`| \`${column.name}\` | \`${column.type.replaceAll('|', '\\|')}\` |`)
    }
  })

  it('quotes the measured scores and known limits of docs/extraction.md as they stand', () => {
    const doc = readFileSync(new URL('docs/extraction.md', root), 'utf8')
    const scores = markdownSection(doc, 'Measured scores')!
    expect(scores).toMatch(/\| quotes\.attribution \| [\d.]+ \|/)
    expect(body).toContain(`## Measured quality of the extractor\n\n${scores}\n`)
    expect(body).toContain(`## Known limits of the extractor\n\n${markdownSection(doc, 'Known limits')!}\n`)
    expect(body).toMatch(/## Limitations of the data\n/)
  })
})

describe('markdownSection()', () => {
  it('takes a section up to the next `## ` heading and moves its headings one level down', () => {
    expect(markdownSection('# T\n\n## A\n\none\n\n### Sub\n\ntwo\n\n## B\n\nthree\n', 'A')).toBe('one\n\n#### Sub\n\ntwo')
    expect(markdownSection('## B\n\nthree', 'B')).toBe('three')
    expect(markdownSection('## B\n', 'A')).toBeUndefined()
  })
})

describe('CITATION.cff', () => {
  const citation = parse(readFileSync(new URL('CITATION.cff', root), 'utf8')) as Record<string, unknown>
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string; license: string }

  it('is CFF 1.2.0 with the required keys (message, title, authors), the package version and licence', () => {
    expect(citation['cff-version']).toBe('1.2.0')
    expect(typeof citation.message).toBe('string')
    expect(typeof citation.title).toBe('string')
    const authors = citation.authors as Array<Record<string, unknown>>
    expect(authors.length).toBeGreaterThan(0)
    // A CFF author is a person (`family-names` or `given-names`) or an entity (`name`).
    for (const author of authors) expect(typeof (author.name ?? author['family-names'] ?? author['given-names'])).toBe('string')
    expect(citation.version).toBe(pkg.version)
    expect(citation.license).toBe(pkg.license)
    expect(citation.type).toBe('dataset')
    expect(String(citation['repository-code'])).toMatch(/^https:\/\//)
  })

  it('uses only keys of the CFF 1.2.0 schema', () => {
    const keys = ['abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license', 'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code', 'title', 'type', 'url', 'version']
    expect(Object.keys(citation).filter((key) => !keys.includes(key))).toEqual([])
  })
})
