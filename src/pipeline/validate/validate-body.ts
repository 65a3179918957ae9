import type { Nodes, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { reportError } from '../diagnostics.js'
import type { ParsedSource } from '../parse/parse-source.js'

const safeProtocol = /^(?:https?:|mailto:|#|\.{0,2}\/)/i
const hasProtocol = /^[a-z][a-z\d+.-]*:/i

/**
 * Check the body of a source: it must have text, consist of paragraphs and
 * `##` headings, and hold no raw HTML, no `javascript:` (or other non-web)
 * links and no `TODO` markers. Consumers render bodies, so unsafe content is an
 * error, not a warning.
 *
 * @param source
 *   Parsed source.
 * @returns
 *   Whether the body is valid.
 */
export function validateBody(source: ParsedSource): boolean {
  const { file, blocks } = source
  const before = file.messages.length
  if (source.paragraphs.every((paragraph) => paragraph.text === '')) {
    const end = source.tree.position?.end
    reportError(file, 'Unexpected empty body, expected the article text after the frontmatter', 'body-empty', {
      place: end ? { line: end.line, column: end.column } : { line: 1, column: 1 }
    })
  }
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'heading') {
      if (block.type === 'html') reportHtml(file, block)
      else {
        reportError(file, `Unexpected ${describe(block)}, expected paragraphs and \`##\` headings only`, 'body-unexpected-node', {
          place: block.position,
          note: 'Write the text as plain paragraphs; escape a leading `#`, `>`, `-` or `1.` with `\\`.'
        })
      }
      continue
    }
    visit(file, block)
  }
  return !file.messages.slice(before).some((message) => message.fatal)
}

function visit(file: VFile, node: Nodes): void {
  if (node.type === 'html') return reportHtml(file, node)
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
    reportError(file, `Unexpected link to \`${node.url.slice(0, 40)}\`, expected an \`https:\` or \`http:\` URL`, 'body-unsafe-link', {
      place: node.position,
      actual: node.url.slice(0, 200)
    })
  }
  if (node.type === 'text' && /\bTODO\b/.test(node.value)) {
    const start = node.position?.start.offset
    const at = start === undefined ? undefined : String(file.value).indexOf('TODO', start)
    reportError(file, 'Unexpected `TODO` marker in the body, expected the finished text', 'todo-marker', {
      place: at === undefined || at === -1 ? node.position : location(file).toPoint(at)
    })
  }
  if ('children' in node) for (const child of node.children) visit(file, child)
}

function reportHtml(file: VFile, node: Nodes): void {
  reportError(file, 'Unexpected raw HTML, expected Markdown text only (consumers render bodies)', 'body-html', {
    place: node.position,
    actual: 'value' in node ? String(node.value).slice(0, 80) : undefined,
    note: 'Remove the tag, or escape `<` as `\\<` if it is part of the text.'
  })
}

function isSafeUrl(url: string): boolean {
  // Browsers drop tabs and line ends inside a URL and controls around it (`java&#9;script:` is `javascript:`).
  // eslint-disable-next-line regexp/no-control-character -- matching controls is the point
  const trimmed = url.replace(/[\u0000-\u0020\u007f]+/g, '')
  return !hasProtocol.test(trimmed) || safeProtocol.test(trimmed)
}

function describe(node: RootContent): string {
  const names: Partial<Record<RootContent['type'], string>> = {
    blockquote: 'block quote',
    code: 'code block',
    list: 'list',
    table: 'table',
    thematicBreak: 'thematic break (`---`, `***`)',
    definition: 'link definition',
    yaml: 'second frontmatter block'
  }
  return names[node.type] ?? `\`${node.type}\` node`
}
