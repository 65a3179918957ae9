import { cp, mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/pipeline/build-corpus.js'

const root = join(import.meta.dirname, '../..')
let work: string

/** A copy of the project's corpus and package.json in a temporary folder. */
async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'korpus-build-'))
  await cp(join(root, 'corpus'), join(dir, 'corpus'), { recursive: true })
  await cp(join(root, 'package.json'), join(dir, 'package.json'))
  return dir
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const base = join(dir, 'generated')
  for (const entry of (await readdir(base, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name)
    out[path.slice(base.length + 1)] = await readFile(path, 'utf8')
  }
  return out
}

beforeEach(async () => {
  work = await project()
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('buildCorpus', { timeout: 60_000 }, () => {
  it('reports the time of each step and of each per-article stage', async () => {
    const cold = await buildCorpus({ cwd: work, cacheDir: join(work, 'cache'), jobs: 1 })
    const { timings } = cold
    // Every source prepared once, by `prepare` (no worker, nothing cached).
    expect(cold.stats).toEqual({ cached: 0, workers: 0, main: 5, hashed: 0 })
    expect(timings.stages.articles).toBe(5)
    const steps = [timings.read, timings.prepare, timings.compile, timings.saveCache, timings.emit, timings.write]
    for (const ms of steps) expect(ms).toBeGreaterThanOrEqual(0)
    // The steps are laps of one clock: together at most the whole.
    expect(steps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(timings.total + 1e-6)
    // On one thread the stages run inside `prepare` and `compile`.
    const { parse, validate, extract, compile, serialize } = timings.stages
    expect(parse + validate + extract + compile + serialize).toBeLessThanOrEqual(timings.prepare + timings.compile + 1e-6)
    expect(extract).toBeGreaterThan(0)
    // A rebuild takes every article from the cache: nothing parsed or extracted.
    const warm = await buildCorpus({ cwd: work, cacheDir: join(work, 'cache'), jobs: 1 })
    expect(warm.stats.cached).toBe(5)
    expect(warm.timings.stages).toEqual({ articles: 0, parse: 0, validate: 0, extract: 0, compile: 0, serialize: 0 })
  })

  it('writes byte-identical output on two builds', async () => {
    const first = await buildCorpus({ cwd: work })
    expect(first.corpus).toBeDefined()
    const a = await snapshot(work)
    await rm(join(work, 'generated'))
    await rm(join(work, '.generated'), { recursive: true })
    await buildCorpus({ cwd: work })
    expect(await snapshot(work)).toEqual(a)
  })

  it('leaves the previous output untouched when a source is invalid', async () => {
    await buildCorpus({ cwd: work })
    const before = await snapshot(work)
    const link = await readlink(join(work, 'generated'))
    const [name] = (await readdir(join(work, 'corpus/articles'))).filter((file) => file.endsWith('.md')).sort()
    const path = join(work, 'corpus/articles', name!)
    await writeFile(path, (await readFile(path, 'utf8')).replace(/^date: .*$/m, 'date: 2021-02-30'))
    const result = await buildCorpus({ cwd: work })
    expect(result.corpus).toBeUndefined()
    const messages = result.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId}`))
    expect(messages).toEqual([`corpus/articles/${name}:5:7 date-invalid`])
    expect(await readlink(join(work, 'generated'))).toBe(link)
    expect(await snapshot(work)).toEqual(before)
  })

  it('keeps the previous output complete when writing fails half-way', async () => {
    await buildCorpus({ cwd: work })
    const before = await snapshot(work)
    const [name] = (await readdir(join(work, 'corpus/articles'))).filter((file) => file.endsWith('.md')).sort()
    const path = join(work, 'corpus/articles', name!)
    await writeFile(path, `${await readFile(path, 'utf8')}\nEin neuer Absatz.\n`)
    let writes = 0
    await expect(
      buildCorpus({
        cwd: work,
        onStep(step) {
          if (step.startsWith('write') && ++writes === 3) throw new Error('disk full')
        }
      })
    ).rejects.toThrow('disk full')
    expect(await snapshot(work)).toEqual(before)
    const rebuilt = await buildCorpus({ cwd: work })
    expect(rebuilt.corpus).toBeDefined()
    expect(await snapshot(work)).not.toEqual(before)
  })

  it('reports every problem of every file, not just the first', async () => {
    const names = (await readdir(join(work, 'corpus/articles'))).filter((file) => file.endsWith('.md')).sort()
    for (const name of names.slice(0, 2)) {
      const path = join(work, 'corpus/articles', name)
      await writeFile(path, (await readFile(path, 'utf8')).replace(/^genre: .*$/m, 'genre: satire').replace(/^language: de$/m, 'langauge: de'))
    }
    const { files, corpus } = await buildCorpus({ cwd: work, dryRun: true })
    expect(corpus).toBeUndefined()
    const rules = files.flatMap((file) => file.messages.map((message) => message.ruleId)).sort()
    expect(rules).toEqual(['frontmatter-invalid', 'frontmatter-invalid', 'frontmatter-missing-key', 'frontmatter-missing-key', 'frontmatter-unknown-key', 'frontmatter-unknown-key'])
  })
})
