import { VFile } from 'vfile'
import type { Article, Frontmatter, Paragraph } from '../../schema/article.js'
import type { Entity } from '../../schema/entity.js'
import { type PreparedArticle, prepare, restorePrepared } from '../compile/prepare-article.js'
import { type ArticleOutput, articleOutput } from '../emit/article-output.js'
import { utf8 } from '../emit/bytes.js'
import type { Extraction } from '../extract/index.js'
import { sourceHash } from '../hash.js'
import type { Registry } from '../registry/registry.js'
import type { StageTimes } from '../stage-times.js'

/**
 * A prepared article packed for the wrappers around `prepare`: sent from a
 * worker thread to the main thread and kept in the build cache. Plain data
 * and bytes, so it is copied between threads cheaply and stored as it is.
 */
export interface PreparedRecord {
  /** `sourceHash` of the path and text it was prepared from. */
  source: string
  /** The valid frontmatter. */
  frontmatter: Frontmatter
  /** `extraction.discovered`: the compile needs it for every article. */
  discovered: Entity[]
  /** What the compile needs of the article without reading its body, and its output bytes. */
  compiled: Pick<Article, 'hash' | 'entityIds' | 'quoteCount'> & { mentionCount: number } & ArticleOutput
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
 * `prepare` one source and pack the result with the article's output bytes
 * (`articleOutput`): what a worker or the cache keeps. A source with any
 * message, even a warning, gives `undefined`: the build then runs `prepare`
 * on the real file, so its messages are reported exactly as without the cache
 * and workers.
 *
 * @param path
 *   Path of the source as reported.
 * @param text
 *   Decoded text (LF line ends, no BOM).
 * @param registry
 *   The loaded registry.
 * @param today
 *   Today as `YYYY-MM-DD` (default: now).
 * @param times
 *   Stage times to add this source's to (optional).
 * @returns
 *   The record (see `unpackRecord` to read it), or `undefined`.
 */
export function prepareRecord(path: string, text: string, registry: Registry, today: string | undefined, times?: StageTimes | undefined): PreparedRecord | undefined {
  const file = new VFile({ path, value: text })
  const prepared = prepare(file, registry, { today, times })
  if (!prepared || file.messages.length > 0) return undefined
  const start = times ? performance.now() : 0
  const { frontmatter, markdown, paragraphs, extraction, article, mentionCount } = prepared
  const body: StoredBody = { markdown, paragraphs, mentions: extraction.mentions, quotes: extraction.quotes }
  const record: PreparedRecord = {
    source: sourceHash(path, text),
    frontmatter,
    discovered: extraction.discovered,
    compiled: { hash: article.hash, entityIds: article.entityIds, quoteCount: article.quoteCount, mentionCount, ...articleOutput(article) },
    body: utf8(JSON.stringify(body))
  }
  if (times) times.serialize += performance.now() - start
  return record
}

const decoder = new TextDecoder()

/** A record read back: the prepared article and its output bytes. */
export interface UnpackedRecord {
  /** The article as `prepare` gave it; its body, mentions and quotes are parsed from the record's bytes on first read. */
  prepared: PreparedArticle
  /** Its output bytes, by the article's content hash (`prepared.article.hash`). */
  output: ArticleOutput
}

/**
 * Read a prepared record. The body and extraction stay bytes until first
 * read, and the output bytes are taken from the record only when used: a
 * rebuild links an unchanged block of the output and never reads (from the
 * cache) or parses its articles' bytes.
 *
 * @param record
 *   The record (from `prepareRecord`, a worker or the cache).
 * @returns
 *   The prepared article and its output.
 */
export function unpackRecord(record: PreparedRecord): UnpackedRecord {
  let parsed: StoredBody | undefined
  const read = (): StoredBody => (parsed ??= JSON.parse(decoder.decode(record.body)) as StoredBody)
  const field = (key: keyof StoredBody): PropertyDescriptor => ({ enumerable: true, get: () => read()[key] })
  const { frontmatter, discovered, compiled } = record
  const extraction = Object.defineProperties({ discovered } as Extraction, { mentions: field('mentions'), quotes: field('quotes') })
  const body = Object.defineProperties({} as { markdown: string; paragraphs: Paragraph[] }, { markdown: field('markdown'), paragraphs: field('paragraphs') })
  const prepared = restorePrepared({ frontmatter, body, extraction, known: compiled })
  // Read on use: the bytes of an article from the cache are read from disk only for a changed block.
  const output = Object.defineProperties({} as ArticleOutput, { lines: { enumerable: true, get: () => compiled.lines }, modules: { enumerable: true, get: () => compiled.modules } })
  return { prepared, output }
}
