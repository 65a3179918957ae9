import type { Article } from '../../schema/article.js'
import type { Entity } from '../../schema/entity.js'
import type { PublishedQuote as Quote } from '../../schema/quote.js'
import type { CompiledCorpus } from '../compile/compile-corpus.js'

/** What changed in an article. */
export type ArticlePart = 'metadata' | 'text' | 'mentions' | 'quotes'

/** An article in a diff. */
export interface ArticleSummary {
  /** Article id. */
  id: string
  /** Headline. */
  title: string
  /** Publication date. */
  date: string
}

/** The quotes of one speaker, before and after. */
export interface SpeakerChange {
  /** Entity id, or `null` for unnamed sources. */
  speaker: string | null
  /** Display name (the entity’s name, or `(unnamed)`). */
  name: string
  /** Quotes at the ref. */
  before: number
  /** Quotes now. */
  after: number
  /** Quotes that are new (by article, text and speaker). */
  added: Quote[]
  /** Quotes that are gone. */
  removed: Quote[]
}

/** What a corpus gains and loses against another. */
export interface CorpusDiff {
  /** Articles only in the new corpus. */
  added: ArticleSummary[]
  /** Articles only in the old corpus. */
  removed: ArticleSummary[]
  /** Articles in both whose hash differs, with what changed. */
  changed: Array<ArticleSummary & { parts: ArticlePart[] }>
  /** Entities only in the new corpus (registry and provisional). */
  entitiesAdded: Entity[]
  /** Entities only in the old corpus. */
  entitiesRemoved: Entity[]
  /** Speakers whose quotes changed: most added first, then most removed, unnamed sources last, then by name. */
  speakers: SpeakerChange[]
  /** Totals before and after. */
  totals: Record<'articles' | 'entities' | 'mentions' | 'quotes', { before: number; after: number }>
}

/**
 * Compare two compiled corpora: articles added, removed and changed (and in
 * which part), entities added and removed, and quotes per speaker. Quotes are
 * matched by article, text and speaker, so renumbering is no change and a
 * corrected speaker shows as one quote moving from one speaker to another.
 *
 * @param before
 *   The corpus at the ref.
 * @param after
 *   The corpus now.
 * @returns
 *   The differences.
 */
export function diffCorpus(before: CompiledCorpus, after: CompiledCorpus): CorpusDiff {
  const old = new Map(before.articles.map((article) => [article.id, article]))
  const now = new Map(after.articles.map((article) => [article.id, article]))
  const changed: CorpusDiff['changed'] = []
  for (const article of after.articles) {
    const previous = old.get(article.id)
    if (previous && previous.hash !== article.hash) changed.push({ ...summary(article), parts: parts(previous, article) })
  }

  const oldEntities = new Map(before.entities.map((entity) => [entity.id, entity]))
  const newEntities = new Map(after.entities.map((entity) => [entity.id, entity]))
  const name = (id: string | null): string => (id === null ? '(unnamed)' : (newEntities.get(id) ?? oldEntities.get(id))?.name ?? id)

  const key = (quote: Quote): string => JSON.stringify([quote.articleId, quote.text, quote.speaker])
  const oldKeys = new Set(before.quotes.map(key))
  const newKeys = new Set(after.quotes.map(key))
  const speakers = new Map<string | null, SpeakerChange>()
  const speaker = (id: string | null): SpeakerChange => {
    let change = speakers.get(id)
    if (!change) speakers.set(id, (change = { speaker: id, name: name(id), before: 0, after: 0, added: [], removed: [] }))
    return change
  }
  for (const quote of before.quotes) {
    speaker(quote.speaker).before++
    if (!newKeys.has(key(quote))) speaker(quote.speaker).removed.push(quote)
  }
  for (const quote of after.quotes) {
    speaker(quote.speaker).after++
    if (!oldKeys.has(key(quote))) speaker(quote.speaker).added.push(quote)
  }

  return {
    added: after.articles.filter((article) => !old.has(article.id)).map(summary),
    removed: before.articles.filter((article) => !now.has(article.id)).map(summary),
    changed,
    entitiesAdded: after.entities.filter((entity) => !oldEntities.has(entity.id)),
    entitiesRemoved: before.entities.filter((entity) => !newEntities.has(entity.id)),
    speakers: [...speakers.values()]
      .filter((change) => change.added.length > 0 || change.removed.length > 0)
      .sort((a, b) => b.added.length - a.added.length || b.removed.length - a.removed.length || Number(a.speaker === null) - Number(b.speaker === null) || a.name.localeCompare(b.name, 'de')),
    totals: {
      articles: { before: before.articles.length, after: after.articles.length },
      entities: { before: before.entities.length, after: after.entities.length },
      mentions: { before: before.mentions.length, after: after.mentions.length },
      quotes: { before: before.quotes.length, after: after.quotes.length }
    }
  }
}

function summary(article: Article): ArticleSummary {
  return { id: article.id, title: article.title, date: article.date }
}

function parts(before: Article, after: Article): ArticlePart[] {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)
  const meta = (article: Article): unknown => {
    const { hash, entityIds, quoteCount, markdown, paragraphs, mentions, quotes, ...rest } = article
    return rest
  }
  const result: ArticlePart[] = []
  if (!same(meta(before), meta(after))) result.push('metadata')
  if (before.markdown !== after.markdown) result.push('text')
  if (!same(before.mentions, after.mentions)) result.push('mentions')
  if (!same(before.quotes, after.quotes)) result.push('quotes')
  return result
}
