import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type CachedArticle, openCache } from '../../../src/pipeline/cache/build-cache.js'
import { CacheDamagedError, decodeShardHead, encodeShard, SpillFile, withStat } from '../../../src/pipeline/cache/cache-shard.js'
import { encodeFields } from '../../../src/pipeline/emit/bytes.js'
import { contentBytes } from '../../emit/content-bytes.js'
import { unpackRecord } from '../../../src/pipeline/transport/prepared-record.js'

function entry(id: string, quotes: string | undefined): CachedArticle {
  const body = { markdown: 'Erste Zeile.\n\nZweite „Zeile“ mit \\ und "Zeichen".', paragraphs: [{ type: 'paragraph', text: 'Erste Zeile.' }], mentions: [], quotes: [] }
  return {
    source: 'a'.repeat(64),
    frontmatter: { id, title: '„Nein“', date: '2021-12-01' } as CachedArticle['frontmatter'],
    discovered: [],
    compiled: {
      hash: 'b'.repeat(64),
      entityIds: ['Q1'],
      quoteCount: 0,
      mentionCount: 0,
      lines: encodeFields({ article: `{"id":"${id}","text":"a\\nb"}\n`, mentions: '', quotes: '{"text":"„x“ 😀"}\n' }),
      modules: encodeFields({ catalog: `'{"id":"${id}"}'`, text: `"${id}": () => '{"markdown":"\\\\u201e"}'`, mentions: `"${id}": () => '[]'`, quotes })
    },
    body: new TextEncoder().encode(JSON.stringify(body))
  }
}

