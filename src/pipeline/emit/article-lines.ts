import type { Article } from '../../schema/article.js'
import { ordered } from './ordered.js'
import { ArticleRecordSchema } from './record-schemas.js'
import { MentionSchema } from '../../schema/mention.js'
import { QuoteSchema } from '../../schema/quote.js'

/** One article’s lines of the JSON Lines data files, each line ending in `\n`. */
export interface ArticleLines {
  /** Its line of `articles.jsonl`. */
  article: string
  /** Its lines of `mentions.jsonl` (empty when it has no mentions). */
  mentions: string
  /** Its lines of `quotes.jsonl` (empty when it has no quotes). */
  quotes: string
}

/**
 * Serialize one article’s records for the data files: fields in schema order,
 * mentions and quotes in text order. The data files are these lines in corpus
 * order, so the build can serialize an article once, in a worker or from the
 * cache, and only concatenate afterwards.
 *
 * @param article
 *   A compiled article.
 * @returns
 *   Its lines.
 */
export function articleLines(article: Article): ArticleLines {
  const { mentions, quotes, ...record } = article
  return {
    article: line(ArticleRecordSchema, record),
    mentions: mentions.map((mention) => line(MentionSchema, mention)).join(''),
    quotes: quotes.map((quote) => line(QuoteSchema, quote)).join('')
  }
}

function line(schema: Parameters<typeof ordered>[0], record: unknown): string {
  return `${JSON.stringify(ordered(schema, record))}\n`
}
