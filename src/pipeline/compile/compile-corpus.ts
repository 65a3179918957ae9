import type { VFile } from 'vfile'
import type { Article, ArticleMeta, Frontmatter, Paragraph } from '../../schema/article.js'
import type { Entity } from '../../schema/entity.js'
import type { Manifest } from '../../schema/manifest.js'
import type { Mention } from '../../schema/mention.js'
import type { PublishedQuote as Quote } from '../../schema/quote.js'
import { applyCorrections } from '../corrections/apply-corrections.js'
import { loadAllCorrections } from '../corrections/load-corrections.js'
import { hasErrors, reportError } from '../diagnostics.js'
import { type Extraction, extract } from '../extract/index.js'
import { parseSource } from '../parse/parse-source.js'
import { articleParagraphs } from './article-paragraphs.js'
import { loadRegistry } from '../registry/load-registry.js'
import type { Registry } from '../registry/registry.js'
import { validateBody } from '../validate/validate-body.js'
import { validateFrontmatter } from '../validate/validate-frontmatter.js'
import { canonicalJson, sha256 } from '../hash.js'
import type { ArticleLines } from '../emit/article-lines.js'
import type { Encoded } from '../emit/bytes.js'
import type { ArticleModuleEntries } from '../emit/runtime-modules.js'
import { type ArticleBody, compileArticle, precompiledArticle } from './compile-article.js'

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
   * Extraction to reuse for an article instead of running the extractor
   * (the build’s cache and worker threads); called with the article id.
   */
  cached?: ((articleId: string) => Extraction | undefined) | undefined
  /**
   * Content hash and serialized forms of an article compiled from exactly the
   * `cached` extraction (the build’s cache and worker threads); used only when
   * no corrections apply to the article.
   */
  precompiled?: ((articleId: string) => PrecompiledArticle | undefined) | undefined
  /**
   * A source already parsed and validated without any message (the build’s
   * cache and worker threads); `undefined` to parse and validate it here.
   * Its `markdown` and `paragraphs` are read only when needed.
   */
  prepared?: ((file: VFile) => ({ frontmatter: Frontmatter } & ArticleBody) | undefined) | undefined
  /** The registry, already loaded from `registry` (its messages on those files); loaded here when `undefined`. */
  loadedRegistry?: Registry | undefined
}

/** What the build computed for an article before `compileCorpus`: see `CompileInput.precompiled`. */
export interface PrecompiledArticle {
  /** Content hash (`Article.hash`). */
  hash: string
  /** `Article.entityIds`. */
  entityIds: string[]
  /** `Article.quoteCount`. */
  quoteCount: number
  /** How many mentions the article has. */
  mentionCount: number
  /** The article’s lines of the data files, as UTF-8. */
  lines: Encoded<ArticleLines>
  /** The article’s entries in the runtime modules, as UTF-8. */
  modules: Encoded<ArticleModuleEntries>
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
  /** The articles that came precompiled and had no corrections, by article id (the emit serializes the others). */
  precompiled: Map<string, PrecompiledArticle>
}

/** One article after validation, before extraction. */
export interface ValidatedArticle {
  file: VFile
  frontmatter: Frontmatter
  /** Its body (from `prepared`, read only when needed). */
  body: ArticleBody
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
  const validated = validateArticles(input.articles, input.today, input.prepared)
  const corrections = loadAllCorrections(input.corrections ?? [], new Set(input.articles.map((file) => file.stem ?? '')))
  const files = [...input.registry, ...input.articles, ...(input.corrections ?? [])]
  const extractions = new Map<string, Extraction>()
  const precompiledArticles = new Map<string, PrecompiledArticle>()
  if (hasErrors(files)) return { files, corpus: undefined, extractions, registry, precompiled: precompiledArticles }

