import type { VFile } from 'vfile'
import type { Article, Frontmatter, Genre, Paragraph } from '../../schema/article.js'
import { type Extraction, extract } from '../extract/index.js'
import { parseSource } from '../parse/parse-source.js'
import type { Registry } from '../registry/registry.js'
import type { StageTimes } from '../stage-times.js'
import { validateBody } from '../validate/validate-body.js'
import { validateFrontmatter } from '../validate/validate-frontmatter.js'
import { articleParagraphs } from './article-paragraphs.js'
import { compileArticle, precompiledArticle } from './compile-article.js'

// This module is compile's whole interface to the wrappers around `prepare`
// (cache, workers, transport): the boundary lint (eslint.config.js) lets them
// import it and nothing else of `compile/`.

/**
 * One source after the per-article stages: its frontmatter, body and the
 * extractor's output (before corrections), and the article compiled from them.
 * Depends on the source, the registry and today alone, so the build's cache
 * can memoise it and its workers can run it anywhere.
 */
export interface PreparedArticle {
  /** The valid frontmatter. */
  readonly frontmatter: Frontmatter
  /** The body as Markdown. */
  readonly markdown: string
  /** The body as plain-text blocks (without the caption: see `articleParagraphs`). */
  readonly paragraphs: Paragraph[]
  /** The extractor’s output, before corrections. */
  readonly extraction: Extraction
  /** The article compiled from exactly these, with no corrections applied. */
  readonly article: Article
  /** How many mentions `article` has (known without reading them). */
  readonly mentionCount: number
}

/** Options of `prepare`. */
export interface PrepareOptions {
  /** Today as `YYYY-MM-DD` (dates after it are refused; default: now). */
  today?: string | undefined
  /** Also record why each quote was attributed (`extraction.explanations`; default: `false`). */
  explain?: boolean | undefined
  /** Add the time of each stage to these (for `korpus build --timings`); not timed when absent. */
  times?: StageTimes | undefined
}

/**
 * The one path from a source to an article: parse, validate, extract and
 * compile it. Every problem goes onto `file` as a message with its position.
 * Pure apart from those messages: it reads and writes nothing, and the same
 * file, registry and `today` always give the same article.
 *
 * @param file
 *   A decoded source (`corpus/articles/*.md`).
 * @param registry
 *   The loaded registry.
 * @param options
 *   Configuration.
 * @returns
 *   The prepared article, or `undefined` when the source does not parse or validate.
 * @example
 *   const prepared = prepare(new VFile({ path: 'a.md', value: source }), registry, { today: '2022-01-31' })
 */
export function prepare(file: VFile, registry: Registry, options: PrepareOptions = {}): PreparedArticle | undefined {
  const times = options.times
  let lap = times ? performance.now() : 0
  /** Add the time since the last lap to a stage. */
  const step = (stage: 'parse' | 'validate' | 'extract' | 'compile'): void => {
    if (!times) return
    const now = performance.now()
    times[stage] += now - lap
    lap = now
  }
  const source = parseSource(file)
  step('parse')
  const frontmatter = source.frontmatter ? validateFrontmatter(file, source.frontmatter, { today: options.today }) : undefined
  const bodyOk = validateBody(source)
  step('validate')
  if (!frontmatter || !bodyOk) return undefined
  const { paragraphs, extraction } = extractArticle(frontmatter.id, frontmatter.image, source.paragraphs, registry, { ...options, genre: frontmatter.genre })
  step('extract')
  const article = compileArticle(frontmatter, source.markdown, paragraphs, extraction)
  step('compile')
  if (times) times.articles++
  return { frontmatter, markdown: source.markdown, paragraphs: source.paragraphs, extraction, article, mentionCount: article.mentions.length }
}

/**
 * The extract step of `prepare`, on its own: the article's blocks as the
 * extractor reads them (the photo caption first) and its mentions and quotes.
 * `korpus extract` runs it on raw texts, which have no frontmatter to validate.
 *
 * @param articleId
 *   The article's id.
 * @param image
 *   Its image metadata (the caption is extracted too), or `null`.
 * @param blocks
 *   Its body blocks.
 * @param registry
 *   The loaded registry.
 * @param options
 *   `explain`: also record why each quote was attributed (default: `false`).
 * @returns
 *   The blocks the offsets count in, and the extraction.
 * @example
 *   const { extraction } = extractArticle('a', null, [{ type: 'paragraph', text: '„Nein“, sagte Lawrow.' }], registry)
 */
export function extractArticle(
  articleId: string,
  image: Frontmatter['image'] | undefined,
  blocks: readonly Paragraph[],
  registry: Registry,
  options: Pick<PrepareOptions, 'explain'> & { genre?: Genre | undefined } = {}
): { paragraphs: Paragraph[]; extraction: Extraction } {
  const paragraphs = articleParagraphs(image, blocks)
  const input = options.genre ? { articleId, paragraphs, genre: options.genre } : { articleId, paragraphs }
  return { paragraphs, extraction: extract(input, registry, options.explain ? { explain: true } : {}) }
}

/** What a wrapper stored of a prepared article: its metadata, and its body and extraction (possibly read lazily). */
export interface StoredPrepared {
  /** The valid frontmatter. */
  readonly frontmatter: Frontmatter
  /** `PreparedArticle.markdown` and `PreparedArticle.paragraphs` (read on first access). */
  readonly body: Pick<PreparedArticle, 'markdown' | 'paragraphs'>
  /** The extractor's output (its mentions and quotes read on first access). */
  readonly extraction: Extraction
  /** Hash, entity ids, quote and mention counts of the compiled article. */
  readonly known: Pick<Article, 'hash' | 'entityIds' | 'quoteCount'> & { readonly mentionCount: number }
}

/**
 * The prepared article `prepare` gave, rebuilt from what a wrapper stored of
 * it (the cache, a worker's message). Reads `body` and `extraction` only when
 * the article's body, mentions or quotes are read, so an unchanged article
 * taken from the cache is never parsed again.
 *
 * @param stored
 *   The stored parts, exactly those `prepare` gave.
 * @returns
 *   The prepared article.
 * @example
 *   const prepared = restorePrepared({ frontmatter, body, extraction, known: { hash, entityIds, quoteCount, mentionCount } })
 */
export function restorePrepared(stored: StoredPrepared): PreparedArticle {
  const { frontmatter, body, extraction, known } = stored
  const article = precompiledArticle(frontmatter, body, extraction, known)
  const lazy = (key: 'markdown' | 'paragraphs'): PropertyDescriptor => ({ enumerable: true, get: () => body[key] })
  return Object.defineProperties({ frontmatter, extraction, article, mentionCount: known.mentionCount } as PreparedArticle, { markdown: lazy('markdown'), paragraphs: lazy('paragraphs') })
}

/**
 * The text the extractor read for an article: its caption and body blocks,
 * one per line. The cache compares it with the words of changed registry
 * entries to know which articles to extract again.
 *
 * @param prepared
 *   The prepared article (its frontmatter and body blocks).
 * @returns
 *   The text.
 * @example
 *   extractedText({ frontmatter: { ...frontmatter, image: null }, paragraphs: [{ type: 'paragraph', text: 'Lawrow sprach.' }] })
 *   // => 'Lawrow sprach.'
 */
export function extractedText(prepared: Pick<PreparedArticle, 'frontmatter' | 'paragraphs'>): string {
  return articleParagraphs(prepared.frontmatter.image, prepared.paragraphs).map((paragraph) => paragraph.text).join('\n')
}
