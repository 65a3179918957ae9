import type { Frontmatter, Paragraph } from '../../schema/article.js'

/**
 * The plain-text blocks of an article as published and extracted: the photo
 * caption first (type `caption`, when there is one: captions name people and
 * quote them), then the body’s headings and paragraphs. Mentions and quotes
 * count their `paragraph` index in this list.
 *
 * @param image
 *   The article’s image metadata, or `null`.
 * @param body
 *   Body blocks.
 * @returns
 *   The blocks.
 * @example
 *   articleParagraphs({ caption: 'Lawrow in Moskau.', credit: 'Foto: dpa' }, [])
 *   // => [{ type: 'caption', text: 'Lawrow in Moskau.' }]
 */
export function articleParagraphs(image: Frontmatter['image'] | undefined, body: readonly Paragraph[]): Paragraph[] {
  return image?.caption ? [{ type: 'caption', text: image.caption }, ...body] : [...body]
}
