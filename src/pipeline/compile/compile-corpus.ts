import { VFile } from 'vfile'
import type { Article, ArticleMeta } from '../../schema/article.js'
import type { Entity } from '../../schema/entity.js'
import type { Manifest } from '../../schema/manifest.js'
import type { Review } from '../../schema/review.js'
import type { Mention } from '../../schema/mention.js'
import type { PublishedQuote as Quote } from '../../schema/quote.js'
import { applyCorrections } from '../corrections/apply-corrections.js'
import { loadAllCorrections } from '../corrections/load-corrections.js'
import { checkReview } from '../corrections/review-status.js'
import { hasErrors, reportError } from '../diagnostics.js'
import { type Extraction, extractorVersion } from '../extract/index.js'
import { parseSource } from '../parse/parse-source.js'
import { articleParagraphs } from './article-paragraphs.js'
import { loadRegistry } from '../registry/load-registry.js'
import type { Registry } from '../registry/registry.js'
import { canonicalJson, sha256 } from '../hash.js'
import { byId, compareIds } from '../compare-ids.js'
import { compileArticle } from './compile-article.js'
import { type PreparedArticle, prepare } from './prepare-article.js'

/** The corpus as the build emits it. */
export interface CompiledCorpus {
  /** Articles sorted by date, then id. */
  articles: Article[]
  /**
   * The entities the articles reference (mention, quote or relay a quote):
   * registry entries, then provisional ones, each group sorted by id.
   */
  entities: Entity[]
  /** The whole registry, sorted by id, referenced or not (`data/registry.jsonl`). */
  registryEntries: Entity[]
  /** All mentions, in corpus order (collected on first read). */
  mentions: Mention[]
  /** All quotes, in corpus order (collected on first read). */
  quotes: Quote[]
  /** How many mentions and quotes there are, without reading them. */
  counts: { mentions: number; quotes: number }
  /** Version and hashes. */
  manifest: Manifest
}

/** Inputs of `compileCorpus`. */
export interface CompileInput {
  /** Article sources (`corpus/articles/*.md`), decoded. */
  articles: readonly VFile[]
  /** Registry files (`corpus/registry/*.yaml`), decoded. */
  registry: readonly VFile[]
  /** Corrections files (`corpus/articles/<id>.corrections.yaml`), decoded; applied after extraction. */
  corrections?: readonly VFile[] | undefined
  /** Corpus version to record (the package version). */
  version: string
  /** Today as `YYYY-MM-DD` (dates after it are refused; default: now). */
  today?: string | undefined
  /**
   * `prepare` as the build runs it: memoised by the cache, spread over worker
   * threads (default: `prepare` itself). Called once per source without a
   * fatal message; it must give what `prepare` gives, messages included.
   */
  prepare?: ((file: VFile, registry: Registry) => PreparedArticle | undefined) | undefined
  /** The registry, already loaded from `registry` (its messages on those files); loaded here when `undefined`. */
  loadedRegistry?: Registry | undefined
}

/** Result of `compileCorpus`. */
export interface CompileResult {
  /** Every file with its messages (registry files first). */
  files: VFile[]
  /** The corpus, or `undefined` when any file has an error. */
  corpus: CompiledCorpus | undefined
  /** The extractor’s output by article id, before corrections. */
  extractions: Map<string, Extraction>
  /** The loaded registry. */
  registry: Registry
}

/**
 * Compile the corpus: validate the registry and every source (all problems are
 * reported, not just the first), extract mentions and quotes, and assemble
 * articles, entities and the manifest. Pure apart from hashing: it reads
 * nothing from disk and writes nothing.
 *
 * @param input
 *   Decoded sources, registry and version.
 * @returns
 *   Files with messages, and the corpus when there are no errors.
 */
