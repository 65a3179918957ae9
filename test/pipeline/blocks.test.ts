import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/pipeline/build-corpus.js'
import { blockKey, blockName, splitBlocks } from '../../src/pipeline/emit/blocks.js'
import { verifyPackage } from '../../src/pipeline/verify/verify-package.js'
import { fileSums, synthProject } from '../fixtures/synth-project.js'

// The output in blocks of articles: 12 fixture articles in blocks of 5 (three blocks: 5, 5, 2).
const blockSize = 5
const today = '2026-12-01'
let dir: string

beforeAll(async () => {
  dir = await synthProject()
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Inode of every file of the output, by path relative to it. */
async function inodes(root: string): Promise<Map<string, number>> {
  const result = new Map<string, number>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    result.set(path.slice(root.length + 1), (await stat(path)).ino)
  }
  return result
}

/** The text of every block of a table, joined in name order. */
async function joined(root: string, folder: string, extension = 'jsonl'): Promise<string> {
  const names = (await readdir(join(root, folder))).filter((name) => name.endsWith(`.${extension}`)).sort()
  return (await Promise.all(names.map((name) => readFile(join(root, folder, name), 'utf8')))).join('')
}

describe('splitBlocks() and blockKey()', () => {
  it('splits in order into blocks of the size, the last one shorter, and one empty block for nothing', () => {
    expect(splitBlocks([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]])
    expect(splitBlocks([], 3)).toEqual([[]])
    expect(() => splitBlocks([1], 0)).toThrow('Unexpected block size 0, expected a positive integer')
    expect([blockName(0), blockName(42)]).toEqual(['00000', '00042'])
  })

  it('gives another key for another article hash, order, index, size or code', () => {
    const key = blockKey('code', 5, 1, ['a', 'b'])
    expect(new Set([key, blockKey('code', 5, 1, ['a', 'c']), blockKey('code', 5, 1, ['b', 'a']), blockKey('code', 5, 2, ['a', 'b']), blockKey('code', 4, 1, ['a', 'b']), blockKey('other', 5, 1, ['a', 'b'])]).size).toBe(6)
    expect(blockKey('code', 5, 1, ['a', 'b'])).toBe(key)
  })
})

describe('the output in blocks', { timeout: 120_000 }, () => {
  it('splits the per-article tables and runtime modules into blocks that joined are the tables of one block', async () => {
    const cacheDir = join(dir, 'cache')
    await buildCorpus({ cwd: dir, cacheDir, today, blockSize: 512 })
    const whole = join(dir, 'generated')
    const single = await Promise.all(['articles', 'mentions', 'quotes'].map((table) => joined(join(whole, 'data'), table)))
    await buildCorpus({ cwd: dir, cacheDir, today, blockSize })
    const data = join(dir, 'generated', 'data')
    for (const table of ['articles', 'mentions', 'quotes']) expect((await readdir(join(data, table))).sort()).toEqual(['00000', '00001', '00002'].flatMap((name) => [`${name}.jsonl`, `${name}.parquet`]))
    expect(await Promise.all(['articles', 'mentions', 'quotes'].map((table) => joined(data, table)))).toEqual(single)
    expect((await joined(data, 'articles')).split('\n').filter(Boolean)).toHaveLength(12)
    expect((await readFile(join(data, 'articles', '00002.jsonl'), 'utf8')).split('\n').filter(Boolean)).toHaveLength(2)
    const described = JSON.parse(await readFile(join(data, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; path: unknown }> }
    expect(described.resources.find((resource) => resource.name === 'quotes')!.path).toEqual(['quotes/00000.jsonl', 'quotes/00001.jsonl', 'quotes/00002.jsonl'])
    expect(await readdir(join(dir, 'generated', 'runtime', 'texts'))).toEqual(['00000.js', '00001.js', '00002.js'])
    const { textOf } = (await import(join(dir, 'generated', 'runtime', 'texts.js'))) as { textOf: (id: string) => string | undefined }
    const { catalog } = (await import(join(dir, 'generated', 'runtime', 'catalog.js'))) as { catalog: Array<{ id: string }> }
    expect(catalog).toHaveLength(12)
    expect(catalog.map((article) => JSON.parse(textOf(article.id)!) as { markdown: string }).every((text) => text.markdown.length > 0)).toBe(true)
    // `korpus verify` reads every block.
    const verified = await verifyPackage(join(dir, 'generated'))
    expect(verified.problems).toEqual([])
    expect(verified.verified).toContain('data/articles/00002.jsonl')
  })

  it('rewrites only the block of a changed article; the other blocks are the same files, and the output is that of a cold build', async () => {
    const cacheDir = join(dir, 'cache')
    await buildCorpus({ cwd: dir, cacheDir, today, blockSize })
    const before = await inodes(join(dir, 'generated'))
    const names = (await readdir(join(dir, 'corpus', 'articles'))).filter((name) => name.endsWith('.md')).sort()
    // The articles are in date order, and so are their file names: the 7th is in block 1 (articles 5–9).
    const edited = join(dir, 'corpus', 'articles', names[6]!)
    await writeFile(edited, `${(await readFile(edited, 'utf8')).trimEnd()}\n\nDie Nato verlegte den Termin auf den Abend.\n`)
    const rebuilt = await buildCorpus({ cwd: dir, cacheDir, today, blockSize })
    expect(rebuilt.stats.cached).toBe(11)
    const after = await inodes(join(dir, 'generated'))
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    const rewritten = [...after].filter(([path, inode]) => before.get(path) !== inode).map(([path]) => path)
    const blockFiles = rewritten.filter((path) => /\/0000\d\.(?:jsonl|parquet|js)$/.test(path))
    // Block 1 of each table and runtime module, nothing of blocks 0 and 2; block 1 of the quotes
    // has the same bytes (the sentence added quotes no one), so it is the same file too.
    expect(blockFiles.sort()).toEqual(
      ['data/articles', 'data/mentions'].flatMap((table) => [`${table}/00001.jsonl`, `${table}/00001.parquet`]).concat(['catalog', 'mentions', 'texts'].map((kind) => `runtime/${kind}/00001.js`)).sort()
    )
    // Of the whole-corpus files, only those with new bytes (the manifest, the checksums) are new files.
    expect(rewritten).toContain('data/manifest.json')
    expect(rewritten).not.toContain('data/registry.jsonl')
    expect(rewritten).not.toContain('runtime/catalog.js')
    const sums = await fileSums(join(dir, 'generated'))
    await buildCorpus({ cwd: dir, cacheDir: false, today, blockSize })
    expect(await fileSums(join(dir, 'generated'))).toBe(sums)
  })

  it('writes everything again when a file of the previous output is gone', async () => {
    const cacheDir = join(dir, 'cache')
    await buildCorpus({ cwd: dir, cacheDir, today, blockSize })
    const sums = await fileSums(join(dir, 'generated'))
    const edited = join(dir, 'corpus', 'articles', (await readdir(join(dir, 'corpus', 'articles'))).filter((name) => name.endsWith('.md')).sort()[0]!)
    await writeFile(edited, `${(await readFile(edited, 'utf8')).trimEnd()}\n\nEin weiterer Satz am Ende.\n`)
    // A block the next build would keep, removed behind its back.
    await rm(join(dir, 'generated', 'data', 'quotes', '00002.jsonl'))
    const rebuilt = await buildCorpus({ cwd: dir, cacheDir, today, blockSize })
    expect(rebuilt.corpus).toBeDefined()
    expect(await fileSums(join(dir, 'generated'))).not.toBe(sums)
    expect((await verifyPackage(join(dir, 'generated'))).problems).toEqual([])
  })
})
