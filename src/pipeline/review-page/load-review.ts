import { lstat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import type { VFile } from 'vfile'
import type { Frontmatter, Paragraph } from '../../schema/article.js'
import type { Corrections } from '../../schema/correction.js'
import type { Entity } from '../../schema/entity.js'
import type { AttributedQuote as Quote } from '../../schema/quote.js'
import { buildCorpus } from '../build-corpus.js'
import { extractArticle } from '../compile/prepare-article.js'
import type { CompiledCorpus } from '../compile/compile-corpus.js'
import { applyCorrections } from '../corrections/apply-corrections.js'
import { correctionsSuffix, loadCorrections } from '../corrections/load-corrections.js'
import { loadRegistryOf } from '../extract-source.js'
import { recoverStructure } from '../import/recover-structure.js'
import { readChecked } from '../load-corpus.js'
import { slugify } from '../normalize/slugify.js'
import { parseSource } from '../parse/parse-source.js'
import type { Registry } from '../registry/registry.js'
import type { ReviewArticle, ReviewEntity } from './review-data.js'

/** Result of `loadReviews`. */
export interface LoadedReviews {
  /** One review per article, in the order asked (the corpus order when none was named). */
  readonly articles: ReviewArticle[]
  /** Files with messages: the corpus build's and those of texts that could not be read. */
  readonly files: VFile[]
}

/** An error for bad input to the command (exit code 1). */
function inputError(message: string): Error {
  return Object.assign(new Error(message), { code: 'EINPUT' })
}

function toReviewEntity(entity: Entity): ReviewEntity {
  return { id: entity.id, name: entity.name, type: entity.type, wikidata: entity.wikidata, provisional: entity.provisional }
}

async function isFile(path: string): Promise<boolean> {
  const stats = await lstat(path).catch(() => undefined)
  return stats !== undefined && stats.isFile()
}

/** The corrections file beside a source (`<id>.corrections.yaml`), loaded, or `undefined`. */
async function correctionsOf(folder: string, id: string, cwd: string) {
  const path = join(folder, `${id}${correctionsSuffix}`)
  if (!(await isFile(path))) return undefined
  return loadCorrections(await readChecked(path, cwd))
}

/** Only the entities the article refers to. */
function referenced(ids: Iterable<string | null>, lookup: ReadonlyMap<string, Entity>): Map<string, ReviewEntity> {
  const entities = new Map<string, ReviewEntity>()
  for (const id of ids) {
    const entity = id === null ? undefined : lookup.get(id)
    if (entity) entities.set(entity.id, toReviewEntity(entity))
  }
  return entities
}

/** A review of an article as the corpus build compiled it (its corrections applied). */
async function corpusReview(corpus: CompiledCorpus, id: string, cwd: string): Promise<ReviewArticle> {
  const article = corpus.articles.find((item) => item.id === id)!
  const lookup = new Map(corpus.entities.map((entity) => [entity.id, entity]))
  const folder = join(cwd, 'corpus', 'articles')
  const loaded = await correctionsOf(folder, id, cwd)
  const ids = [...article.mentions.map((mention) => mention.entity), ...article.quotes.flatMap((quote) => [quote.speaker, quote.via])]
  return {
    id,
    title: article.title,
    date: article.date,
    publisher: article.publisher,
    source: relative(cwd, join(folder, `${id}.md`)),
    status: 'corpus',
    paragraphs: article.paragraphs,
    mentions: article.mentions,
    quotes: article.quotes,
    entities: referenced(ids, lookup),
    corrections: loaded ? { path: relative(cwd, join(folder, `${id}${correctionsSuffix}`)), corrections: loaded.corrections } : undefined,
    notes: []
  }
}

/**
 * A review of a text not (yet) in the corpus: a Markdown source (frontmatter
 * and body, as `korpus extract` reads it) or a raw text (its structure
 * recovered as `korpus import` does), extracted against the registry, with the
 * corrections file beside it applied when there is one.
 */
async function draftReview(path: string, registry: Registry, cwd: string, files: VFile[], notes: string[]): Promise<ReviewArticle | undefined> {
  const file = await readChecked(path, cwd)
  if (file.messages.some((message) => message.fatal)) {
    files.push(file)
    return undefined
  }
  let blocks: Paragraph[]
  let meta: Partial<Frontmatter> = {}
  if (path.endsWith('.md')) {
    const source = parseSource(file)
    meta = (source.frontmatter?.data as Partial<Frontmatter> | undefined) ?? {}
    blocks = source.paragraphs
  } else {
    const recovered = recoverStructure(String(file.value))
    meta = { date: recovered.date, image: recovered.image }
    blocks = recovered.blocks
  }
  if (file.messages.length > 0) files.push(file)
  const stem = basename(path).replace(/\.[^.]*$/, '')
  const id = typeof meta.id === 'string' && /^[a-z0-9-]+$/.test(meta.id) ? meta.id : slugify(stem, Number.POSITIVE_INFINITY) || 'article'
  // The extract step of `prepare` (a draft need not validate yet, so not `prepare` itself).
  const { paragraphs, extraction } = extractArticle(id, meta.image, blocks, registry)
  let { mentions, quotes: unnumbered, discovered } = extraction
  let corrections: ReviewArticle['corrections']
  const loaded = await correctionsOf(dirname(path), stem, cwd)
  if (loaded) {
    const corrected = applyCorrections(loaded, { articleId: id, paragraphs }, extraction, new Set(registry.map((entity) => entity.id)))
    mentions = corrected.mentions
    unnumbered = corrected.quotes
    discovered = corrected.discovered ?? discovered
    corrections = { path: relative(cwd, join(dirname(path), `${stem}${correctionsSuffix}`)), corrections: loaded.corrections as Corrections | undefined }
    if (loaded.file.messages.length > 0) files.push(loaded.file)
  }
  const quotes: Quote[] = unnumbered.map((quote, index) => ({ ...quote, id: `${id}#q${index + 1}` }))
  const lookup = new Map([...registry, ...discovered].map((entity) => [entity.id, entity]))
  const ids = [...mentions.map((mention) => mention.entity), ...quotes.flatMap((quote) => [quote.speaker, quote.via])]
  return {
    id,
    title: typeof meta.title === 'string' && meta.title !== '' ? meta.title : basename(path),
    date: typeof meta.date === 'string' ? meta.date : null,
    publisher: typeof meta.publisher === 'string' ? meta.publisher : null,
    source: relative(cwd, path),
    status: 'draft',
    paragraphs,
    mentions,
    quotes,
    entities: referenced(ids, lookup),
    corrections,
    notes
  }
}

/**
 * Gather what the review pages show: for an article id, or a source under
 * `corpus/articles/`, the article as the corpus build compiles it; for any
 * other file (a Markdown source or a raw text not in the corpus yet, or a
 * source while the corpus does not build), the extractor's output on its own.
 * With no inputs, every article of the corpus.
 *
 * @param inputs
 *   Article ids and file paths (relative to `cwd`).
 * @param options
 *   The project folder.
 * @returns
 *   The reviews, and files with messages.
 */
export async function loadReviews(inputs: readonly string[], options: { cwd: string }): Promise<LoadedReviews> {
  const { cwd } = options
  const build = await buildCorpus({ cwd, dryRun: true })
  const files = build.files.filter((file) => file.messages.length > 0)
  const corpus = build.corpus
  if (inputs.length === 0) {
    if (!corpus) throw inputError('Cannot review the corpus: it does not build (see above); fix it (`korpus check`) or name the files to review')
    return { articles: await Promise.all(corpus.articles.map((article) => corpusReview(corpus, article.id, cwd))), files }
  }
  let registry: Registry | undefined
  const articles: ReviewArticle[] = []
  for (const input of inputs) {
    const inCorpus = (id: string): boolean => corpus?.articles.some((article) => article.id === id) ?? false
    if (inCorpus(input)) {
      articles.push(await corpusReview(corpus!, input, cwd))
      continue
    }
    const path = resolve(cwd, input)
    if (!(await isFile(path))) throw inputError(`Cannot find \`${input}\`, expected an article id of the corpus or a Markdown source or raw text file`)
    const id = basename(path, '.md')
    const underCorpus = relative(join(cwd, 'corpus', 'articles'), path) === basename(path)
    if (underCorpus && path.endsWith('.md') && inCorpus(id)) {
      articles.push(await corpusReview(corpus!, id, cwd))
      continue
    }
    const notes = underCorpus && !corpus ? ['The corpus does not build (see `korpus check`): this page shows the extractor’s output on this file alone.'] : []
    registry ??= await loadRegistryOf(join(cwd, 'corpus'))
    const review = await draftReview(path, registry, cwd, files, notes)
    if (review) articles.push(review)
  }
  return { articles, files }
}
