import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixtures, korpus, tempProject } from './_project.js'

const id = '2021-12-08-die-nato-will-den-gespraechsfaden-mit'
const source = `corpus/articles/${id}.md`
let dir: string

beforeEach(async () => {
  dir = await tempProject()
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Replace the `TODO` markers of an imported article the way a contributor would. */
async function fillTodos(path: string): Promise<void> {
  const text = await readFile(path, 'utf8')
  await writeFile(path, text.replace('title: TODO', 'title: Nato lädt Russland in den Nato-Russland-Rat ein').replace('genre: TODO', 'genre: news').replace('publisher: TODO', 'publisher: null'))
}

describe('korpus import', { timeout: 20_000 }, () => {
  it('writes the source from a file, prints its path and a hint, and refuses to overwrite it', async () => {
    const first = await korpus(dir, ['import', join(fixtures, 'raw-article.txt')])
    expect(first).toEqual({ code: 0, stdout: `${source}\n`, stderr: 'Fill in the `TODO` values, then run `korpus check`.\n' })
    const text = await readFile(join(dir, source), 'utf8')
    await expect(text).toMatchFileSnapshot('fixtures/import.md')

    const again = await korpus(dir, ['import', '-'], await readFile(join(fixtures, 'raw-article.txt')))
    expect(again).toEqual({ code: 1, stdout: '', stderr: `Cannot import: \`${source}\` already exists; remove or rename it first, or pick another slug\n` })
    expect(await readFile(join(dir, source), 'utf8')).toBe(text)
  })

  it('reads standard input with `-`, recording `-` as the raw file', async () => {
    const result = await korpus(dir, ['import', '-'], await readFile(join(fixtures, 'raw-article.txt')))
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${source}\n`)
    expect(await readFile(join(dir, source), 'utf8')).toContain('provenance:\n  file: "-"\n')
  })

  it('refuses a raw text that is not UTF-8, writing nothing', async () => {
    const result = await korpus(dir, ['import', '-'], new Uint8Array([0x64, 0x61, 0x0a, 0x64, 0xfc, 0x0a]))
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Cannot import `-`: Unexpected byte sequence at byte 4 that is not UTF-8, expected the file to be saved as UTF-8 (at 2:2)\n'
    })
    expect(await readdir(join(dir, 'corpus/articles'))).toEqual([])
  })

  it('names a raw file that does not exist, exit 2', async () => {
    const result = await korpus(dir, ['import', 'no-such-file.txt'])
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'Cannot find `no-such-file.txt`, expected a raw text file or `-` for standard input\n' })
  })
})

describe('korpus check', { timeout: 20_000 }, () => {
  it('prints every TODO marker as `path:line:column  error  message  rule-id` with hint and docs link, exit 1', async () => {
    await korpus(dir, ['import', join(fixtures, 'raw-article.txt')])
    const result = await korpus(dir, ['check'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    await expect(result.stderr).toMatchFileSnapshot('fixtures/check-todo.txt')
  })

  it('prints JSON with --format json and annotations with --format github, both on stdout', async () => {
    await korpus(dir, ['import', join(fixtures, 'raw-article.txt')])
    const json = await korpus(dir, ['check', '--format', 'json'])
    expect(json.code).toBe(1)
    const messages = JSON.parse(json.stdout) as Array<{ file: string; line: number; column: number; severity: string; ruleId: string; url: string }>
    expect(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual([
      `${source}:4:8 error todo-marker`,
      `${source}:11:8 error todo-marker`,
      `${source}:12:12 error todo-marker`
    ])
    expect(messages[0]!.url).toMatch(/docs\/rules\.md#todo-marker$/)

    const github = await korpus(dir, ['check', '--format', 'github'])
    expect(github.code).toBe(1)
    expect(github.stdout.split('\n')[0]).toBe(
      `::error file=${source},line=4,col=8,title=todo-marker::Unexpected \`TODO\` marker in \`title\`, expected the real value (Replace the marker; see docs/contributing.md for what each key means.)`
    )
  })

  it('passes once the TODOs are filled, and fails on warnings with --frail (a near-duplicate)', async () => {
    await korpus(dir, ['import', join(fixtures, 'raw-article.txt')])
    await fillTodos(join(dir, source))
    const clean = await korpus(dir, ['check', source])
    expect(clean.code).toBe(0)
    expect(clean.stderr).not.toMatch(/ error /)

    const copy = `corpus/articles/2021-12-09-nato-laedt-moskau-ein.md`
    await writeFile(join(dir, copy), (await readFile(join(dir, source), 'utf8')).replace(`id: ${id}`, 'id: 2021-12-09-nato-laedt-moskau-ein').replace('date: 2021-12-08', 'date: 2021-12-09'))
    const warned = await korpus(dir, ['check', copy])
    expect(warned.code).toBe(0)
    expect(warned.stderr).toContain(`${copy}:25:1  warning  Unexpected text that is a near-duplicate of \`${id}\` (${source}): 100% of their 4-word shingles are shared, expected less than 25%  near-duplicate`)
    expect(warned.stderr).not.toContain(`${source}:`)
    const frail = await korpus(dir, ['check', '--frail', copy])
    expect(frail.code).toBe(1)
  })

  it('exits 2 on a path that is not in the corpus, and on an unknown format', async () => {
    expect((await korpus(dir, ['check', 'corpus/articles/nichts.md'])).stderr).toBe('Cannot check `corpus/articles/nichts.md`: not a source or registry file under corpus/\n')
    expect((await korpus(dir, ['check', 'corpus/articles/nichts.md'])).code).toBe(2)
    expect((await korpus(dir, ['check', '--format', 'xml'])).code).toBe(2)
  })
})

describe('korpus extract --explain', { timeout: 20_000 }, () => {
  it('prints per quote the deciding sieve, why, and the speaker candidates', async () => {
    await writeFile(join(dir, 'explain.txt'), 'Titel der Meldung\n\nDie Außenministerin Annalena Baerbock reiste nach Kiew.\n\n„Wir stehen an der Seite der Ukraine“, sagte sie am Montag. Die Gespräche mit Moskau würden weitergehen.\n')
    const result = await korpus(dir, ['extract', '--explain', 'explain.txt'])
    expect(result.code).toBe(0)
    const blocks = result.stdout.split('\n\n')
    expect(blocks[0]).toBe('explain.txt: 2 quotes')
    expect(blocks[1]).toContain('direct  annalena-baerbock')
    expect(blocks[1]).toContain('sieve: quote-cue-after (speaker by pronoun, confidence 0.6)')
    expect(blocks[1]).toContain('why: quotation, then cue `sagte` with subject after it')
    expect(blocks[1]).toContain('candidates: sie → annalena-baerbock (antecedent)')
    expect(blocks[2]).toContain('sieve: continuation (speaker by continuation')
    expect(blocks[2]).toContain('candidates: moskau (place), previous speaker: annalena-baerbock')
  })
})
