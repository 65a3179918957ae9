/**
 * A fast reader for the plain YAML that frontmatter is written in: block
 * mappings with simple keys, block sequences indented by two spaces, plain
 * and double-quoted one-line scalars without escapes, `null`, booleans and
 * `[]`. Anything else (comments, blank lines, numbers, flow collections,
 * escapes, multi-line scalars, tabs, unusual characters, duplicate keys…)
 * is left to the full parser: for text it accepts, the data is what `yaml`
 * (core schema) gives, and that parser finds no error in it.
 */

/** Marks text outside the plain subset. */
const notPlain: unique symbol = Symbol('not plain')
type NotPlain = typeof notPlain

interface Lines {
  readonly lines: string[]
  index: number
}

/** A simple key (`yaml` refuses implicit keys over 1,024 characters: those go to it). */
const keyPattern = /^([A-Za-z][\w-]{0,1000}):(?: (.*))?$/
const nullPattern = /^(?:~|[Nn]ull|NULL)$/
const boolPattern = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
/** Scalars the core schema reads as numbers: left to the full parser. */
const numberPatterns = [
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/
]
/** Characters that may not start a plain scalar (YAML indicators), and white space. */
const indicators = new Set('-?:,[]{}#&*!|>\'"%@` '.split(''))

/**
 * Read YAML in the plain subset of frontmatter.
 *
 * @param yaml
 *   The YAML text.
 * @returns
 *   Its data (a mapping or a sequence at the top), or `undefined` when the
 *   text is outside the subset and needs the full parser.
 * @example
 *   parsePlainYaml('id: a\ntags:\n  - b') // => {id: 'a', tags: ['b']}
 *   parsePlainYaml('a: 1') // => undefined
 */
export function parsePlainYaml(yaml: string): Record<string, unknown> | unknown[] | undefined {
  if (!plainCharacters(yaml)) return undefined
  const lines = yaml.split('\n')
  if (lines.at(-1) === '') lines.pop()
  if (lines.length === 0) return undefined
  const state: Lines = { lines, index: 0 }
  const data = lines[0]!.startsWith('- ') ? readSequence(state, 0) : readMapping(state, 0)
  return data === notPlain || state.index !== lines.length ? undefined : data
}

/** Whether every character is printable and simple: no tab, CR, control, surrogate, BOM or Unicode line separator. */
function plainCharacters(yaml: string): boolean {
  for (let index = 0; index < yaml.length; index++) {
    const code = yaml.charCodeAt(index)
    if (code === 0x0a || (code >= 0x20 && code < 0x7f)) continue
    if (code < 0xa0 || (code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code >= 0xfeff) return false
  }
  return true
}

function indentOf(line: string): number {
  let indent = 0
  while (line.charCodeAt(indent) === 0x20) indent++
  return indent
}

/** A block mapping whose keys stand at `indent`. */
function readMapping(state: Lines, indent: number): Record<string, unknown> | NotPlain {
  const mapping: Record<string, unknown> = {}
  let size = 0
  while (state.index < state.lines.length) {
    const line = state.lines[state.index]!
    const lineIndent = indentOf(line)
    if (lineIndent < indent) break
    if (lineIndent > indent) return notPlain
    const match = keyPattern.exec(line.slice(indent))
    if (!match) return notPlain
    const key = match[1]!
    if (Object.hasOwn(mapping, key) || nullPattern.test(key) || boolPattern.test(key)) return notPlain
    state.index++
    const value = match[2] === undefined ? readNested(state, indent) : readScalar(match[2])
    if (value === notPlain) return notPlain
    mapping[key] = value
    size++
  }
  return size > 0 ? mapping : notPlain
}

/** The value of `key:` at `indent`: a sequence or mapping indented by two more spaces (an empty value is left to the full parser). */
function readNested(state: Lines, indent: number): unknown {
  const next = state.lines[state.index]
  if (next === undefined || indentOf(next) !== indent + 2) return notPlain
  return next.startsWith('- ', indent + 2) ? readSequence(state, indent + 2) : readMapping(state, indent + 2)
}

/** A block sequence whose `- ` markers stand at `indent`. */
function readSequence(state: Lines, indent: number): unknown[] | NotPlain {
  const sequence: unknown[] = []
  while (state.index < state.lines.length) {
    const line = state.lines[state.index]!
    const lineIndent = indentOf(line)
    if (lineIndent < indent || (lineIndent === indent && !line.startsWith('- ', indent))) break
    if (lineIndent > indent) return notPlain
    const content = line.slice(indent + 2)
    let item: unknown
    if (keyPattern.test(content)) {
      // `- key: value`: a mapping whose keys stand two spaces further in.
      state.lines[state.index] = ' '.repeat(indent + 2) + content
      item = readMapping(state, indent + 2)
    } else {
      state.index++
      item = readScalar(content)
    }
    if (item === notPlain) return notPlain
    sequence.push(item)
  }
  return sequence.length > 0 ? sequence : notPlain
}

/** A one-line scalar: `[]`, a double-quoted string without escapes, or a plain scalar (string, `null` or boolean). */
function readScalar(text: string): unknown {
  if (text === '[]') return []
  if (text.startsWith('"')) {
    const close = text.indexOf('"', 1)
    if (close !== text.length - 1 || text.includes('\\')) return notPlain
    return text.slice(1, -1)
  }
  if (text === '' || indicators.has(text[0]!) || text.endsWith(' ') || text.endsWith(':') || text.includes(': ') || text.includes(' #')) return notPlain
  if (nullPattern.test(text)) return null
  if (boolPattern.test(text)) return text[0] === 't' || text[0] === 'T'
  if (numberPatterns.some((pattern) => pattern.test(text))) return notPlain
  return text
}
