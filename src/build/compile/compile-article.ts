import type { Article, Frontmatter, Paragraph } from '../../schema/article.js'
import type { Quote } from '../../schema/quote.js'
import type { Extraction } from '../extract/index.js'
import { canonicalJson, sha256 } from '../hash.js'

/**
 * Assemble one article as the corpus ships it: quote ids (`<article>#q<n>`,
 * in text order), the sorted ids of the entities it mentions or quotes, and
 * the content hash the manifest pins (SHA-256 of the canonical JSON of
 * frontmatter, Markdown, paragraphs, mentions and quotes). Depends on this
 * article alone, so the build can compute it once per source and cache it.
 *
 * @param frontmatter
 *   Valid frontmatter.
 * @param markdown
 *   Body as Markdown.
 * @param paragraphs
 *   Plain-text blocks as extracted (caption first, see `articleParagraphs`).
 * @param extraction
 *   Mentions and quotes, after corrections.
 * @param hash
 *   The content hash when already known for exactly these inputs.
 * @returns
 *   The article.
 */
export function compileArticle(
  frontmatter: Frontmatter,
  markdown: string,
  paragraphs: Paragraph[],
  extraction: Pick<Extraction, 'mentions' | 'quotes'>,
  hash?: string | undefined
): Article {
  const quotes: Quote[] = extraction.quotes.map((quote, index) => ({ ...quote, id: `${frontmatter.id}#q${index + 1}` }))
  const entityIds = [...new Set([...extraction.mentions.map((mention) => mention.entity), ...quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []))])].sort()
  return {
    ...frontmatter,
    hash: hash ?? sha256(canonicalJson({ frontmatter, markdown, paragraphs, mentions: extraction.mentions, quotes })),
    entityIds,
    quoteCount: quotes.length,
    markdown,
    paragraphs,
    mentions: extraction.mentions,
    quotes
  }
}
