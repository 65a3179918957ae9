import type { Point } from 'unist'
import { location } from 'vfile-location'
import type { ParsedSource } from './parse-source.js'

/**
 * Where a piece of a paragraph’s plain text stands in the source: the
 * position of `text` inside the Markdown of paragraph `paragraph` (headings
 * count, as in `Article.paragraphs`; a photo caption is paragraph 0), with any run of white space allowed
 * between its words; the start of the paragraph when `text` is not found
 * there as written (Markdown escapes or emphasis in between).
 *
 * @param source
 *   Parsed source.
 * @param paragraph
 *   Index into the article’s paragraphs.
 * @param text
 *   Plain text to find (`Wladimir Putin`).
 * @returns
 *   Its start point, or `undefined` when the paragraph does not exist.
 */
export function placeOfSpan(source: ParsedSource, paragraph: number, text: string): Point | undefined {
  // With a photo caption, paragraph 0 is the caption (see `articleParagraphs`): it sits in the frontmatter.
  const data = source.frontmatter?.data as { image?: { caption?: unknown } | null } | undefined
  if (typeof data?.image?.caption === 'string' && data.image.caption) {
    if (paragraph === 0) return source.frontmatter!.placeOf(['image', 'caption'])
    paragraph -= 1
  }
  const block = source.blocks.filter((node) => node.type === 'heading' || node.type === 'paragraph')[paragraph]
  const start = block?.position?.start
  const end = block?.position?.end
  if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
  const markdown = String(source.file.value).slice(start.offset, end.offset)
  const words = text.trim().split(/\s+/).map((word) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'))
  const found = words[0] ? new RegExp(words.join('\\s+'), 'u').exec(markdown.normalize('NFC')) : null
  if (!found || markdown.normalize('NFC').length !== markdown.length) return { line: start.line, column: start.column }
  return location(source.file).toPoint(start.offset + found.index)
}
