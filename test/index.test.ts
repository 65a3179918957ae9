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
  const { readFileSync } = await import('node:fs')
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
    'RegistryEntrySchema',
    'RemoveMentionSchema',
    'RemoveQuoteSchema',
    'RoleSchema',
    'SetSpeakerSchema',
    'SpanSchema',
    'TitleKindSchema',
    'WikidataIdSchema',
    'daysInMonth',
    'isCalendarDate'
  ])
})
