/** Most Markdown punctuation characters a paragraph (a run of lines between blank lines) may hold. */
export const maxMarkupPerBlock = 500

/** Most lines of a source that may start a block quote or list item. */
export const maxContainerLines = 100

/** Deepest nesting of block quotes and lists a line may open. */
export const maxContainerDepth = 8

/** A part of a source that was too heavy in Markdown syntax to parse. */
export interface MarkupProblem {
  /** What limit was passed. */
  kind: 'markup' | 'depth' | 'containers'
  /** Offset where it starts (the first place, when there are several). */
  offset: number
  /** What was found, for the message. */
  reason: string
}

/** Result of `guardMarkup`. */
export interface GuardedText {
  /** The text to hand to the Markdown parser: same length, heavy parts neutralized. */
  text: string
  /** What was neutralized (empty when nothing was). */
  problems: MarkupProblem[]
}

const markup = /[!#&()*<>[\\\]_`|~]/g
const asciiPunctuation = /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/g
const containerStart = /^ {0,3}(?:>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/

/**
 * Neutralize the parts of a source that would make the Markdown parser take
 * super-linear time: micromark is quadratic in the number of open link
 * brackets or emphasis delimiters of one paragraph, and in the number of items
 * of long or deeply nested lists and block quotes. Sources only hold
 * paragraphs and `##` headings, so such text is an error anyway; it is
 * reported and parsed as plain text instead (every ASCII punctuation character
 * of it replaced by `x`, which keeps all offsets).
 *
 * @param text
 *   The source text (LF line ends).
 * @returns
 *   Text safe to parse, and what was neutralized.
 */
export function guardMarkup(text: string): GuardedText {
  const problems: MarkupProblem[] = []
  const lines = text.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  const heavy = new Set<number>()
  // The frontmatter is YAML, not Markdown: leave it alone.
  const fence = /^---[ \t]*$/
  const bodyStart = fence.test(lines[0] ?? '') ? lines.findIndex((line, index) => index > 0 && fence.test(line)) + 1 : 0

  // Paragraphs with too much markup.
  let blockStart = bodyStart
  for (let index = bodyStart; index <= lines.length; index++) {
    if (index < lines.length && lines[index]!.trim() !== '') continue
    let count = 0
    for (let line = blockStart; line < index; line++) count += lines[line]!.match(markup)?.length ?? 0
    if (count > maxMarkupPerBlock) {
      problems.push({ kind: 'markup', offset: starts[blockStart]!, reason: `paragraph with ${count} Markdown punctuation characters, expected at most ${maxMarkupPerBlock}` })
      for (let line = blockStart; line < index; line++) heavy.add(line)
    }
    blockStart = index + 1
  }

  // Many block quote or list lines.
  const containers = lines.flatMap((line, index) => (index >= bodyStart && containerStart.test(line) ? [index] : []))
  for (const index of containers) {
    const depth = containerDepth(lines[index]!)
    if (depth > maxContainerDepth) {
      problems.push({ kind: 'depth', offset: starts[index]!, reason: `block quotes or lists nested ${depth} deep, expected at most ${maxContainerDepth}` })
      heavy.add(index)
    }
  }
  if (containers.length > maxContainerLines) {
    problems.push({ kind: 'containers', offset: starts[containers[0]!]!, reason: `${containers.length} lines that start a block quote or list item, expected at most ${maxContainerLines}` })
    for (const index of containers) heavy.add(index)
  }

  if (heavy.size === 0) return { text, problems }
  const guarded = lines.map((line, index) => (heavy.has(index) ? line.replace(asciiPunctuation, 'x') : line)).join('\n')
  return { text: guarded, problems: firstOfEachKind(problems) }
}

/** How many block quote and list markers open a line (`> - > 1. x` → 4). */
function containerDepth(line: string): number {
  let depth = 0
  let index = 0
  while (index < line.length) {
    while (line[index] === ' ' || line[index] === '\t') index++
    const char = line[index]
    if (char === '>') index++
    else if ((char === '-' || char === '*' || char === '+') && /[ \t]|^$/.test(line[index + 1] ?? '')) index++
    else {
      let digits = index
      while (digits < line.length && digits - index < 9 && line[digits]! >= '0' && line[digits]! <= '9') digits++
      if (digits === index || (line[digits] !== '.' && line[digits] !== ')') || !/[ \t]|^$/.test(line[digits + 1] ?? '')) break
      index = digits + 1
    }
    depth++
  }
  return depth
}

/** One problem per kind (the first), saying how many more places there are: a hostile file gets three messages, not thousands. */
function firstOfEachKind(problems: readonly MarkupProblem[]): MarkupProblem[] {
  const result: MarkupProblem[] = []
  for (const kind of ['markup', 'depth', 'containers'] as const) {
    const all = problems.filter((problem) => problem.kind === kind)
    if (all.length === 0) continue
    const more = all.length - 1
    result.push({ ...all[0]!, reason: more > 0 ? `${all[0]!.reason} (and ${more} more like it)` : all[0]!.reason })
  }
  return result.sort((a, b) => a.offset - b.offset)
}
