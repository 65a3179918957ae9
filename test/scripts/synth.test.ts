import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { synthesize } from '../../scripts/synth/synthesize.js'
import { buildCorpus } from '../../src/pipeline/build-corpus.js'

const root = join(import.meta.dirname, '../..')
let work: string

async function sources(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(join(dir, 'articles'))).sort()
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, 'articles', name), 'utf8')] as const)))
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'korpus-synth-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('synthesize', () => {
  it('writes a corpus that passes `korpus check` without a single message', { timeout: 120_000 }, async () => {
    const out = join(work, 'a')
    const ids = await synthesize({ articles: 20, seed: '7', out, registryDir: join(root, 'corpus', 'registry') })
    expect(ids).toHaveLength(20)
    expect(new Set(ids).size).toBe(20)
    const { files, corpus } = await buildCorpus({ cwd: root, corpusDir: out, dryRun: true, cacheDir: false })
    expect(files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId}`))).toEqual([])
    expect(corpus?.articles).toHaveLength(20)
    expect(corpus!.quotes.length).toBeGreaterThan(20 * 3)
    expect(new Set(corpus!.quotes.map((quote) => quote.kind))).toEqual(new Set(['direct', 'indirect', 'mixed']))
    expect(new Set(corpus!.articles.map((article) => article.date.slice(0, 4))).size).toBeGreaterThan(4)
  })

  it('uses every quotation style, subheadings, datelines and image credits', async () => {
    const all = [...(await sources(join(work, 'a'))).values()]
    const text = all.join('\n')
    const bodies = all.map((source) => source.slice(source.indexOf('\n---\n') + 5)).join('\n')
    for (const pattern of [/„[^“\n]+“/, /"[^"\n]+"/, /«[^»\n]+»/, /»[^«\n]+«/, /‚[^‘\n]+‘/]) expect(bodies).toMatch(pattern)
    expect(text).toMatch(/^## /m)
    expect(text).toMatch(/^\p{Lu}[\p{L}-]+ – /mu)
    expect(text).toMatch(/^ {4}text: picture alliance\//m)
    expect(text).toMatch(/^datePrecision: month$/m)
  })

  it('gives byte-identical files for the same seed and different ones for another seed', async () => {
    await synthesize({ articles: 20, seed: '7', out: join(work, 'b'), registryDir: join(root, 'corpus', 'registry') })
    await synthesize({ articles: 20, seed: '8', out: join(work, 'c'), registryDir: join(root, 'corpus', 'registry') })
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((name) => sources(join(work, name))))
    expect(b).toEqual(a)
    expect([...c!.keys()]).not.toEqual([...a!.keys()])
  })

  it('keeps a smaller corpus a prefix of a larger one with the same seed', async () => {
    await synthesize({ articles: 30, seed: '7', out: join(work, 'd'), registryDir: join(root, 'corpus', 'registry') })
    const [a, d] = await Promise.all(['a', 'd'].map((name) => sources(join(work, name))))
    for (const [name, text] of a!) expect(d!.get(name)).toBe(text)
  })
})