  const registryIds = new Set(registry.map((entity) => entity.id))
  const articles: Article[] = []
  const discovered = new Map<string, Entity>()
  const counts = { mentions: 0, quotes: 0 }
  for (const { frontmatter, body } of validated.sort((a, b) => compareArticles(a.frontmatter, b.frontmatter))) {
    let paragraphs: Paragraph[] | undefined
    const blocks = (): Paragraph[] => (paragraphs ??= articleParagraphs(frontmatter.image, body.paragraphs))
    const extracted = input.cached?.(frontmatter.id) ?? extract({ articleId: frontmatter.id, paragraphs: blocks() }, registry)
    extractions.set(frontmatter.id, extracted)
    const correction = corrections.get(frontmatter.id)
    const extraction = correction ? { ...extracted, ...applyCorrections(correction, { articleId: frontmatter.id, paragraphs: blocks() }, extracted, registryIds) } : extracted
    for (const entity of extraction.discovered) if (!discovered.has(entity.id)) discovered.set(entity.id, entity)
    const precompiled = correction ? undefined : input.precompiled?.(frontmatter.id)
    if (precompiled) {
      // Body, mentions and quotes stay unread: the emit takes the serialized forms as they are.
      articles.push(precompiledArticle(frontmatter, body, extraction, precompiled))
      precompiledArticles.set(frontmatter.id, precompiled)
      counts.mentions += precompiled.mentionCount
    } else {
      articles.push(compileArticle(frontmatter, body.markdown, blocks(), extraction))
      counts.mentions += extraction.mentions.length
    }
    counts.quotes += articles.at(-1)!.quoteCount
  }

  if (hasErrors(files)) return { files, corpus: undefined, extractions, registry, precompiled: precompiledArticles }
  // Only the entities the articles reference ship with the runtime; the full registry has its own file.
  const referenced = new Set(articles.flatMap((article) => article.entityIds))
  const registryEntries = [...registry].sort(byId)
  const entities = registryEntries.filter((entity) => referenced.has(entity.id)).concat([...discovered.values()].sort(byId))
  const manifest: Manifest = {
    corpusVersion: input.version,
    packageVersion: input.version,
    articles: Object.fromEntries(articles.map((article) => [article.id, article.hash])),
    entities: sha256(canonicalJson(entities))
  }
  return {
    files,
    registry,
    extractions,
    precompiled: precompiledArticles,
    corpus: compiledCorpus(articles, entities, registryEntries, counts, manifest)
  }
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

function validateArticles(files: readonly VFile[], today: string | undefined, prepare: CompileInput['prepared']): ValidatedArticle[] {
  const result: ValidatedArticle[] = []
  const seen = new Map<string, VFile>()
  for (const file of files) {
    if (file.messages.some((message) => message.fatal)) continue
    const ready = prepare?.(file)
    if (ready && !seen.has(ready.frontmatter.id)) {
      seen.set(ready.frontmatter.id, file)
      result.push({ file, frontmatter: ready.frontmatter, body: ready })
      continue
    }
    const source = parseSource(file)
    const frontmatter = source.frontmatter ? validateFrontmatter(file, source.frontmatter, { today }) : undefined
    const bodyOk = validateBody(source)
    if (!frontmatter || !bodyOk) continue
    const other = seen.get(frontmatter.id)
    if (other) {
      reportError(file, `Unexpected duplicate article id \`${frontmatter.id}\`, expected each id once (also in ${other.path})`, 'id-duplicate', {
        place: source.frontmatter!.placeOf(['id']),
        cause: new Error(`first used in ${other.path}`)
      })
      continue
    }
    seen.set(frontmatter.id, file)
    result.push({ file, frontmatter, body: { markdown: source.markdown, paragraphs: source.paragraphs } })
  }
  return result
}

/** Articles sort by the first day of their date, then by id. */
export function compareArticles(a: Pick<ArticleMeta, 'date' | 'id'>, b: Pick<ArticleMeta, 'date' | 'id'>): number {
  const left = a.date.length === 7 ? `${a.date}-01` : a.date
  const right = b.date.length === 7 ? `${b.date}-01` : b.date
  return left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
