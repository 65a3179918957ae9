import type { Article, Frontmatter, Paragraph } from '../../schema/article.js'
import type { PublishedQuote } from '../../schema/quote.js'
import type { Extraction } from '../extract/index.js'
import { quoteSpans } from '../extract/quote-spans.js'
import { canonicalJson, sha256 } from '../hash.js'
import { articleParagraphs } from './article-paragraphs.js'

/** An article's body as the source gives it (before `articleParagraphs` adds the caption). */
export interface ArticleBody {
  /** The body as Markdown. */
  markdown: string
  /** The body as plain-text blocks. */
  paragraphs: Paragraph[]
}

/**
 * Assemble one article as the corpus ships it: quote ids (`<article>#q<n>`,
 * in text order), each quote's source `spans` and canonical text (`quoteSpans`), the sorted ids of the entities it mentions or quotes, and
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
  const quotes: PublishedQuote[] = extraction.quotes.map((found, index) => {
    const { articleId, paragraph, start, end, endParagraph, text, ...rest } = found
    const id = `${frontmatter.id}#q${index + 1}`
    // The text becomes the canonical join of its source spans (see `quoteSpans`).
    const aligned = quoteSpans(paragraphs, { articleId, id, paragraph, start, endParagraph, end, text })
    return { articleId, paragraph, start, end, id, endParagraph, text: aligned.text, spans: aligned.spans, ...rest }
  })
  // Relays (`via`) count: the runtime ships exactly the entities articles reference.
  const entityIds = [...new Set([...extraction.mentions.map((mention) => mention.entity), ...quotes.flatMap((quote) => [quote.speaker, quote.via].filter((id) => id !== null))])].sort()
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

/** The fields of an article that `precompiledArticle` computes on first read. */
const deferred = ['markdown', 'paragraphs', 'mentions', 'quotes'] as const

/**
 * The article `compileArticle` gives, for one whose hash and metadata are
 * already known (from the build cache or a worker): the frontmatter, hash,
 * entity ids and quote count are set, while the body, mentions and quotes
 * are compiled on first read. `body` and `extraction` may themselves read
 * their fields lazily (the cache keeps them as JSON until asked), so a rebuild
 * that takes an unchanged article's serialized forms as they are never parses
 * its body at all.
 *
 * @param frontmatter
 *   Valid frontmatter.
 * @param body
 *   Body as the source gives it (read on first access to a deferred field).
 * @param extraction
 *   Mentions and quotes, exactly those `known` was computed from.
 * @param known
 *   Hash, entity ids and quote count of the compiled article.
 * @returns
 *   The article.
 */
export function precompiledArticle(
  frontmatter: Frontmatter,
  body: ArticleBody,
  extraction: Pick<Extraction, 'mentions' | 'quotes'>,
  known: Pick<Article, 'hash' | 'entityIds' | 'quoteCount'>
): Article {
  let full: Article | undefined
  const compiled = (): Article => (full ??= compileArticle(frontmatter, body.markdown, articleParagraphs(frontmatter.image, body.paragraphs), extraction, known.hash))
  // (Key order does not matter: the emit writes fields in schema order.)
  const article = { ...frontmatter, hash: known.hash, entityIds: known.entityIds, quoteCount: known.quoteCount } as Article
  for (const key of deferred) Object.defineProperty(article, key, { enumerable: true, configurable: true, get: () => compiled()[key] })
  return article
}
