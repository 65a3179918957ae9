import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { synthCorpusDir } from '../fixtures/synth-project.js'
import { type SynthRuntime, synthRuntime } from '../fixtures/synth-runtime.js'

// The query helpers on the synthetic fixture corpus (12 articles, frozen; its
// ids are not the seeds', so `EntityId`/`ArticleId` are compared as strings):
// every expected result comes from the fixture's sources, so a new article in
// corpus/ changes none of them.
const articlesDir = join(synthCorpusDir, 'articles')
const sources = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(articlesDir, name), 'utf8')
    const field = (key: string): string => new RegExp(`^${key}: (.*)$`, 'm').exec(text)![1]!
    return { id: field('id'), date: field('date'), genre: field('genre'), body: text.slice(text.indexOf('\n---\n', 4) + 5) }
  })
const idsWhere = (accept: (source: (typeof sources)[number]) => boolean): string[] => sources.filter(accept).map((source) => source.id)

let synth: SynthRuntime
let runtime: SynthRuntime['runtime']
beforeAll(async () => {
  synth = await synthRuntime()
  runtime = synth.runtime
}, 120_000)
afterAll(() => synth?.remove())

it('serves the fixture’s twelve articles', () => {
  expect(sources).toHaveLength(12)
  expect(runtime.articles.map((article) => article.id).sort()).toEqual(sources.map((source) => source.id))
})

describe('byDate', () => {
  it('gives the articles of a year, sorted by date', () => {
    const found = runtime.byDate('2019').map((article) => article.id)
    expect(found).toEqual(idsWhere((source) => source.date.startsWith('2019')))
    expect(found).toHaveLength(3)
  })

  it('matches a month-dated article from any day of its month, and only it', () => {
    expect(runtime.byDate('2019-11-15').map((article) => article.id)).toEqual(idsWhere((source) => source.date === '2019-11'))
    expect(runtime.byDate('2017-06-30').map((article) => article.id)).toEqual(idsWhere((source) => source.date === '2017-06'))
  })

  it('takes open and closed ranges', () => {
    expect(runtime.byDate({ from: '2022-01-01' }).map((article) => article.id)).toEqual(idsWhere((source) => source.date >= '2022'))
    expect(runtime.byDate({ to: '2014-12-31' }).map((article) => article.id)).toEqual(idsWhere((source) => source.date < '2015'))
    expect(runtime.byDate({ from: '2018-03-09', to: '2018-07-19' }).map((article) => article.id)).toEqual(idsWhere((source) => source.date.startsWith('2018')))
    expect(runtime.byDate({})).toHaveLength(12)
  })

  it('returns an empty array for a date without articles', () => {
    expect(runtime.byDate('2016')).toEqual([])
    expect(runtime.byDate('2019-10')).toEqual([])
  })
})

describe('getArticle', () => {
  it('gives each source’s metadata and body', () => {
    for (const source of sources) {
      const article = runtime.getArticle(source.id)
      expect(article?.date).toBe(source.date)
      expect(article?.genre).toBe(source.genre)
      expect(source.body).toContain(article!.paragraphs.at(-1)!.text.slice(0, 40))
    }
  })

  it('points every mention and quote span into the paragraphs', () => {
    const mentions = runtime.articles.flatMap((article) => article.mentions.map((mention) => ({ article, mention })))
    expect(mentions.length).toBeGreaterThan(100)
    for (const { article, mention } of mentions) expect(article.paragraphs[mention.paragraph]!.text.slice(mention.start, mention.end)).toBe(mention.text)
    const quotes = runtime.articles.flatMap((article) => article.quotes.map((quote) => ({ article, quote })))
    expect(quotes).toHaveLength(runtime.quotes.length)
    for (const { article, quote } of quotes) {
      expect(quote.spans.map((span) => article.paragraphs[span.paragraph]!.text.slice(span.start, span.end)).join(' ')).toBe(quote.text)
    }
  })

  it('returns undefined for an id not in the fixture', () => {
    expect(runtime.getArticle('2021-10-putins-bruch-mit-der-nato')).toBeUndefined()
  })
})

describe('byActor and resolveActor', () => {
  it('finds a person in exactly the articles that name them', () => {
    expect(runtime.byActor('Nancy Pelosi').map((article) => article.id)).toEqual(idsWhere((source) => source.body.includes('Pelosi')))
    expect(runtime.byActor('Stoltenberg').map((article) => article.id)).toEqual(idsWhere((source) => source.body.includes('Stoltenberg')))
    expect(runtime.byActor('Karolina Wendrich').map((article) => article.id)).toEqual(idsWhere((source) => source.body.includes('Karolina Wendrich')))
    expect(runtime.byActor('Karolina Wendrich')).toHaveLength(2)
  })

  it('resolves case, diacritics, ids and Wikidata ids to the same entity', () => {
    expect(runtime.resolveActor('Nancy Pelosi')).toEqual(['nancy-pelosi'])
    expect(runtime.resolveActor('NANCY PELOSI')).toEqual(['nancy-pelosi'])
    expect(runtime.resolveActor('nancy-pelosi')).toEqual(['nancy-pelosi'])
    // Q170581 is Pelosi's Wikidata id in the fixture's registry.
    expect(runtime.resolveActor('Q170581')).toEqual(['nancy-pelosi'])
    expect(runtime.resolveActor('Ingrida Simonyte')).toEqual(['ingrida-simonyte'])
  })

  it('returns an empty array for a name the fixture does not know', () => {
    expect(runtime.byActor('Sergej Lawrow')).toEqual([])
    expect(runtime.resolveActor('')).toEqual([])
  })
})

describe('quotesBy', () => {
  it('gives a speaker’s quotes from the articles that name them, in corpus order', () => {
    const found = runtime.quotesBy('Nancy Pelosi')
    expect(found.map((quote) => quote.id)).toEqual(runtime.quotes.filter((quote) => (quote.speaker as string | null) === 'nancy-pelosi').map((quote) => quote.id))
    expect(found.length).toBeGreaterThan(3)
    const articleIds = new Set(runtime.byActor('Nancy Pelosi').map((article) => article.id))
    expect(found.filter((quote) => !articleIds.has(quote.articleId))).toEqual([])
  })

  it('filters by kind, the kinds together giving all quotes', () => {
    const all = runtime.quotesBy('Wolodymyr Selenskyj')
    const byKind = (['direct', 'indirect', 'mixed'] as const).map((kind) => runtime.quotesBy('Wolodymyr Selenskyj', { kind }))
    expect(byKind.map((list) => list.length > 0)).toEqual([true, true, true])
    expect(byKind.map((list, index) => list.filter((quote) => quote.kind !== ['direct', 'indirect', 'mixed'][index]))).toEqual([[], [], []])
    expect(byKind.flat().map((quote) => quote.id).sort()).toEqual(all.map((quote) => quote.id).sort())
  })

  it('returns an empty array for a name the fixture does not know', () => {
    expect(runtime.quotesBy('Sergej Lawrow')).toEqual([])
  })
})
