import { VFile } from 'vfile'
import type { Frontmatter, Paragraph } from '../../schema/article.js'
import { articleParagraphs } from '../compile/article-paragraphs.js'
import { compileArticle } from '../compile/compile-article.js'
import type { PrecompiledArticle } from '../compile/compile-corpus.js'
import { articleLines } from '../emit/article-lines.js'
import { encodeFields } from '../emit/bytes.js'
import { articleModuleEntries } from '../emit/runtime-modules.js'
import { type Extraction, extract } from '../extract/index.js'
import { parseSource } from '../parse/parse-source.js'
import type { Registry } from '../registry/registry.js'
import { validateBody } from '../validate/validate-body.js'
import { validateFrontmatter } from '../validate/validate-frontmatter.js'

/** A source that parsed, validated without any message, and was extracted. */
export interface PreparedArticle {
  /** The valid frontmatter. */
  frontmatter: Frontmatter
  /** The body as Markdown. */
  markdown: string
  /** The body as plain text blocks. */
  paragraphs: Paragraph[]
  /** The extractor’s output, before corrections. */
  extraction: Extraction
  /** Content hash and serialized forms from that output (valid while no corrections apply). */
  compiled: PrecompiledArticle
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
 *   The prepared article, or `undefined`.
 */
export function prepareArticle(path: string, text: string, registry: Registry, today: string | undefined): PreparedArticle | undefined {
  const file = new VFile({ path, value: text })
  const source = parseSource(file)
  const frontmatter = source.frontmatter ? validateFrontmatter(file, source.frontmatter, { today }) : undefined
  const bodyOk = validateBody(source)
  if (!frontmatter || !bodyOk || file.messages.length > 0) return undefined
  const paragraphs = articleParagraphs(frontmatter.image, source.paragraphs)
  const extraction = extract({ articleId: frontmatter.id, paragraphs }, registry)
  const article = compileArticle(frontmatter, source.markdown, paragraphs, extraction)
  return { frontmatter, markdown: source.markdown, paragraphs: source.paragraphs, extraction, compiled: { hash: article.hash, entityIds: article.entityIds, quoteCount: article.quoteCount, mentionCount: article.mentions.length, lines: encodeFields(articleLines(article)), modules: encodeFields(articleModuleEntries(article)) } }
}
