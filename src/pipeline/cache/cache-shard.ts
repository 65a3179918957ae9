import { crc32 as zlibCrc32 } from 'node:zlib'
import { byteChunks, type ByteChunks } from '../emit/bytes.js'
import type { PreparedRecord } from '../transport/prepared-record.js'

/** One article as the cache keeps it: the record `prepareRecord` gives. */
export type CachedArticle = PreparedRecord

/** The serialized forms of an entry, in the order a shard stores them. */
const serializedFields = [
  ['lines', 'article'],
  ['lines', 'mentions'],
  ['lines', 'quotes'],
  ['modules', 'catalog'],
  ['modules', 'text'],
  ['modules', 'mentions'],
  ['modules', 'quotes']
] as const

/** What the first line of a shard keeps of an entry; the rest is bytes after it. */
interface StoredArticle {
  source: string
  frontmatter: PreparedRecord['frontmatter']
  discovered: PreparedRecord['discovered']
  compiled: Omit<PreparedRecord['compiled'], 'lines' | 'modules'> & { sizes: number[] }
}

/** The first line of a shard. */
interface StoredShard {
  /** CRC-32 of every byte after the first line. */
  crc32: number
  entries: Record<string, StoredArticle>
}

const newline = 0x0a

/**
 * Write a cache shard: one line of JSON with what the build needs of every
 * entry (source hash, frontmatter, discovered entities, content hash, counts)
 * and a CRC-32 of the rest; then, entry by entry, its serialized forms
 * (data-file lines, runtime module entries) and its body and extraction as
 * JSON, as UTF-8 bytes with their sizes in the first line. The serialized forms are JSON and JavaScript
 * already: inside JSON they would be escaped a second time, and read back they
 * would be decoded only to be encoded again for the output. The body is parsed
 * only when read (see `decodeShard`).
 *
 * @param shard
 *   Entries by source path.
 * @returns
 *   The shard’s bytes, in pieces (written as they are, never joined).
 */
export function encodeShard(shard: Readonly<Record<string, CachedArticle>>): ByteChunks {
  const pieces: Uint8Array[] = []
  const stored: Record<string, StoredArticle> = {}
  for (const [path, entry] of Object.entries(shard)) {
    const { lines, modules, ...known } = entry.compiled
    const sizes = serializedFields.map(([group, key]) => {
      const value = ({ lines, modules }[group] as Record<string, Uint8Array | undefined>)[key]
      if (value === undefined) return -1
      pieces.push(value)
      return value.byteLength
    })
    pieces.push(entry.body)
    sizes.push(entry.body.byteLength)
    stored[path] = { source: entry.source, frontmatter: entry.frontmatter, discovered: entry.discovered, compiled: { ...known, sizes } }
  }
  // A checksum of every byte after the first line: the body is parsed only when read, and the
  // serialized forms go to the output as they are, so damage must show when the shard is opened.
  let crc32 = 0
  // (Empty pieces are skipped: Node 20's `crc32` of an empty array from `TextEncoder` gives 0,
  // not the running value.)
  for (const piece of pieces) if (piece.byteLength > 0) crc32 = zlibCrc32(piece, crc32)
  // `JSON.stringify` escapes every line break, so the first one ends the JSON.
  return byteChunks([`${JSON.stringify({ crc32, entries: stored } satisfies StoredShard)}\n`, ...pieces])
}

/**
 * Read a cache shard written by `encodeShard`. The serialized forms and the
 * body are views of `bytes`, not copies; each entry's body and extraction are
 * parsed on first read (`unpackRecord`): a rebuild takes most articles'
 * serialized forms as they are and never needs them.
 *
 * @param bytes
 *   The shard’s bytes.
 * @returns
 *   Entries by source path, or `undefined` when the bytes are not a whole shard.
 */
export function decodeShard(bytes: Uint8Array): Record<string, CachedArticle> | undefined {
  try {
    return decodeUnchecked(bytes)
  } catch {
    return undefined
  }
}

function decodeUnchecked(bytes: Uint8Array): Record<string, CachedArticle> | undefined {
  const end = bytes.indexOf(newline)
  if (end === -1) return undefined
  const head: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('utf8'))
  if (!isObject(head) || !isObject(head.entries) || head.crc32 !== zlibCrc32(bytes.subarray(end + 1))) return undefined
  const stored = head.entries
  const shard: Record<string, CachedArticle> = {}
  let offset = end + 1
  const take = (size: number): Uint8Array | undefined => {
    if (size > bytes.byteLength - offset) throw new Error('Unexpected end of a cache shard')
    // A plain view (not a Buffer, even when `bytes` is one), like the arrays the build encodes.
    const view = size < 0 ? undefined : new Uint8Array(bytes.buffer, bytes.byteOffset + offset, size)
    if (size > 0) offset += size
    return view
  }
  for (const [path, value] of Object.entries(stored)) {
    if (!validEntry(value)) return undefined
    const { source, frontmatter, discovered, compiled } = value as unknown as StoredArticle
    const { sizes, ...known } = compiled
    const lines: Record<string, Uint8Array> = {}
    const modules: Record<string, Uint8Array | undefined> = {}
    for (const [index, [group, key]] of serializedFields.entries()) {
      const view = take(sizes[index]!)
      if (group === 'lines') lines[key] = view!
      else modules[key] = view
    }
    const body = take(sizes[serializedFields.length]!)!
    shard[path] = { source, frontmatter, discovered, compiled: { ...known, lines, modules } as unknown as PreparedRecord['compiled'], body }
  }
  return offset === bytes.byteLength ? shard : undefined
}

/** The first line's entry has the shape `encodeShard` writes (the checksum does not cover the first line). */
function validEntry(value: unknown): boolean {
  if (!isObject(value) || typeof value.source !== 'string' || !isObject(value.frontmatter) || typeof value.frontmatter.id !== 'string') return false
  if (typeof value.frontmatter.date !== 'string' || !Array.isArray(value.discovered) || !isObject(value.compiled)) return false
  const { hash, entityIds, quoteCount, mentionCount, sizes } = value.compiled
  return typeof hash === 'string' && Array.isArray(entityIds) && Number.isInteger(quoteCount) && Number.isInteger(mentionCount) && validSizes(sizes)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One whole size per serialized form and one for the body; only the quotes of the runtime modules may be missing (-1). */
function validSizes(sizes: unknown): sizes is number[] {
  return (
    Array.isArray(sizes) &&
    sizes.length === serializedFields.length + 1 &&
    sizes.every((size, index) => Number.isInteger(size) && (size >= 0 || (size === -1 && serializedFields[index]?.[1] === 'quotes' && serializedFields[index]![0] === 'modules')))
  )
}