export function compileCorpus(input: CompileInput): CompileResult {
  const registry = input.loadedRegistry ?? loadRegistry(input.registry)
  const prepared = prepareArticles(input.articles, registry, input.prepare ?? ((file, registry) => prepare(file, registry, { today: input.today })))
  const corrections = loadAllCorrections(input.corrections ?? [], new Set(input.articles.map((file) => file.stem ?? '')))
  const files = [...input.registry, ...input.articles, ...(input.corrections ?? [])]
  const extractions = new Map<string, Extraction>()
  if (hasErrors(files)) return { files, corpus: undefined, extractions, registry }

  const registryIds = new Set(registry.map((entity) => entity.id))
  const articles: Article[] = []
  const discovered = new Map<string, Entity>()
  const counts = { mentions: 0, quotes: 0 }
  const reviews: [string, Review][] = []
  for (const ready of prepared.sort((a, b) => compareArticles(a.frontmatter, b.frontmatter))) {
    const { frontmatter } = ready
    extractions.set(frontmatter.id, ready.extraction)
    const correction = corrections.get(frontmatter.id)
    let article = ready.article
    let mentionCount = ready.mentionCount
    let extraction = ready.extraction
    if (correction) {
      const paragraphs = articleParagraphs(frontmatter.image, ready.paragraphs)
      extraction = { ...ready.extraction, ...applyCorrections(correction, { articleId: frontmatter.id, paragraphs }, ready.extraction, registryIds) }
      article = compileArticle(frontmatter, ready.markdown, paragraphs, extraction)
      mentionCount = extraction.mentions.length
      const review = correction.corrections?.review
      if (review) {
        checkReview(correction, article, extractorVersion)
        reviews.push([frontmatter.id, review])
      }
    }
    for (const entity of extraction.discovered) if (!discovered.has(entity.id)) discovered.set(entity.id, entity)
    articles.push(article)
    counts.mentions += mentionCount
    counts.quotes += article.quoteCount
  }

  if (hasErrors(files)) return { files, corpus: undefined, extractions, registry }
  // Only the entities the articles reference ship with the runtime; the full registry has its own file.
  const referenced = new Set(articles.flatMap((article) => article.entityIds))
  const registryEntries = [...registry].sort(byId)
  const entities = registryEntries.filter((entity) => referenced.has(entity.id)).concat([...discovered.values()].sort(byId))
  const manifest: Manifest = {
    corpusVersion: input.version,
    packageVersion: input.version,
    articles: Object.fromEntries(articles.map((article) => [article.id, article.hash])),
    entities: sha256(canonicalJson(entities)),
    // Recorded as written, outdated or not (`korpus check` warns `review-outdated`); in article order.
    reviews: Object.fromEntries(reviews)
  }
  return { files, registry, extractions, corpus: compiledCorpus(articles, entities, registryEntries, counts, manifest) }
}

/** The corpus, with the lists of all mentions and quotes collected on first read (reading them reads every article's body). */
function compiledCorpus(articles: Article[], entities: Entity[], registryEntries: Entity[], counts: CompiledCorpus['counts'], manifest: Manifest): CompiledCorpus {
  let mentions: Mention[] | undefined
  let quotes: Quote[] | undefined
  return {
    articles,
    entities,
    registryEntries,
    get mentions() {
      return (mentions ??= articles.flatMap((article) => article.mentions))
    },
    get quotes() {
      return (quotes ??= articles.flatMap((article) => article.quotes))
    },
    counts,
    manifest
  }
}

/** Prepare every source without a fatal message; the second source with an id already seen is an error. */
function prepareArticles(files: readonly VFile[], registry: Registry, run: NonNullable<CompileInput['prepare']>): PreparedArticle[] {
  const result: PreparedArticle[] = []
  const seen = new Map<string, VFile>()
  for (const file of files) {
    if (file.messages.some((message) => message.fatal)) continue
    const ready = run(file, registry)
    if (!ready) continue
    const other = seen.get(ready.frontmatter.id)
    if (other) {
      // Rare: parse the source again for the position of its id.
      reportError(file, `Unexpected duplicate article id \`${ready.frontmatter.id}\`, expected each id once (also in ${other.path})`, 'id-duplicate', {
        place: parseSource(new VFile({ path: file.path, value: file.value })).frontmatter?.placeOf(['id']),
        cause: new Error(`first used in ${other.path}`)
      })
      continue
    }
    seen.set(ready.frontmatter.id, file)
    result.push(ready)
  }
  return result
}

/** Articles sort by the first day of their date, then by id. */
export function compareArticles(a: Pick<ArticleMeta, 'date' | 'id'>, b: Pick<ArticleMeta, 'date' | 'id'>): number {
  const left = a.date.length === 7 ? `${a.date}-01` : a.date
  const right = b.date.length === 7 ? `${b.date}-01` : b.date
  return left < right ? -1 : left > right ? 1 : compareIds(a.id, b.id)
}
