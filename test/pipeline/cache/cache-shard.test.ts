import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type CachedArticle, openCache } from '../../../src/pipeline/cache/build-cache.js'
import { decodeShard, encodeShard as encodeChunks } from '../../../src/pipeline/cache/cache-shard.js'
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

/** A shard's bytes, joined. */
function encodeShard(shard: Parameters<typeof encodeChunks>[0]): Uint8Array {
  return contentBytes(encodeChunks(shard))
}

describe('encodeShard() and decodeShard()', () => {
  const shard = { 'corpus/articles/a.md': entry('a', '"a": \'[]\''), 'corpus/articles/b.md': entry('b', undefined) }

  it('give back the entries as they were, line breaks, escapes, astral characters and missing quotes included', () => {
    expect(decodeShard(encodeShard(shard))).toEqual(shard)
    expect(decodeShard(encodeShard({}))).toEqual({})
  })

  it('keep the serialized forms out of the JSON, as their bytes', () => {
    const bytes = Buffer.from(encodeShard(shard))
    expect(bytes.toString('utf8').split('\n')[0]).not.toContain('"lines"')
    expect(bytes.includes(Buffer.from(shard['corpus/articles/a.md'].compiled.lines.article))).toBe(true)
  })

  it('refuse a shard that is cut short, has bytes left over or broken JSON', () => {
    const bytes = Buffer.from(encodeShard(shard))
    const end = bytes.indexOf(0x0a)
    expect(decodeShard(bytes.subarray(0, -1))).toBeUndefined()
    expect(decodeShard(Buffer.concat([bytes, Buffer.from('x')]))).toBeUndefined()
    expect(decodeShard(Buffer.concat([bytes.subarray(0, end - 1), bytes.subarray(end)]))).toBeUndefined()
    expect(decodeShard(new Uint8Array())).toBeUndefined()
  })

  it('refuse a first line of the wrong shape instead of throwing', () => {
    const entry = { source: 'x', frontmatter: { id: 'a', date: '2021-12-01' }, discovered: [], compiled: { hash: 'h', entityIds: [], quoteCount: 0, mentionCount: 0, sizes: [0, 0, 0, 0, 0, 0, -1, 0] } }
    const line = (value: unknown, crc32: unknown = 0): string => JSON.stringify({ crc32, entries: { a: value } })
    const change = (path: string, value: unknown): unknown => {
      const copy = structuredClone(entry) as Record<string, any>
      const keys = path.split('.')
      keys.slice(0, -1).reduce((object, key) => object[key], copy)[keys.at(-1)!] = value
      return copy
    }
    for (const first of [
      'null',
      '[]',
      '{"a":{}}',
      JSON.stringify({ a: entry }),
      line(entry, 1),
      line(entry, '0'),
      JSON.stringify({ crc32: 0, entries: [] }),
      line({}),
      line(null),
      line(change('source', 1)),
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
      expect(decodeShard(Buffer.from(`${first}\n`))).toBeUndefined()
    }
    expect(decodeShard(Buffer.from(`${line(entry)}\n`))).toMatchObject({ a: { compiled: { hash: 'h' } } })
  })

  it('refuse a shard whose bytes after the first line changed, in a body or a serialized form', () => {
    const bytes = Buffer.from(encodeShard(shard))
    for (const text of ['Erste Zeile', '„x“']) {
      const broken = Buffer.from(bytes)
      const at = broken.indexOf(Buffer.from(text), broken.indexOf(0x0a))
      expect(at).toBeGreaterThan(broken.indexOf(0x0a))
      broken[at] = 0x65 // One letter, still valid JSON.
      expect(decodeShard(broken)).toBeUndefined()
    }
    expect(decodeShard(bytes)).toBeDefined()
  })

  it('parse an entry’s body and extraction only when they are read, and write them back unparsed', () => {
    const bytes = encodeShard(shard)
    const decoded = decodeShard(bytes)!
    const a = decoded['corpus/articles/a.md']!
    // The body is a view of the shard's bytes, parsed on first read: bytes broken after the
    // shard was opened show only then.
    const broken = Buffer.from(bytes)
    const lazy = unpackRecord(decodeShard(broken)!['corpus/articles/a.md']!).prepared
    broken[broken.indexOf(Buffer.from('{"markdown":"Erste')) + 1] = 0x78 // `{"markdown"` becomes `{xmarkdown"`
    expect(lazy.frontmatter.id).toBe('a')
    expect(lazy.extraction.discovered).toEqual([])
    expect(lazy.article.entityIds).toEqual(['Q1'])
    expect(() => lazy.markdown).toThrow(SyntaxError)
    expect(() => lazy.extraction.mentions).toThrow(SyntaxError)
    // Written again, an entry read from a shard gives the same bytes, read or not.
    expect(Buffer.from(encodeShard(decoded)).equals(Buffer.from(bytes))).toBe(true)
    expect(unpackRecord(a).prepared.paragraphs).toEqual([{ type: 'paragraph', text: 'Erste Zeile.' }])
    expect(unpackRecord(a).prepared.extraction.mentions).toEqual([])
    expect(Buffer.from(encodeShard(decoded)).equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('openCache()', () => {
  it('removes the shards of the first cache format when it writes a new cache', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'korpus-cache-format-'))
    try {
      await writeFile(join(dir, 'meta.json'), JSON.stringify({ format: 1, fingerprint: 'old' }))
      await writeFile(join(dir, 'shard-07.json'), '{}')
      const cache = await openCache(dir, 'new')
      expect(cache.lookup('corpus/articles/a.md', 'a'.repeat(64))).toBeUndefined()
      await cache.save(new Map([['corpus/articles/a.md', entry('a', undefined)]]), { entries: {} } as never)
      const names = await readdir(dir)
      expect(names).not.toContain('shard-07.json')
      expect(names.filter((name) => name.endsWith('.bin'))).toHaveLength(32)
      const again = await openCache(dir, 'new')
      expect(again.lookup('corpus/articles/a.md', 'a'.repeat(64))).toEqual(entry('a', undefined))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