/** Every field of an entry, its bytes read. */
function loaded(value: CachedArticle): unknown {
  const { hash, entityIds, quoteCount, mentionCount, lines, modules } = value.compiled
  return {
    source: value.source,
    stat: value.stat,
    frontmatter: value.frontmatter,
    discovered: value.discovered,
    compiled: { hash, entityIds, quoteCount, mentionCount, lines: { article: lines.article, mentions: lines.mentions, quotes: lines.quotes }, modules: { catalog: modules.catalog, text: modules.text, mentions: modules.mentions, quotes: modules.quotes } },
    body: value.body
  }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'korpus-shard-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Write a shard to a file and read its head back, as `openCache` does. */
async function roundTrip(shard: Record<string, CachedArticle>, change?: (bytes: Buffer, head: number) => Buffer): Promise<Record<string, CachedArticle> | undefined> {
  const encoded = encodeShard(shard)
  const path = join(dir, 'shard.bin')
  const bytes = change ? change(Buffer.from(contentBytes(encoded.bytes)), encoded.headBytes) : Buffer.from(contentBytes(encoded.bytes))
  await writeFile(path, bytes)
  return decodeShardHead(bytes.subarray(0, encoded.headBytes), path, bytes.byteLength)
}

describe('encodeShard() and decodeShardHead()', () => {
  const shard = { 'corpus/articles/a.md': entry('a', '"a": \'[]\''), 'corpus/articles/b.md': { ...entry('b', undefined), stat: [120, 1_700_000_000_000.5] as const } }

  it('give back the entries as they were, line breaks, escapes, astral characters, stat keys and missing quotes included', async () => {
    const decoded = (await roundTrip(shard))!
    expect(Object.keys(decoded)).toEqual(Object.keys(shard))
    for (const [path, value] of Object.entries(decoded)) expect(loaded(value)).toEqual(loaded(shard[path as keyof typeof shard]))
    expect(await roundTrip({})).toEqual({})
  })

  it('keep the serialized forms out of the first line, as their bytes after it', () => {
    const { bytes, headBytes } = encodeShard(shard)
    const text = Buffer.from(contentBytes(bytes))
    expect(text.subarray(0, headBytes).toString('utf8')).not.toContain('"lines"')
    expect(text.indexOf(0x0a)).toBe(headBytes - 1)
    expect(text.indexOf(Buffer.from(shard['corpus/articles/a.md'].compiled.lines.article))).toBeGreaterThanOrEqual(headBytes)
  })

  it('refuse a file that is cut short, has bytes left over, or a first line that is broken', async () => {
    expect(await roundTrip(shard, (bytes) => bytes.subarray(0, -1))).toBeUndefined()
    expect(await roundTrip(shard, (bytes) => Buffer.concat([bytes, Buffer.from('x')]))).toBeUndefined()
    expect(await roundTrip(shard, (bytes) => Buffer.concat([Buffer.from('x'), bytes]))).toBeUndefined()
    expect(decodeShardHead(new Uint8Array(), join(dir, 'none'), 0)).toBeUndefined()
    expect(decodeShardHead(Buffer.from('{"entries":{}}'), join(dir, 'none'), 14)).toBeUndefined()
  })

  it('refuse a first line of the wrong shape instead of throwing', () => {
    const entry = { source: 'x', frontmatter: { id: 'a', date: '2021-12-01' }, discovered: [], compiled: { hash: 'h', entityIds: [], quoteCount: 0, mentionCount: 0, sizes: [0, 0, 0, 0, 0, 0, -1, 0] }, crc32: 0 }
    const line = (value: unknown): string => JSON.stringify({ entries: { a: value } })
    const change = (path: string, value: unknown): unknown => {
      const copy = structuredClone(entry) as Record<string, any>
      const keys = path.split('.')
      keys.slice(0, -1).reduce((object, key) => object[key], copy)[keys.at(-1)!] = value
      return copy
    }
    const decode = (first: string): unknown => {
      const head = Buffer.from(`${first}\n`)
      return decodeShardHead(head, join(dir, 'none'), head.byteLength)
    }
    for (const first of [
      'null',
      '[]',
      '{"a":{}}',
      JSON.stringify({ entries: [] }),
      line({}),
      line(null),
      line(change('source', 1)),
      line(change('crc32', '0')),
      line(change('stat', [1])),
      line(change('stat', 'x')),
      line(change('frontmatter', null)),
      line(change('frontmatter.date', 2021)),
      line(change('discovered', null)),
      line(change('compiled.hash', null)),
      line(change('compiled.entityIds', 'Q1')),
      line(change('compiled.quoteCount', 0.5)),
      line(change('compiled.mentionCount', undefined)),
      line(change('compiled.sizes', [1, 1])),
      line(change('compiled.sizes', [0, 0, 0, 0, 0, 0, 0.5, 0])),
      line(change('compiled.sizes', [-1, 0, 0, 0, 0, 0, 0, 0])),
      line(change('compiled.sizes', [0, 0, 0, 0, 0, 0, 0, -1])),
      line(change('compiled.sizes', [0, 0, 0, 0, 0, 0, 0])),
      line(change('compiled.sizes', 'x'))
    ]) {
      expect(decode(first)).toBeUndefined()
    }
    expect(decode(line(entry))).toMatchObject({ a: { compiled: { hash: 'h' } } })
  })

  it('read an entry’s bytes only when first used, and refuse bytes changed since they were written', async () => {
    const at = (text: string) => (bytes: Buffer, head: number): Buffer => {
      const broken = Buffer.from(bytes)
      broken[broken.indexOf(Buffer.from(text), head)] = 0x65 // One letter, still valid JSON.
      return broken
    }
    for (const [text, read] of [
      ['Erste Zeile', (value: CachedArticle) => unpackRecord(value).prepared.markdown],
      ['„x“', (value: CachedArticle) => unpackRecord(value).output.lines.quotes]
    ] as const) {
      // Opening reads the first line only: the damage shows when the entry's bytes are used.
      const decoded = (await roundTrip(shard, at(text)))!
      const { prepared } = unpackRecord(decoded['corpus/articles/a.md']!)
      expect(prepared.frontmatter.id).toBe('a')
      expect(prepared.article.entityIds).toEqual(['Q1'])
      expect(() => read(decoded['corpus/articles/a.md']!)).toThrow(CacheDamagedError)
      // The other entry's bytes are whole.
      expect(unpackRecord(decoded['corpus/articles/b.md']!).prepared.paragraphs).toEqual([{ type: 'paragraph', text: 'Erste Zeile.' }])
    }
  })

  it('copy an entry read from a shard as its bytes, loaded or not, with or without a new stat key', async () => {
    const decoded = (await roundTrip(shard))!
    const again = Buffer.from(contentBytes(encodeShard(decoded).bytes))
    expect(again.equals(Buffer.from(contentBytes(encodeShard(shard).bytes)))).toBe(true)
    const restat = { ...decoded, 'corpus/articles/a.md': withStat(decoded['corpus/articles/a.md']!, [1, 2]) }
    const moved = (await roundTrip(restat))!
    expect(moved['corpus/articles/a.md']!.stat).toEqual([1, 2])
    expect(loaded(moved['corpus/articles/b.md']!)).toEqual(loaded(shard['corpus/articles/b.md']))
  })
})

describe('SpillFile', () => {
  it('keeps an entry’s bytes on disk, reads them back as they were, and a save copies them into the shards', async () => {
    const spill = new SpillFile(join(dir, 'spill.tmp'))
    const original = entry('a', '"a": \'[]\'')
    const spilled = spill.spill(original)
    // Spilled once: an entry whose bytes are on disk already is not written again.
    expect(spill.spill(spilled)).toBe(spilled)
    expect(loaded(spilled)).toEqual(loaded(original))
    expect(unpackRecord(spilled).prepared.markdown).toContain('Zweite „Zeile“')
    const cache = await openCache(join(dir, 'cache'), 'f')
    await cache.save(new Map([['corpus/articles/a.md', spilled]]), { entries: {} } as never)
    spill.remove()
    await expect(readFile(join(dir, 'spill.tmp'))).rejects.toThrow()
    // The entry reads its bytes from its shard file now; so does a cache opened again.
    expect(loaded(spilled)).toEqual(loaded(original))
    expect(loaded((await openCache(join(dir, 'cache'), 'f')).entry('corpus/articles/a.md')!)).toEqual(loaded(original))
  })

  it('refuses bytes changed in the spill file since they were written', async () => {
    const path = join(dir, 'spill.tmp')
    const spill = new SpillFile(path)
    const spilled = spill.spill(entry('a', undefined))
    const bytes = await readFile(path)
    bytes[bytes.indexOf(Buffer.from('Erste Zeile'))] = 0x65
    await writeFile(path, bytes)
    expect(() => unpackRecord(spilled).prepared.markdown).toThrow(CacheDamagedError)
    spill.remove()
  })
})

describe('openCache()', () => {
  const snapshot = { entries: {} } as never
  const paths = Array.from({ length: 40 }, (_, index) => `corpus/articles/${index}.md`)
  const entries = (change?: string): Map<string, CachedArticle> => new Map(paths.map((path) => [path, entry(path === change ? 'changed' : path, undefined)]))
  const shardFiles = async (): Promise<string[]> => (await readdir(dir)).filter((name) => name.startsWith('shard-')).sort()

  it('removes the shards of earlier cache formats when it writes a new cache, and reads it back', async () => {
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ format: 1, fingerprint: 'old' }))
    await writeFile(join(dir, 'shard-07.json'), '{}')
    await writeFile(join(dir, 'shard-08.bin'), '{}')
    const cache = await openCache(dir, 'new')
    expect(cache.ignored).toBe('written in cache format 1, not 7')
    expect(cache.entry('corpus/articles/a.md')).toBeUndefined()
    await cache.save(new Map([['corpus/articles/a.md', entry('a', undefined)]]), snapshot)
    const names = await shardFiles()
    expect(names).not.toContain('shard-07.json')
    expect(names).not.toContain('shard-08.bin')
    expect(names).toHaveLength(32)
    const again = await openCache(dir, 'new')
    expect(again.ignored).toBeUndefined()
    expect(loaded(again.entry('corpus/articles/a.md')!)).toEqual(loaded(entry('a', undefined)))
  })

  it('says why it ignores a cache of other code, or one whose meta or shards are damaged', async () => {
    expect((await openCache(dir, 'f')).ignored).toBeUndefined() // No cache yet.
    await (await openCache(dir, 'f')).save(entries(), snapshot)
    expect((await openCache(dir, 'g')).ignored).toBe('written by other build code (another pipeline fingerprint)')
    const [first] = await shardFiles()
    await writeFile(join(dir, first!), 'x')
    expect((await openCache(dir, 'f')).ignored).toBe(`shard \`${first}\` is missing or damaged`)
    await rm(join(dir, first!))
    expect((await openCache(dir, 'f')).ignored).toBe(`shard \`${first}\` is missing or damaged`)
    await writeFile(join(dir, 'meta.json'), '{"format":7,')
    expect((await openCache(dir, 'f')).ignored).toBe('`meta.json` is not JSON')
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ format: 7, fingerprint: 'f', shards: [] }))
    expect((await openCache(dir, 'f')).ignored).toBe('`meta.json` does not name every shard')
    expect((await openCache(dir, 'f', 'damaged')).ignored).toBe('damaged')
  })

  it('rewrites one shard for one changed entry, into a new file, and reads unchanged entries of that shard from there', async () => {
    await (await openCache(dir, 'f')).save(entries(), snapshot)
    const before = await shardFiles()
    const cache = await openCache(dir, 'f')
    const kept = paths.map((path) => cache.entry(path)!)
    await cache.save(new Map(paths.map((path, index) => [path, path === paths[0] ? entry('changed', undefined) : kept[index]!])), snapshot)
    const after = await shardFiles()
    expect(after).toHaveLength(32)
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1)
    // The replaced file is gone; the entries that were in it read their bytes from the new one.
    for (const value of kept.slice(1)) expect(unpackRecord(value).prepared.markdown).toContain('Erste Zeile.')
    expect(unpackRecord((await openCache(dir, 'f')).entry(paths[0]!)!).output.lines.article).toEqual(entry('changed', undefined).compiled.lines.article)
  })

  it('leaves the previous cache as it was when a save fails half-way', async () => {
    await (await openCache(dir, 'f')).save(entries(), snapshot)
    const meta = await readFile(join(dir, 'meta.json'), 'utf8')
    const failing = entry('failing', undefined)
    Object.defineProperty(failing, 'body', { get: () => { throw new Error('Disk full') } })
    const cache = await openCache(dir, 'f')
    const next = new Map(paths.map((path) => [path, entry('changed', undefined)]))
    next.set(paths.at(-1)!, failing)
    await expect(cache.save(next, snapshot)).rejects.toThrow('Disk full')
    expect(await readFile(join(dir, 'meta.json'), 'utf8')).toBe(meta)
    const reopened = await openCache(dir, 'f')
    expect(reopened.ignored).toBeUndefined()
    for (const path of paths) expect(loaded(reopened.entry(path)!)).toEqual(loaded(entry(path, undefined)))
  })
})
