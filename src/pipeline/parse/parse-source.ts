import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { Paragraph } from '../../schema/article.js'
import { reportError } from '../diagnostics.js'
import { normalizeText } from '../normalize/normalize-text.js'
import { guardMarkup } from './guard-markup.js'
import { type ParsedYaml, parseYaml } from './parse-yaml.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** A source file parsed into frontmatter and body. */
export interface ParsedSource {
  /** The file, with any messages. */
  file: VFile
  /** The mdast tree of the whole file. */
  tree: Root
  /** The frontmatter, or `undefined` when missing or unusable (an error is reported). */
  frontmatter: ParsedYaml | undefined
  /** The body blocks after the frontmatter. */
  blocks: RootContent[]
  /** The body as Markdown, NFC, trimmed. */
  markdown: string
  /** The body as plain text blocks. */
  paragraphs: Paragraph[]
}

/**
 * `normalizeText` of a block's text with its white space collapsed and trimmed, without splitting it into lines:
 * the spaces that `normalizeText` replaces or trims at line ends are white space the collapse takes anyway.
 */
function plainText(text: string): string {
  return text.normalize('NFC').replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim()
}

/**
 * Parse a Markdown source with YAML frontmatter (unified + remark-parse +
 * remark-frontmatter). Reports, as errors on `file`, missing or unterminated
 * frontmatter and YAML syntax errors, each with its line and column.
 *
 * @param file
 *   Source file (decoded, LF line ends).
 * @returns
 *   The parsed source.
 */
export function parseSource(file: VFile): ParsedSource {
  const text = String(file.value)
  const guarded = guardMarkup(text)
  const tree = parser.parse(guarded.problems.length > 0 ? guarded.text : file) as Root
  const place = location(file)
  for (const problem of guarded.problems) {
    reportError(file, `Unexpected ${problem.reason}; the text was checked as plain text`, 'body-markup-limit', {
      place: place.toPoint(problem.offset),
      note: 'Write the article as plain paragraphs; escape Markdown characters that are part of the text with `\\`.'
    })
  }
  const first = tree.children[0]
  let frontmatter: ParsedYaml | undefined
  let blocks = tree.children

  if (first?.type === 'yaml') {
    blocks = tree.children.slice(1)
    frontmatter = parseYaml(file, first.value, (first.position?.start.offset ?? 0) + 4, place.toPoint)
  } else if (/^---[ \t]*(?:\n|$)/.test(text)) {
    reportError(file, 'Unexpected unterminated frontmatter, expected a closing `---` line after the YAML', 'frontmatter-unterminated', {
      place: { line: 1, column: 1 },
      note: 'Add a line `---` after the last frontmatter key.'
    })
  } else {
    reportError(file, 'Unexpected missing frontmatter, expected the file to start with a `---` line, YAML metadata and another `---` line', 'frontmatter-missing', {
      place: { line: 1, column: 1 },
      note: 'Run `korpus import` on the raw text to get a skeleton.'
    })
  }

  const bodyStart = blocks[0]?.position?.start.offset ?? text.length
  const markdown = normalizeText(text.slice(bodyStart)).trim()
  const paragraphs: Paragraph[] = []
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') {
      paragraphs.push({ type: block.type, text: plainText(toString(block)) })
    }
  }

  return { file, tree, frontmatter, blocks, markdown, paragraphs }
}
