import type { VFile } from 'vfile'
import type { Article, Frontmatter, Paragraph } from '../../schema/article.js'
import { type Extraction, extract } from '../extract/index.js'
import { parseSource } from '../parse/parse-source.js'
import type { Registry } from '../registry/registry.js'
import type { StageTimes } from '../stage-times.js'
import { validateBody } from '../validate/validate-body.js'
import { validateFrontmatter } from '../validate/validate-frontmatter.js'
import { articleParagraphs } from './article-paragraphs.js'
import { compileArticle } from './compile-article.js'

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
  const paragraphs = articleParagraphs(frontmatter.image, source.paragraphs)
  const extraction = extract({ articleId: frontmatter.id, paragraphs }, registry)
  step('extract')
  const article = compileArticle(frontmatter, source.markdown, paragraphs, extraction)
  step('compile')
  if (times) times.articles++
  return { frontmatter, markdown: source.markdown, paragraphs: source.paragraphs, extraction, article, mentionCount: article.mentions.length }
}
