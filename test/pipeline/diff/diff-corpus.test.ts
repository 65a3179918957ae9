import { describe, expect, it } from 'vitest'
import type { CompiledCorpus } from '../../../src/pipeline/compile/compile-corpus.js'
import { diffCorpus } from '../../../src/pipeline/diff/diff-corpus.js'
import { formatDiff } from '../../../src/pipeline/diff/format-diff.js'
import type { Article } from '../../../src/schema/article.js'
import type { Entity } from '../../../src/schema/entity.js'
import type { PublishedQuote as Quote } from '../../../src/schema/quote.js'

function entity(id: string, name: string, provisional = false): Entity {
  return { id, type: 'person', name, wikidata: null, aliases: [], roles: [], kind: null, provisional }
}

function quote(articleId: string, n: number, text: string, speaker: string | null): Quote {
  return { id: `${articleId}#q${n}`, articleId, paragraph: 0, start: 0, end: text.length, endParagraph: 0, text, spans: [{ paragraph: 0, start: 0, end: text.length }], kind: 'direct', speaker, description: null, via: null, cue: null, attribution: 'quote-cue-after', confidence: 1 }
}

function article(id: string, hash: string, quotes: Quote[], text = 'Text.'): Article {
  return {
    id,
    title: `Titel ${id}`,
    titleKind: 'editorial',
    date: id.slice(0, 10),
    datePrecision: 'day',
    dateSource: 'inferred',
    dateReason: 'Test',
    language: 'de',
    genre: 'news',
    publisher: null,
    dateline: null,
    agencies: [],
    credits: [],
    image: null,
    provenance: { file: 'raw.txt', sha256: '0'.repeat(64) },
    hash: hash.repeat(64),
    entityIds: [],
    quoteCount: quotes.length,
    markdown: text,
    paragraphs: [{ type: 'paragraph', text }],
    mentions: [],
    quotes
  }
}

function corpus(articles: Article[], entities: Entity[]): CompiledCorpus {
  const quotes = articles.flatMap((a) => a.quotes)
  return { articles, entities, registryEntries: entities, mentions: [], quotes, counts: { mentions: 0, quotes: quotes.length }, manifest: { corpusVersion: '0.0.0', articles: {}, entities: '' } as CompiledCorpus['manifest'] }
}

const a = '2021-11-01-alt'
const b = '2021-11-02-bleibt'
const c = '2021-11-03-neu'
const before = corpus(
  [article(a, '1', [quote(a, 1, 'Wir reden weiter', 'jens-stoltenberg')]), article(b, '2', [quote(b, 1, 'Keine Zugeständnisse', 'jens-stoltenberg')])],
  [entity('jens-stoltenberg', 'Jens Stoltenberg'), entity('sergej-lawrow', 'Sergej Lawrow'), entity('alte-person', 'Alte Person')]
)
const after = corpus(
  [
    article(b, '3', [quote(b, 1, 'Keine Zugeständnisse', 'sergej-lawrow')]),
    article(c, '4', [quote(c, 1, 'Die Tür bleibt offen', 'jens-stoltenberg'), quote(c, 2, 'Das sagen wir nicht', null)])
  ],
  [entity('jens-stoltenberg', 'Jens Stoltenberg'), entity('sergej-lawrow', 'Sergej Lawrow'), entity('neue-person', 'Neue Person', true)]
)

describe('diffCorpus', () => {
  it('lists articles added, changed (with the part) and removed, entities, and quotes per speaker', () => {
    const diff = diffCorpus(before, after)
    expect(diff.added.map((x) => x.id)).toEqual([c])
    expect(diff.removed.map((x) => x.id)).toEqual([a])
    expect(diff.changed).toEqual([{ id: b, title: `Titel ${b}`, date: '2021-11-02', parts: ['quotes'] }])
    expect(diff.entitiesAdded.map((e) => e.id)).toEqual(['neue-person'])
    expect(diff.entitiesRemoved.map((e) => e.id)).toEqual(['alte-person'])
    expect(diff.speakers.map((s) => [s.speaker, s.before, s.after, s.added.length, s.removed.length])).toEqual([
      ['jens-stoltenberg', 2, 1, 1, 2],
      ['sergej-lawrow', 0, 1, 1, 0],
      [null, 0, 1, 1, 0]
    ])
  })

  it('sees no change when quotes are only renumbered', () => {
    const renumbered = corpus([article(a, '1', [quote(a, 7, 'Wir reden weiter', 'jens-stoltenberg')]), before.articles[1]!], before.entities)
    const diff = diffCorpus(before, renumbered)
    expect(diff.speakers).toEqual([])
    expect(formatDiff(diff, 'HEAD')).toBe('## Corpus changes against `HEAD`\n\n2 articles, 3 entities, 0 mentions, 2 quotes.\n\nNo changes.\n')
  })

  it('formats the diff as Markdown for a pull request', () => {
    expect(formatDiff(diffCorpus(before, after), 'origin/main')).toBe(
      [
        '## Corpus changes against `origin/main`',
        '',
        '2 articles, 3 entities, 0 mentions, 3 quotes (+1).',
        '',
        '### Articles',
        '',
        '- added `2021-11-03-neu`: Titel 2021-11-03-neu (2021-11-03)',
        '- changed `2021-11-02-bleibt`: quotes',
        '- removed `2021-11-01-alt`: Titel 2021-11-01-alt (2021-11-01)',
        '',
        '### Entities',
        '',
        '- added `neue-person`: Neue Person (person, provisional: not in the registry)',
        '- removed `alte-person`: Alte Person (person)',
        '',
        '### Quotes per speaker',
        '',
        '| Speaker | Before | After | Added | Removed |',
        '|---|---:|---:|---:|---:|',
        '| Jens Stoltenberg (`jens-stoltenberg`) | 2 | 1 | +1 | −2 |',
        '| Sergej Lawrow (`sergej-lawrow`) | 0 | 1 | +1 | −0 |',
        '| (unnamed) | 0 | 1 | +1 | −0 |',
        '',
        '- \\+ Jens Stoltenberg: „Die Tür bleibt offen“ (`2021-11-03-neu#q1`)',
        '- − Jens Stoltenberg: „Wir reden weiter“ (`2021-11-01-alt#q1`)',
        '- − Jens Stoltenberg: „Keine Zugeständnisse“ (`2021-11-02-bleibt#q1`)',
        '- \\+ Sergej Lawrow: „Keine Zugeständnisse“ (`2021-11-02-bleibt#q1`)',
        '- \\+ (unnamed): „Das sagen wir nicht“ (`2021-11-03-neu#q2`)',
        ''
      ].join('\n')
    )
  })
})
