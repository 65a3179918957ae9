import fc from 'fast-check'

/** Settings shared by every property of the hardening suite: modest and reproducible. */
export const propertyRuns = { numRuns: 150, seed: 20_220_112, endOnFailure: true } as const

/** Pieces that make parsers and extractors work hard: quotes, Markdown markers, HTML, links, YAML syntax. */
const hostilePieces = [
  '„', '“', '”', '»', '«', '"', "'", '‚', '‘', '’', '(', ')', '[', ']', '<', '>', '&', '\\', '*', '_', '`', '#', '##', '-', '–', '—',
  '1.', '---', '...', '…', ':', ': ', '- ', '> ', '* ', '|', '~', '=', '==', '\t', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u200b', '\ufeff',
  '\u2028', '\u0301', 'İ', 'ı', 'ß', 'Ä', '😀', '🇩🇪', 'sagte', 'sagte er', ', sagte Stoltenberg.', 'Nato', 'Russland', 'Jens Stoltenberg', 'Moskau -',
  'Foto: dpa', '(dpa)', '(leg/reuters)', ' date 2021-10', 'TODO', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))',
  '<https://example.org>', '__proto__', 'constructor: x', 'id: ', '&#0;', '&amp;', '![b](data:text/html,x)'
]

/** Text made of arbitrary code points mixed with hostile pieces. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...hostilePieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), {
    maxLength: 120
  })
  .map((parts) => parts.join(''))

/** Arbitrary Unicode text (any code point but lone surrogates). */
export const unicodeText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 400 })

/** Either of the two. */
export const anyText: fc.Arbitrary<string> = fc.oneof(hostileText, unicodeText)

/** German words for article-like text. */
const words = ['Die', 'Nato', 'und', 'Russland', 'haben', 'am', 'Mittwoch', 'in', 'Brüssel', 'beraten', 'Außenminister', 'Lawrow', 'sagte', 'über', 'Grenze', 'Truppen', 'Gespräch', 'Ukraine', 'wieder', 'einen', 'neuen', 'Vorschlag']

/** A sentence of article-like text. */
const sentence = fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 12 }).map((list) => `${list.join(' ')}.`)

/** A paragraph of one to four sentences. */
export const paragraphText: fc.Arbitrary<string> = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '))

/** A short subheading. */
export const headingText: fc.Arbitrary<string> = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((list) => list.join(' '))

/** One mutation of a list of lines. */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'stray-quote'; at: number; column: number; quote: string }
  | { kind: 'line-end'; at: number; end: string }

/** A random mutation (indices are taken modulo the line count when applied). */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: anyText }),
  fc.record({ kind: fc.constant('stray-quote' as const), at: fc.nat(), column: fc.nat(), quote: fc.constantFrom('"', '„', '“', '»', '«', "'", '‚') }),
  fc.record({ kind: fc.constant('line-end' as const), at: fc.nat(), end: fc.constantFrom('\r\n', '\r', '\n\n', '\u2028') })
)

/**
 * Apply mutations to a text, line by line. Line ends are re-joined with `\n`
 * except where a `line-end` mutation puts another one.
 */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n')
  const ends: string[] = lines.map(() => '\n')
  for (const change of mutations) {
    if (lines.length === 0) lines = ['']
    const at = change.at % lines.length
    switch (change.kind) {
      case 'delete':
        lines.splice(at, 1)
        ends.splice(at, 1)
        break
      case 'duplicate':
        lines.splice(at, 0, lines[at]!)
        ends.splice(at, 0, '\n')
        break
      case 'swap': {
        const other = change.with % lines.length
        ;[lines[at], lines[other]] = [lines[other]!, lines[at]!]
        break
      }
      case 'truncate':
        lines[at] = lines[at]!.slice(0, change.keep % (lines[at]!.length + 1))
        break
      case 'insert':
        lines.splice(at, 0, change.text)
        ends.splice(at, 0, '\n')
        break
      case 'stray-quote': {
        const line = lines[at]!
        const column = change.column % (line.length + 1)
        lines[at] = line.slice(0, column) + change.quote + line.slice(column)
        break
      }
      case 'line-end':
        ends[at] = change.end
        break
    }
  }
  return lines.map((line, index) => line + (index === lines.length - 1 ? '' : (ends[index] ?? '\n'))).join('')
}

/**
 * Check that every message of a file points inside it: line at most the number
 * of lines, column at most the line length + 1 (end points too).
 *
 * @returns A description of each message that points outside, empty when all are inside.
 */
export function messagesOutside(
  file: { value: unknown; messages: ReadonlyArray<{ line?: number | undefined; column?: number | undefined; place?: unknown; ruleId?: string | undefined; reason: string }> },
  text: string = String(file.value ?? '')
): string[] {
  const lines = text.split('\n')
  const problems: string[] = []
  const inside = (line: number | undefined, column: number | undefined): boolean => {
    if (line === undefined || column === undefined) return true
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return false
    if (line > lines.length) return false
    return column <= lines[line - 1]!.length + 1
  }
  for (const message of file.messages) {
    const place = message.place as { start?: { line: number; column: number }; end?: { line: number; column: number }; line?: number; column?: number } | undefined
    const points = place?.start ? [place.start, place.end] : [place]
    const ok = inside(message.line, message.column) && points.every((point) => !point || inside(point.line, point.column))
    if (!ok) problems.push(`${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
  }
  return problems
}
