import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { synthesize } from '../../../scripts/synth/synthesize.js'
import { type BuildOptions, buildCorpus } from '../../../src/pipeline/build-corpus.js'
import type { CompiledCorpus } from '../../../src/pipeline/compile/compile-corpus.js'
import { pipelineFingerprint } from '../../../src/pipeline/cache/fingerprint.js'
import { diffRegistry, foldForMatch, isAffected, snapshotRegistry } from '../../../src/pipeline/cache/registry-snapshot.js'
import type { Entity } from '../../../src/schema/entity.js'

const root = join(import.meta.dirname, '../../..')
const size = 70
/** A modification time long ago (s). */
const past = 1_600_000_000
let work: string
let corpusDir: string

/** Build into a fresh output folder and return every output file's text by path. */
async function build(name: string, options: BuildOptions): Promise<{ files: Record<string, string>; stats: unknown; corpus: CompiledCorpus }> {
  const outDir = join(work, name, 'generated')
  const result = await buildCorpus({ cwd: root, corpusDir, outDir, today: '2026-01-01', ...options })
  expect(result.files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.ruleId}`))).toEqual([])
  const files: Record<string, string> = {}
  for (const path of (await readdir(outDir, { recursive: true })).sort()) {
    if (/\.[a-z]+$/.test(path)) files[path] = await readFile(join(outDir, path), 'utf8')
  }
  return { files, stats: result.stats, corpus: result.corpus! }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'korpus-cache-'))
  corpusDir = join(work, 'corpus')
  await synthesize({ articles: size, seed: 'cache', out: corpusDir, registryDir: join(root, 'corpus', 'registry') })
  // Sources last changed long ago: the cache records their stat keys (a source changed in the last seconds has none).
  for (const name of await readdir(join(corpusDir, 'articles'))) await utimes(join(corpusDir, 'articles', name), past, past)
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('build cache and worker threads', { timeout: 300_000 }, () => {
  it('write byte-identical output with and without the cache, on one thread or two', async () => {
    const cacheDir = join(work, 'cache')
    const plain = await build('plain', { cacheDir: false, jobs: 1 })
    const threads = await build('threads', { cacheDir: false, jobs: 2 })
    expect(threads.stats).toEqual({ cached: 0, workers: size, main: 0, hashed: 0 })
    expect(threads.files).toEqual(plain.files)
    const cold = await build('cold', { cacheDir, jobs: 1 })
    expect(cold.stats).toEqual({ cached: 0, workers: 0, main: size, hashed: 0 })
    expect(cold.files).toEqual(plain.files)
    const warm = await build('warm', { cacheDir, jobs: 2 })
    // No source hashed: each has the size and modification time the cache recorded.
    expect(warm.stats).toEqual({ cached: size, workers: 0, main: 0, hashed: 0 })
    expect(warm.files).toEqual(plain.files)
    // Articles from the cache read their body only when asked; asked, they are the same.
    expect(JSON.stringify(warm.corpus)).toBe(JSON.stringify(plain.corpus))
    expect(warm.corpus.counts).toEqual({ mentions: plain.corpus.mentions.length, quotes: plain.corpus.quotes.length })
    expect(warm.corpus.counts.quotes).toBeGreaterThan(size)
  })

  it('rebuilds only the article that changed', async () => {
    const cacheDir = join(work, 'cache')
    const names = (await readdir(join(corpusDir, 'articles'))).sort()
    const path = join(corpusDir, 'articles', names[10]!)
    await writeFile(path, `${(await readFile(path, 'utf8')).trimEnd()} Lawrow sagte, man sei zu Gesprächen bereit.\n`)
    await utimes(path, past + 1, past + 1)
    const incremental = await build('incremental', { cacheDir })
    expect(incremental.stats).toEqual({ cached: size - 1, workers: 0, main: 1, hashed: 1 })
    expect(incremental.files).toEqual((await build('reference', { cacheDir: false })).files)
  })

  it('does not reuse the cached hash and lines of an article that a corrections file now changes', async () => {
    const cacheDir = join(work, 'cache')
    const before = await build('before-correction', { cacheDir })
    const quote = JSON.parse(before.files['data/quotes/00000.jsonl']!.split('\n')[0]!) as { articleId: string; text: string }
    const corrections = join(corpusDir, 'articles', `${quote.articleId}.corrections.yaml`)
    await writeFile(corrections, `removeQuotes:\n  - text: ${JSON.stringify(quote.text)}\n`)
    try {
      const corrected = await build('corrected', { cacheDir })
      expect(corrected.stats).toMatchObject({ cached: size, workers: 0, main: 0 })
      expect(corrected.files).toEqual((await build('corrected-reference', { cacheDir: false })).files)
      const hashOf = (files: Record<string, string>): string => (JSON.parse(files['data/manifest.json']!) as { articles: Record<string, string> }).articles[quote.articleId]!
      expect(hashOf(corrected.files)).not.toBe(hashOf(before.files))
      const count = (files: Record<string, string>): number => files['data/quotes/00000.jsonl']!.split('\n').filter((line) => line.startsWith(`{"articleId":${JSON.stringify(quote.articleId)},`)).length
      expect(count(corrected.files)).toBe(count(before.files) - 1)
    } finally {
      await rm(corrections)
    }
  })

  it('hashes only the sources whose size or modification time changed, and takes a touched source from the cache', async () => {
    const cacheDir = join(work, 'stat-cache')
    await build('stat-cold', { cacheDir })
    const names = (await readdir(join(corpusDir, 'articles'))).filter((name) => name.endsWith('.md')).sort()
    // Same text, another modification time: hashed, found unchanged, its new stat key recorded.
    await utimes(join(corpusDir, 'articles', names[3]!), past + 2, past + 2)
    // Same size, other text, another modification time: hashed, prepared again.
    const edited = join(corpusDir, 'articles', names[4]!)
    const text = await readFile(edited, 'utf8')
    await writeFile(edited, text.replace(/(?<=\n\n[^\n]*?)[a-z]/, (letter) => (letter === 'e' ? 'a' : 'e')))
    await utimes(edited, past + 2, past + 2)
    try {
      const touched = await build('stat-touched', { cacheDir })
      expect(touched.stats).toEqual({ cached: size - 1, workers: 0, main: 1, hashed: 2 })
      expect(touched.files).toEqual((await build('stat-reference', { cacheDir: false })).files)
      // The edited source's new stat key is in its rewritten shard; the touched one's shard is not
      // rewritten for a stat key alone, so it is hashed again (and found unchanged).
      const again = await build('stat-again', { cacheDir })
      expect(again.stats).toEqual({ cached: size, workers: 0, main: 0, hashed: 1 })
    } finally {
      await writeFile(edited, text)
      await utimes(edited, past, past)
    }
  })

  it('builds without the cache, and writes it anew, when an entry’s bytes were damaged since it was written', async () => {
    const cacheDir = join(work, 'damaged-cache')
    const reference = await build('damaged-cold', { cacheDir })
    const [folder] = await readdir(cacheDir)
    for (const name of (await readdir(join(cacheDir, folder!))).filter((name) => name.startsWith('shard-'))) {
      const path = join(cacheDir, folder!, name)
      const bytes = await readFile(path)
      const head = bytes.indexOf(0x0a)
      if (head === bytes.length - 1) continue
      bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1 // Its last entry's body, same size.
      await writeFile(path, bytes)
    }
    // Another block size: every block is written, so every entry's bytes are read.
    const outDir = join(work, 'damaged-cold', 'generated')
    const result = await buildCorpus({ cwd: root, corpusDir, outDir, cacheDir, today: '2026-01-01', blockSize: size })
    expect(result.cacheIgnored).toMatch(/^Unexpected build cache shard `.+` \(checksum mismatch\)/)
    expect(result.stats.cached).toBe(0)
    const again = await buildCorpus({ cwd: root, corpusDir, outDir, cacheDir, today: '2026-01-01', blockSize: size })
    expect(again.cacheIgnored).toBeUndefined()
    expect(again.stats).toMatchObject({ cached: size })
    expect(reference.corpus.manifest).toEqual(again.corpus!.manifest)
  })

  it('re-extracts after a registry change only the articles whose text it can affect', async () => {
    const cacheDir = join(work, 'cache')
    const registry = join(corpusDir, 'registry', 'persons.yaml')
    const yaml = await readFile(registry, 'utf8')
    // A new person whose surname occurs in no synthetic article but one.
    await writeFile(registry, `${yaml.trimEnd()}\n- id: jonas-pfeilsticker\n  name: Jonas Pfeilsticker\n  wikidata: null\n`)
    const texts = await Promise.all((await readdir(join(corpusDir, 'articles'))).map((name) => readFile(join(corpusDir, 'articles', name), 'utf8')))
    const affected = texts.filter((text) => /pfeilsticker|jonas/i.test(text)).length
    const after = await build('registry', { cacheDir })
    expect(after.stats).toMatchObject({ cached: size - affected, workers: 0, main: affected })
    expect(after.files).toEqual((await build('registry-reference', { cacheDir: false })).files)
    await writeFile(registry, yaml)
  })
})

describe('registry snapshots', () => {
  const entity = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'person', name, wikidata: null, aliases, roles: [], kind: null, provisional: false })

  it('finds the words of changed entries in inflected and compound forms', () => {
    const before = snapshotRegistry([entity('sergej-lawrow', 'Sergej Lawrow'), entity('nato', 'NATO')])
    const after = snapshotRegistry([entity('sergej-lawrow', 'Sergej Lawrow', ['Lavrov']), entity('nato', 'NATO')])
    const change = diffRegistry(before, after)
    expect(change.all).toBe(false)
    expect(isAffected(change, foldForMatch('Lawrows Rede in Moskau'))).toBe(true)
    expect(isAffected(change, foldForMatch('Die Nato-Staaten berieten.'))).toBe(false)
  })

  it('treats reordered entries as a change of everything', () => {
    const a = entity('a', 'Anna Alpha')
    const b = entity('b', 'Berta Beta')
    expect(diffRegistry(snapshotRegistry([a, b]), snapshotRegistry([b, a])).all).toBe(true)
  })

  it('changes the pipeline fingerprint with the extractor version', async () => {
    expect(await pipelineFingerprint('1')).not.toBe(await pipelineFingerprint('2'))
  })
})
