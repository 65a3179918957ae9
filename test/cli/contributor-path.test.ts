import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtures, korpus, root, run, tempProject } from './_project.js'

/**
 * The whole path of docs/contributing.md, as a contributor walks it, in a
 * temporary git repository: import a raw article (synthetic, written for
 * this test), check it, fill its TODOs, register the unknown entities,
 * correct the extraction, build, query the built corpus and diff it against
 * the last commit.
 */
const id = '2021-12-08-die-nato-will-den-gespraechsfaden-mit'
const source = `corpus/articles/${id}.md`
const corrections = `corpus/articles/${id}.corrections.yaml`
const missed = 'Beide Seiten hätten ein Interesse daran, Missverständnisse an der Ostflanke zu vermeiden'
let dir: string

const git = (...args: string[]) => run(dir, 'git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args])

beforeAll(async () => {
  dir = await tempProject()
  await git('init', '--quiet', '--initial-branch=main')
  await git('add', 'corpus', 'package.json')
  await git('commit', '--quiet', '-m', 'Start')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('contributing an article by pull request', { timeout: 30_000 }, () => {
  it('1. imports the raw text from standard input', async () => {
    const result = await korpus(dir, ['import', '-'], await readFile(join(fixtures, 'raw-article.txt')))
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${source}\n`)
  })

  it('2. check reports the TODO markers as errors', async () => {
    const result = await korpus(dir, ['check', '--format', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).map((m: { line: number; column: number; ruleId: string }) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '4:8 todo-marker',
      '11:8 todo-marker',
      '12:12 todo-marker'
    ])
  })

  it('3. after the TODOs are filled, check warns about unknown entities with an entry to paste; pasted, --frail passes', async () => {
    const text = await readFile(join(dir, source), 'utf8')
    await writeFile(join(dir, source), text.replace('title: TODO', 'title: Nato lädt Russland zu neuen Gesprächen ein').replace('genre: TODO', 'genre: news').replace('publisher: TODO', 'publisher: null'))
    const result = await korpus(dir, ['check', '--format', 'json'])
    expect(result.code).toBe(0)
    const warnings = JSON.parse(result.stdout) as Array<{ severity: string; ruleId: string; actual: string; note: string }>
    expect(warnings.every((m) => m.severity === 'warning' && m.ruleId === 'entity-unknown')).toBe(true)
    expect(warnings.map((m) => m.actual)).toContain('marta-kowalczyk')
    expect((await korpus(dir, ['check', '--frail'])).code).toBe(1)

    for (const warning of warnings) {
      const [, file, entry] = /add this entry to (corpus\/registry\/\S+)[^\n]*\n([\s\S]*)$/.exec(warning.note)!
      await appendFile(join(dir, file!), `\n${entry}\n`)
    }
    const frail = await korpus(dir, ['check', '--frail'])
    expect(frail).toMatchObject({ code: 0, stderr: 'No problems found.\n' })
  })

  it('4. a corrections file adds a quote the extractor missed; check errors when the text changes under it', async () => {
    const extracted = JSON.parse((await korpus(dir, ['extract', '--json', source])).stdout) as { quotes: Array<{ text: string }> }
    expect(extracted.quotes.some((quote) => quote.text.includes('Ostflanke'))).toBe(false)
    await writeFile(
      join(dir, corrections),
      ['# yaml-language-server: $schema=../schema/corrections.schema.json', 'addQuotes:', `  - text: ${missed}`, '    speaker: marta-kowalczyk', '    kind: indirect', ''].join('\n')
    )
    expect((await korpus(dir, ['check', '--frail'])).code).toBe(0)

    const text = await readFile(join(dir, source), 'utf8')
    await writeFile(join(dir, source), text.replace('Ostflanke', 'Ostgrenze'))
    const stale = await korpus(dir, ['check'])
    expect(stale.code).toBe(1)
    expect(stale.stderr).toContain(`${corrections}:3:11  error  Unexpected correction: no text \`${missed}\` in \`${id}\``)
    expect(stale.stderr).toContain('correction-stale')
    await writeFile(join(dir, source), text)
  })

  it('5. builds, and the runtime finds the article by date and actor, with the corrected quote', async () => {
    const build = await korpus(dir, ['build'])
    expect(build.code).toBe(0)
    for (const folder of ['src/internal', 'src/query', 'src/schema']) await cp(join(root, folder), join(dir, folder), { recursive: true })
    await cp(join(root, 'src/index.ts'), join(dir, 'src/index.ts'))
    await writeFile(
      join(dir, 'query.ts'),
      `import { byActor, byDate, quotesBy } from './src/index.js'
console.log(JSON.stringify({
  byDate: byDate('2021-12').map((a) => a.id),
  byActor: byActor('Marta Kowalczyk').map((a) => a.id),
  kowalczyk: quotesBy('marta-kowalczyk').map((q) => [q.id, q.text, q.kind, q.attribution]),
  stoltenberg: quotesBy('Stoltenberg').length
}))
`
    )
    const query = await run(dir, process.execPath, ['--import', 'tsx', 'query.ts'])
    expect(query.stderr).toBe('')
    const found = JSON.parse(query.stdout)
    expect(found.byDate).toEqual([id])
    expect(found.byActor).toEqual([id])
    expect(found.kowalczyk).toEqual([[expect.stringMatching(new RegExp(`^${id}#q\\d+$`)), missed, 'indirect', 'correction']])
    expect(found.stoltenberg).toBeGreaterThan(0)
  })

  it('6. diff against the last commit shows the new article, entities and quotes per speaker', async () => {
    const result = await korpus(dir, ['diff'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('## Corpus changes against `HEAD`')
    expect(result.stdout).toContain(`- added \`${id}\`: Nato lädt Russland zu neuen Gesprächen ein (2021-12-08)`)
    expect(result.stdout).toContain('- added `marta-kowalczyk`: Marta Kowalczyk (person)')
    expect(result.stdout).toMatch(/\| Marta Kowalczyk \(`marta-kowalczyk`\) \| 0 \| 1 \| \+1 \| −0 \|/)
    expect(result.stdout).toContain(`- \\+ Marta Kowalczyk: „${missed}“`)

    await git('add', 'corpus')
    await git('commit', '--quiet', '-m', 'Add article')
    expect((await korpus(dir, ['diff', 'HEAD'])).stdout).toContain('No changes.')
    const json = JSON.parse((await korpus(dir, ['diff', 'HEAD~1', '--json'])).stdout)
    expect(json.added.map((article: { id: string }) => article.id)).toEqual([id])
    const unknown = await korpus(dir, ['diff', 'origin/main'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Cannot find git ref `origin/main`')
  })
})
