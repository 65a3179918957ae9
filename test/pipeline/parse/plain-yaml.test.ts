import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { parseYaml } from '../../../src/pipeline/parse/parse-yaml.js'
import { parsePlainYaml } from '../../../src/pipeline/parse/plain-yaml.js'

const runs = { numRuns: 3000, seed: 20_220_112 } as const

/** What the full parser gives: errors and data. */
function full(yaml: string): { errors: number; data: unknown } {
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false })
  if (document.errors.length > 0) return { errors: document.errors.length, data: undefined }
  return { errors: 0, data: document.toJS({ maxAliasCount: 0 }) }
}

/** Whenever the fast reader accepts text, the full parser finds no error and the same data (same key order too). */
function expectSameAsFull(yaml: string): boolean {
  const fast = parsePlainYaml(yaml)
  if (fast === undefined) return false
  const expected = full(yaml)
  expect(expected.errors, yaml).toBe(0)
  expect(JSON.stringify(fast), yaml).toBe(JSON.stringify(expected.data))
  expect(fast).toStrictEqual(expected.data)
  return true
}

/** Scalars as frontmatter writes them, and the ones that make YAML tricky. */
const scalars = [
  'Putins Bruch mit der Nato', '2021-10', '2021-10-11', 'null', 'Null', 'NULL', '~', 'true', 'False', 'TRUE', 'yes', 'no', 'on', '1', '-1', '+1', '0o17', '0x1F', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan',
  '"Foto: dpa"', '"a # b"', '""', '"a\\"b"', '"a \\n b"', '"open', "'single'", "'it''s'", '[]', '[a, b]', '{}', '{a: 1}', 'a: b', 'a:b', 'a #b', 'a# b', 'a ', ' a', 'a  b', 'a - b', '- a', '-a', '?a', '? a', ':a',
  '&anchor a', '*alias', '!tag a', '|', '>', '%a', '@a', '`a`', 'a, b', 'a]', 'a}', 'a[', 'a{', 'x]y', 'x,y', 'Moskau', 'Außenminister Lawrow sagt, die Nato sei zu konfrontativ.', 'a\u00a0', '\u00a0a', 'é', 'a\tb', '…',
  '"„Am Montag“"', 'http://x.org/a?b=c', 'a "b" c', "a 'b' c", '---', '...', 'a...', '=', '<<', '0f2f5c45084012a8e2f07f11ffcfe74fe395315b1e3968438440b18e32a03b59', '417e0c39', '12345678'
]
const keys = ['id', 'title', 'date', 'image', 'caption', 'kind', 'text', 'agencies', 'null', 'true', 'a-b', 'a_b', 'x1', '1x', '_x', '__proto__', 'a b', '"q"', 'id']

/** Scalars of the plain subset. */
const plainScalars = ['Putins Bruch mit der Nato', '2021-10', 'null', 'false', '"Foto: dpa"', 'a-b', 'x]y', 'a, b', 'é …', '[]', '""']
const scalar = fc.oneof(
  fc.constantFrom(...plainScalars),
  fc.constantFrom(...scalars),
  fc.string({ unit: fc.constantFrom(...'aZ :#-?,[]{}&*!|>\'"%@`~.0+e\u00a0é…\\'), minLength: 1, maxLength: 8 })
)
const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('id', 'title', 'kind', 'text', 'caption', 'date') }, { weight: 1, arbitrary: fc.constantFrom(...keys) })
const indentUnit = fc.oneof({ weight: 6, arbitrary: fc.constant('  ') }, { weight: 1, arbitrary: fc.constantFrom(' ', '   ', '') })

