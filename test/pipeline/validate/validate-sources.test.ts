import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { VFile } from 'vfile'
import { compileCorpus } from '../../../src/pipeline/compile/compile-corpus.js'
import { decodeSource } from '../../../src/pipeline/source/read-source.js'

const fixtures = join(import.meta.dirname, 'fixtures')
const today = '2022-06-01'

async function read(...path: string[]): Promise<VFile> {
  return decodeSource(await readFile(join(fixtures, ...path)), `corpus/articles/${path.join('/')}`)
}

function messages(files: readonly VFile[]): string[] {
  return files.flatMap((file) =>
    [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((m) => `${m.line}:${m.column}  ${m.ruleId}`)
  )
}

/** Each bad input, its fixture (`fixtures/2021-11-03-<case>.md`) and the exact messages `korpus check` gives. */
const cases: Array<[string, string[], string?]> = [
  ['ok', []],
  ['frontmatter-missing', ['1:1  frontmatter-missing']],
  ['frontmatter-unterminated', ['1:1  frontmatter-unterminated', '1:1  body-unexpected-node']],
  ['yaml-syntax', ['8:13  yaml-syntax'], 'Unexpected YAML: Missing closing "quote'],
  ['unknown-key', ['2:1  frontmatter-missing-key', '11:1  frontmatter-unknown-key', '13:1  frontmatter-unknown-key'], 'Unexpected unknown key `publsher`, did you mean `publisher`?'],
  ['missing-key', ['2:1  frontmatter-missing-key'], 'Unexpected missing key `genre`, expected it in the frontmatter'],
  ['wrong-types', ['10:8  frontmatter-invalid', '13:11  frontmatter-invalid', '15:11  frontmatter-invalid']],
  ['date-impossible-day', ['5:7  date-invalid'], 'Unexpected value for `date`: Unexpected date `2021-02-30`, expected a real calendar date (YYYY-MM-DD or YYYY-MM)'],
  ['date-impossible-month', ['5:7  date-invalid'], 'Unexpected value for `date`: Unexpected date `2021-13`, expected a real calendar date (YYYY-MM-DD or YYYY-MM)'],
  ['date-future', ['5:7  date-future'], 'Unexpected date `2031-11-03` in the future, expected a publication date up to 2022-06-01'],
  ['date-precision', ['6:16  date-precision-mismatch']],
  ['id-mismatch', ['2:5  id-mismatch'], 'Unexpected id `2021-11-03-nato-laedt-russland-ein` in `2021-11-03-id-mismatch.md`, expected the id to equal the file name `2021-11-03-id-mismatch`'],
  ['body-empty', ['23:1  body-empty']],
  ['body-html', ['22:80  body-html', '22:89  body-html', '24:1  body-html']],
  ['body-unsafe-link', ['22:5  body-unsafe-link'], 'Unexpected link to `javascript:alert(1)`, expected an `https:` or `http:` URL'],
  ['todo-marker', ['3:8  todo-marker', '10:8  todo-marker', '26:38  todo-marker']],
  ['invalid-utf8', ['24:12  encoding-invalid']],
  ['nul-byte', ['22:79  encoding-nul']],
  ['bom-crlf', []]
]

describe('validation of a source: one fixture per bad input, exact line:column and rule', () => {
  it.each(cases)('%s', async (name, expected, reason) => {
    const file = await read(`2021-11-03-${name}.md`)
    const { corpus } = compileCorpus({ articles: [file], registry: [], version: '0.0.0', today })
    expect(messages([file])).toEqual(expected)
    expect(file.messages.every((message) => message.fatal && message.url?.endsWith(`docs/rules.md#${message.ruleId}`))).toBe(true)
    if (reason) expect(file.messages.map((message) => message.reason)).toContain(reason)
    expect(corpus === undefined).toBe(expected.length > 0)
  })

  it('accepts a BOM and CRLF line ends and normalizes them away', async () => {
    const raw = await readFile(join(fixtures, '2021-11-03-bom-crlf.md'))
    expect([raw[0], raw[1], raw[2]]).toEqual([0xef, 0xbb, 0xbf])
    expect(raw.includes('\r\n')).toBe(true)
    const file = await read('2021-11-03-bom-crlf.md')
    expect(String(file.value)).toBe(String((await read('2021-11-03-ok.md')).value).replace('2021-11-03-ok', '2021-11-03-bom-crlf'))
  })

  it('rejects a duplicate article id at the second file, naming the first', async () => {
    const first = await read('duplicate-id', 'a', '2021-11-03-ok.md')
    const second = await read('duplicate-id', 'b', '2021-11-03-ok.md')
    const { corpus } = compileCorpus({ articles: [first, second], registry: [], version: '0.0.0', today })
    expect(corpus).toBeUndefined()
    expect(messages([first])).toEqual([])
    expect(messages([second])).toEqual(['2:5  id-duplicate'])
    expect(second.messages[0]!.reason).toContain('corpus/articles/duplicate-id/a/2021-11-03-ok.md')
  })
})
