import { VFile } from 'vfile'
import type { Frontmatter, Paragraph } from '../../schema/article.js'
import type { Entity } from '../../schema/entity.js'
import { articleParagraphs } from '../compile/article-paragraphs.js'
import { compileArticle } from '../compile/compile-article.js'
import type { PrecompiledArticle } from '../compile/compile-corpus.js'
import { articleLines } from '../emit/article-lines.js'
import { encodeFields, utf8 } from '../emit/bytes.js'
import { articleModuleEntries } from '../emit/runtime-modules.js'
import { type Extraction, extract } from '../extract/index.js'
import { sourceHash } from '../hash.js'
import { parseSource } from '../parse/parse-source.js'
import type { Registry } from '../registry/registry.js'
import { validateBody } from '../validate/validate-body.js'
import { validateFrontmatter } from '../validate/validate-frontmatter.js'

/**
 * A prepared source as it travels: from a worker thread to the main thread,
 * and into and out of the build cache. Plain data and bytes, so it is copied
 * between threads cheaply and never serialized again.
 */
export interface PreparedRecord {
  /** `sourceHash` of the path and text it was prepared from. */
  source: string
  /** The valid frontmatter. */
  frontmatter: Frontmatter
  /** `extraction.discovered`: the compile needs it for every article. */
  discovered: Entity[]
  /** Content hash and serialized forms, valid while no corrections apply. */
  compiled: PrecompiledArticle
  /** Body and extraction as the UTF-8 bytes of a `StoredBody` JSON. */
  body: Uint8Array
}

/** What `PreparedRecord.body` holds. */
interface StoredBody {
  markdown: string
  paragraphs: Paragraph[]
  mentions: Extraction['mentions']
  quotes: Extraction['quotes']
}

/**
 * A source that parsed, validated without any message, and was extracted:
 * its record, with `markdown`, `paragraphs` and `extraction.mentions` and
 * `.quotes` parsed from `body` on first read. A build that takes the
 * article's serialized forms as they are never parses them.
 */
export interface PreparedArticle extends PreparedRecord {
  /** The body as Markdown. */
  readonly markdown: string
  /** The body as plain-text blocks (without the caption). */
  readonly paragraphs: Paragraph[]
  /** The extractor’s output, before corrections. */
  readonly extraction: Extraction
}

/**
 * Run the per-article stages (parse, validate, extract, hash and serialize)
 * on one decoded source, as `compileCorpus` and the emit do. A source with any message, even a warning,
 * gives `undefined`: the build then runs it again in `compileCorpus`, so its
 * messages are reported exactly as without the cache and workers.
 *
 * @param path
 *   Path of the source as reported.
 * @param text
 *   Decoded text (LF line ends, no BOM).
 * @param registry
 *   The loaded registry.
 * @param today
 *   Today as `YYYY-MM-DD` (default: now).
 * @returns
 *   The prepared record (see `preparedArticle` to read it), or `undefined`.
 */
export function prepareArticle(path: string, text: string, registry: Registry, today: string | undefined): PreparedRecord | undefined {
  const file = new VFile({ path, value: text })
  const source = parseSource(file)
  const frontmatter = source.frontmatter ? validateFrontmatter(file, source.frontmatter, { today }) : undefined
  const bodyOk = validateBody(source)
  if (!frontmatter || !bodyOk || file.messages.length > 0) return undefined
  const paragraphs = articleParagraphs(frontmatter.image, source.paragraphs)
  const extraction = extract({ articleId: frontmatter.id, paragraphs }, registry)
  const article = compileArticle(frontmatter, source.markdown, paragraphs, extraction)
  const body: StoredBody = { markdown: source.markdown, paragraphs: source.paragraphs, mentions: extraction.mentions, quotes: extraction.quotes }
  return {
    source: sourceHash(path, text),
    frontmatter,
    discovered: extraction.discovered,
    compiled: {
      hash: article.hash,
      entityIds: article.entityIds,
      quoteCount: article.quoteCount,
      mentionCount: article.mentions.length,
      lines: encodeFields(articleLines(article)),
      modules: encodeFields(articleModuleEntries(article))
    },
    body: utf8(JSON.stringify(body))
  }
}

const decoder = new TextDecoder()

/**
 * Read a prepared record: the body and extraction are parsed from its bytes
 * on first read, once.
 *
 * @param record
 *   The record (from `prepareArticle`, a worker or the cache).
 * @returns
 *   The prepared article.
 */
export function preparedArticle(record: PreparedRecord): PreparedArticle {
  let parsed: StoredBody | undefined
  const read = (): StoredBody => (parsed ??= JSON.parse(decoder.decode(record.body)) as StoredBody)
  const field = (key: keyof StoredBody): PropertyDescriptor => ({ enumerable: true, get: () => read()[key] })
  // Keys in the order `extract` gives them.
  const extraction = Object.defineProperties({} as Extraction, { mentions: field('mentions'), quotes: field('quotes'), discovered: { enumerable: true, value: record.discovered } })
  return Object.defineProperties({ ...record, extraction } as PreparedArticle, { markdown: field('markdown'), paragraphs: field('paragraphs') })
}