/** A YAML document built from lines of mappings and sequences at varied indentation, often well formed. */
const document = fc.letrec<{ value: string; mapping: string; sequence: string }>((tie) => ({
  value: fc.oneof({ weight: 12, arbitrary: scalar.map((value) => ` ${value}`) }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '  x') }),
  mapping: fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.tuple(key, tie('value')).map(([k, v]) => `${k}:${v}`) },
      { weight: 1, arbitrary: fc.tuple(key, indentUnit, tie('mapping')).map(([k, indent, body]) => `${k}:\n${body.split('\n').map((line) => indent + line).join('\n')}`) },
      { weight: 1, arbitrary: fc.tuple(key, indentUnit, tie('sequence')).map(([k, indent, body]) => `${k}:\n${body.split('\n').map((line) => indent + line).join('\n')}`) },
      { weight: 1, arbitrary: fc.constantFrom('# comment', '', ' ', '---', '...', '- x', 'key value', 'a: b #c', 'a: b\n  c') }
    ),
    { minLength: 1, maxLength: 5 }
  ).map((lines) => lines.join('\n')),
  sequence: fc.array(
    fc.oneof(
      { weight: 6, arbitrary: scalar.map((value) => `- ${value}`) },
      { weight: 4, arbitrary: tie('mapping').map((body) => `- ${body.split('\n').map((line, index) => (index === 0 ? line : `  ${line}`)).join('\n')}`) },
      { weight: 1, arbitrary: fc.constantFrom('-', '- ', '-x', '  - x', '# c') }
    ),
    { minLength: 1, maxLength: 4 }
  ).map((lines) => lines.join('\n'))
}))

const yamlText = fc.oneof(
  document.mapping,
  document.sequence,
  fc.tuple(document.mapping, fc.constantFrom('\n', '\n\n', '\r\n', ' ')).map(([body, end]) => body + end),
  fc.string({ unit: fc.constantFrom(...'ab: -\n"#[]\'{}~,1.'), maxLength: 40 })
)

describe('parsePlainYaml', () => {
  it('gives what the full parser gives, whenever it accepts the text', () => {
    let accepted = 0
    fc.assert(fc.property(yamlText, (yaml) => {
      if (expectSameAsFull(yaml)) accepted++
    }), runs)
    // The generator exercises the fast path, not only the fallback.
    expect(accepted).toBeGreaterThan(runs.numRuns / 20)
  })

  it('reads the frontmatter of the corpus', () => {
    const dir = join(import.meta.dirname, '../../../corpus/articles')
    const sources = readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(dir, name), 'utf8'))
    expect(sources.length).toBeGreaterThan(0)
    for (const source of sources) {
      const yaml = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source)![1]!
      expect(expectSameAsFull(yaml)).toBe(true)
    }
  })

  it('leaves what is not plain to the full parser', () => {
    for (const yaml of ['a: 1', 'a: b\na: c', 'a:', 'a: b # c', '# c\na: b', 'a: b\n\nc: d', 'a: "b\\"c"', "a: 'b'", 'a: {}', 'a: b\n  c', 'a:\n- b', 'a: b\r\nc: d', 'null: a', `${'k'.repeat(1100)}: v`, '']) {
      expect(parsePlainYaml(yaml), yaml).toBeUndefined()
    }
  })
})

describe('parseYaml', () => {
  it('finds positions in plain YAML as in any other', () => {
    const yaml = 'id: a\nimage:\n  caption: Lawrow in Moskau.\n  credit: "Foto: dpa"\ncredits:\n  - kind: photo\n    text: dpa'
    const file = new VFile({ value: `---\n${yaml}\n---\n` })
    const parsed = parseYaml(file, yaml, 4, location(file).toPoint)
    expect(parsed.data).toEqual({ id: 'a', image: { caption: 'Lawrow in Moskau.', credit: 'Foto: dpa' }, credits: [{ kind: 'photo', text: 'dpa' }] })
    expect(parsed.placeOf(['image', 'caption'])).toEqual({ line: 4, column: 12, offset: 24 + 4 })
    expect(parsed.placeOf(['credits', 0, 'text'], 'key')).toEqual({ line: 8, column: 5, offset: 97 })
    expect(parsed.placeOf([])).toEqual({ line: 2, column: 1, offset: 4 })
    expect(parsed.document.errors).toEqual([])
    expect(file.messages).toEqual([])
  })
})
