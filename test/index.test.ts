import { expect, it } from 'vitest'

it('exposes the public runtime API, and nothing else', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'articles',
    'byActor',
    'byDate',
    'corpusVersion',
    'dateInterval',
    'entities',
    'foldName',
    'getArticle',
    'getEntity',
    'manifest',
    'quotes',
    'quotesBy',
    'resolveActor'
  ])
})

it('keeps corpusVersion equal to the package version', async () => {
  const { corpusVersion } = await import('../src/index.js')
  const { existsSync, readFileSync } = await import('node:fs')
  expect(corpusVersion).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version)
})

it('exposes every schema from the `/schema` entry', async () => {
  expect(Object.keys(await import('../src/schema/index.js')).sort()).toEqual([
    'AddMentionSchema',
    'AddQuoteSchema',
    'ArticleIdSchema',
    'ArticleMetaSchema',
    'ArticleSchema',
    'AttributionSchema',
    'CorpusDateSchema',
    'CorrectionsSchema',
    'CreditSchema',
    'DatePrecisionSchema',
    'DateSourceSchema',
    'DaySchema',
    'EntityIdSchema',
    'EntitySchema',
    'EntityTypeSchema',
    'FrontmatterSchema',
    'GenreSchema',
    'ImageSchema',
    'ManifestSchema',
    'MentionSchema',
    'ParagraphSchema',
    'ProvenanceSchema',
    'QuoteKindSchema',
    'QuoteSchema',
    'QuoteSpanSchema',
    'RegistryEntrySchema',
    'RemoveMentionSchema',
    'RemoveQuoteSchema',
    'ReviewCheckSchema',
    'ReviewSchema',
    'RoleSchema',
    'SetSpeakerSchema',
    'SpanSchema',
    'TitleKindSchema',
    'WikidataIdSchema',
    'daysInMonth',
    'isCalendarDate'
  ])
})

it('offers every helper but the text ones from `/catalog`, whose module graph holds no article body', async () => {
  const main = Object.keys(await import('../src/index.js'))
  const catalog = Object.keys(await import('../src/catalog.js'))
  expect(catalog.sort()).toEqual(main.filter((name) => name !== 'articles' && name !== 'getArticle').sort())
  const { existsSync, readFileSync } = await import('node:fs')
  const seen = new Set<string>()
  const visit = (path: string): void => {
    if (seen.has(path)) return
    seen.add(path)
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/^(?:import|export)\s[^'"]*?from '(\.[^']+)'/gm)) {
      // Sources are TypeScript, the generated data modules JavaScript.
      const ts = new URL(specifier!.replace(/\.js$/, '.ts'), `file://${path}`).pathname
      if (specifier!.startsWith('.')) visit(existsSync(ts) ? ts : new URL(specifier!, `file://${path}`).pathname)
    }
  }
  visit(new URL('../src/catalog.ts', import.meta.url).pathname)
  expect([...seen].some((path) => path.endsWith('generated/runtime/catalog.js'))).toBe(true)
  expect([...seen].some((path) => path.endsWith('generated/runtime/texts.js'))).toBe(false)
})
