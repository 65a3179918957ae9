import type { Root } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import { slugify } from '../normalize/slugify.js'
import type { RecoveredArticle } from './recover-structure.js'

/** The raw file an import reads. */
export interface ImportProvenance {
  /** File name of the raw text (`-` for standard input). */
  file: string
  /** SHA-256 of its bytes, lower-case hex. */
  sha256: string
}

/** A new article source. */
export interface ArticleSource {
  /** Suggested id and file stem: `<date>-<slug>`, or `undated-<slug>` without a date. */
  id: string
  /** The Markdown source: frontmatter skeleton and body. */
  text: string
}

/**
 * First line of every imported frontmatter: a YAML comment that tells editors
 * running the YAML language server which JSON Schema the frontmatter follows
 * (`corpus/schema/frontmatter.schema.json`). The build ignores it.
 */
export const schemaComment = '# yaml-language-server: $schema=../schema/frontmatter.schema.json'

/** Value a contributor must replace. */
export const todo = 'TODO'

/**
 * Write a recovered article as a Markdown source: YAML frontmatter filled with
 * what the text tells (date marker, caption and credit, dateline, agencies),
 * `TODO` for what a human must supply (title, genre, publisher; the date when
 * the text has no marker), and the body with `##` subheadings.
 *
 * @param article
 *   The recovered article.
 * @param provenance
 *   Where it came from.
 * @returns
 *   The source and its id.
 */
export function toSource(article: RecoveredArticle, provenance: ImportProvenance): ArticleSource {
  const lead = article.blocks.find((block) => block.type === 'paragraph')?.text ?? ''
  const slug = slugify(lead.split(/\s+/).slice(0, 6).join(' ')) || 'artikel'
  const id = `${article.date ?? 'undated'}-${slug}`
  const frontmatter = {
    id,
    title: todo,
    titleKind: 'editorial',
    date: article.date ?? todo,
    datePrecision: article.date ? (article.date.length === 10 ? 'day' : 'month') : todo,
    dateSource: article.date ? 'source-line' : todo,
    dateReason: article.dateMarker ? `Date marker \`${article.dateMarker}\` at the start of the raw text` : todo,
    language: 'de',
    genre: todo,
    publisher: todo,
    dateline: article.dateline ?? null,
    agencies: article.agencies,
    credits: article.credits,
    image: article.image ?? null,
    provenance
  }
  const tree: Root = {
    type: 'root',
    children: article.blocks.map((block) =>
      block.type === 'heading'
        ? { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] }
        : { type: 'paragraph', children: [{ type: 'text', value: block.text }] }
    )
  }
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })
  const body = toMarkdown(tree, { bullet: '-', emphasis: '_' })
  return { id, text: `---\n${schemaComment}\n${yaml}---\n\n${body}` }
}
