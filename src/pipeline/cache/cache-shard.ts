import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { crc32 as zlibCrc32 } from 'node:zlib'
import { byteChunks, type ByteChunks } from '../emit/bytes.js'
import type { StatKey } from '../source/source-stat.js'
import type { PreparedRecord } from '../transport/prepared-record.js'


/** One article as the cache keeps it: the record `prepareRecord` gives, and the stat key of its source when it is settled. */
export type CachedArticle = PreparedRecord & { stat?: StatKey | undefined }

/** The serialized forms of an entry, in the order a shard stores them (the body follows them). */
const serializedFields = [
  ['lines', 'article'],
  ['lines', 'mentions'],
  ['lines', 'quotes'],
  ['modules', 'catalog'],
  ['modules', 'text'],
  ['modules', 'mentions'],
  ['modules', 'quotes']
] as const

/** What the first line of a shard keeps of an entry; its bytes follow the line. */
interface StoredArticle {
  source: string
  stat?: StatKey | undefined
  frontmatter: PreparedRecord['frontmatter']
  discovered: PreparedRecord['discovered']
  compiled: Omit<PreparedRecord['compiled'], 'lines' | 'modules'> & { sizes: number[] }
  /** CRC-32 of the entry's bytes (serialized forms, then body). */
  crc32: number
}

/** The first line of a shard. */
interface StoredShard {
  entries: Record<string, StoredArticle>
}

/** A shard as written: its bytes, and the size of its first line (the head, newline included), which the cache meta records. */
export interface EncodedShard {
  /** All bytes, in pieces. */
  bytes: ByteChunks
  /** Size of the first line with its newline. */
  headBytes: number
  /** Where each entry's bytes start in the file, by source path. */
  offsets: Map<string, number>
}

/** A cache entry's bytes are not what the shard recorded (changed or cut short since written): the cache cannot be trusted. */
export class CacheDamagedError extends Error {
  /** The shard file. */
  readonly path: string

  constructor(path: string, reason: string, options?: ErrorOptions) {
    super(`Unexpected build cache shard \`${path}\` (${reason}), expected the bytes it recorded; the build prepares every source again`, options)
    this.name = 'CacheDamagedError'
    this.path = path
  }
}

/** Where the bytes of an entry read from a shard are: moved when a save writes the entry into another file. */
interface Location {
  path: string
  offset: number
  readonly length: number
  readonly crc32: number
}

/** Entries read from a shard (not yet or already loaded), with where their bytes are. */
const locations = new WeakMap<CachedArticle, Location>()

/**
 * The bytes of the entries read last (a view per serialized form, then the
 * body), at most `keptLoaded` of them: the emit uses an article's pieces one
 * block at a time, and the corpus's bytes are never all in memory.
 */
const loaded = new Map<Location, Uint8Array[]>()
const keptLoaded = 1024

/** The pieces and sizes of an entry whose bytes are in memory (in the order a shard stores them). */
function ownPieces(entry: CachedArticle): { pieces: Uint8Array[]; sizes: number[] } {
  const { lines, modules } = entry.compiled
  const pieces: Uint8Array[] = []
  const sizes = serializedFields.map(([group, key]) => {
    const value = ({ lines, modules }[group] as Record<string, Uint8Array | undefined> | undefined)?.[key]
    if (value === undefined) return -1
    pieces.push(value)
    return value.byteLength
  })
  pieces.push(entry.body)
  sizes.push(entry.body.byteLength)
  return { pieces, sizes }
}

/** CRC-32 and total size of an entry's pieces. */
function checksum(pieces: readonly Uint8Array[]): { crc32: number; length: number } {
  let crc32 = 0
  let length = 0
  // (Empty pieces are skipped: Node 20's `crc32` of an empty array from `TextEncoder` gives 0, not the running value.)
  for (const piece of pieces) {
    if (piece.byteLength > 0) crc32 = zlibCrc32(piece, crc32)
    length += piece.byteLength
  }
  return { crc32, length }
}

/** What the head of a shard keeps of an entry with these sizes and checksum. */
function storedArticle(entry: CachedArticle, sizes: number[], crc32: number): StoredArticle {
  const { hash, entityIds, quoteCount, mentionCount } = entry.compiled
  return { source: entry.source, ...(entry.stat ? { stat: entry.stat } : {}), frontmatter: entry.frontmatter, discovered: entry.discovered, compiled: { hash, entityIds, quoteCount, mentionCount, sizes }, crc32 }
}

/**
 * A file of the build's own (beside the cache) that new entries' bytes are
 * written to as they are prepared, so that a cold build does not hold every
 * article's serialized forms and body in memory until the cache is saved: an
 * entry spilled here reads its bytes back on use, as one read from a shard
 * does, and a save copies them into the shard files (after which they are read
 * from there). Removed by `remove` when the build is done.
 */
export class SpillFile {
  private descriptor: number | undefined
  private size = 0

  constructor(readonly path: string) {}

  /**
   * The entry with its bytes written to this file (an entry whose bytes are on disk already is returned as it is).
   *
   * @param entry
   *   A cache entry.
   * @returns
   *   An entry equal to it whose bytes are read from this file on use.
   */
  spill(entry: CachedArticle): CachedArticle {
    if (locations.has(entry)) return entry
    const { pieces, sizes } = ownPieces(entry)
    const { crc32, length } = checksum(pieces)
    if (this.descriptor === undefined) {
      mkdirSync(dirname(this.path), { recursive: true })
      this.descriptor = openSync(this.path, 'w')
    }
    let at = this.size
    for (const piece of pieces) {
      for (let done = 0; done < piece.byteLength; ) done += writeSync(this.descriptor, piece, done, piece.byteLength - done, at + done)
      at += piece.byteLength
    }
    const location = { path: this.path, offset: this.size, length, crc32 }
    this.size += length
    return lazyEntry(storedArticle(entry, sizes, crc32), location)
  }

  /** Close and remove the file (entries still spilled to it can no longer be read). */
  remove(): void {
    if (this.descriptor !== undefined) closeSync(this.descriptor)
    this.descriptor = undefined
    rmSync(this.path, { force: true })
  }
}

/**
 * Write a cache shard: one line of JSON with what the build needs of every
 * entry without its bytes (source hash and stat key, frontmatter, discovered
 * entities, content hash, counts, the sizes and CRC-32 of its bytes); then,
 * entry by entry, its serialized forms (data-file lines, runtime module
 * entries) and its body and extraction as JSON, as UTF-8 bytes. The serialized
 * forms are JSON and JavaScript already: inside JSON they would be escaped a
 * second time. An entry read from a shard and never loaded is copied as the
 * bytes it has there (checked against its CRC-32), not decoded.
 *
 * @param shard
 *   Entries by source path.
 * @returns
 *   The shard's bytes (in pieces, never joined), the size of its head and each entry's offset.
 */
export function encodeShard(shard: Readonly<Record<string, CachedArticle>>): EncodedShard {
  const pieces: Uint8Array[] = []
  const stored: Record<string, StoredArticle> = {}
  const starts = new Map<string, number>()
  let offset = 0
  for (const [path, entry] of Object.entries(shard)) {
    const location = locations.get(entry)
    let entryPieces: Uint8Array[]
    let sizes: number[]
    if (location) {
      entryPieces = loaded.get(location) ?? [readLocation(location)]
      sizes = storedSizes.get(location)!
    } else ({ pieces: entryPieces, sizes } = ownPieces(entry))
    const { crc32, length } = checksum(entryPieces)
    pieces.push(...entryPieces)
    starts.set(path, offset)
    offset += length
    stored[path] = storedArticle(entry, sizes, crc32)
  }
  // `JSON.stringify` escapes every line break, so the first one ends the JSON.
  const head = byteChunks([`${JSON.stringify({ entries: stored } satisfies StoredShard)}\n`])
  const offsets = new Map([...starts].map(([path, start]) => [path, start + head.byteLength]))
  return { bytes: byteChunks([...head.chunks, ...pieces]), headBytes: head.byteLength, offsets }
}

/** The sizes of each location's pieces, as the head recorded them. */
const storedSizes = new WeakMap<Location, number[]>()

/**
 * After a save wrote `entry` (read from an older shard) into the shard file
 * `path` at `offset`, read its bytes from there: the older file may be removed.
 *
 * @param entry
 *   A cache entry.
 * @param path
 *   The shard file it is in now.
 * @param offset
 *   Where its bytes start there.
 */
export function moveEntry(entry: CachedArticle, path: string, offset: number): void {
  const location = locations.get(entry)
  if (!location) return
  location.path = path
  location.offset = offset
}

/**
 * The same entry with another stat key (its bytes, loaded or not, shared).
 *
 * @param entry
 *   A cache entry.
 * @param stat
 *   The stat key of its source now.
 * @returns
 *   The entry with that key.
 */
export function withStat(entry: CachedArticle, stat: StatKey | undefined): CachedArticle {
  const location = locations.get(entry)
  if (!location) return { ...entry, stat }
  const { hash, entityIds, quoteCount, mentionCount } = entry.compiled
  const copy = new StoredEntry(entry.source, stat, entry.frontmatter, entry.discovered, { hash, entityIds, quoteCount, mentionCount }, new StoredPieces(location, storedSizes.get(location)!))
  locations.set(copy, location)
  return copy
}

/**
 * Whether two entries hold the same bytes in the same shard file: the same
 * entry, or one and a copy of it with another stat key (`withStat`). A save
 * does not rewrite a shard for new stat keys alone (at 100,000 articles,
 * recording the keys of sources that settled since the last build rewrote
 * every shard); they are recorded when the shard is written for a change.
 *
 * @param a
 *   An entry.
 * @param b
 *   Another.
 * @returns
 *   Whether a save may keep the file that holds `a` for `b`.
 */
export function sameStoredEntry(a: CachedArticle | undefined, b: CachedArticle | undefined): boolean {
  if (a === b) return true
  const location = a && locations.get(a)
  return location !== undefined && b !== undefined && location === locations.get(b)
}

/**
 * Read the entries of a cache shard from its first line (written by
 * `encodeShard`), without their bytes: each entry reads its serialized forms
 * and body from the shard file when one of them is first used (a rebuild uses
 * them only for the blocks of the output that changed), and checks them
 * against their CRC-32 then (throwing `CacheDamagedError`).
 *
 * @param head
 *   The first line of the shard, newline included.
 * @param path
 *   Path of the shard file.
 * @param size
 *   Size of the whole file.
 * @returns
 *   Entries by source path, or `undefined` when the line is not a shard's head or its entries do not fill the file.
 */
export function decodeShardHead(head: Uint8Array, path: string, size: number): Record<string, CachedArticle> | undefined {
  try {
    return decodeUnchecked(head, path, size)
  } catch {
    return undefined
  }
}

function decodeUnchecked(head: Uint8Array, path: string, size: number): Record<string, CachedArticle> | undefined {
  if (head.byteLength === 0 || head[head.byteLength - 1] !== 0x0a || head.indexOf(0x0a) !== head.byteLength - 1) return undefined
  const parsed: unknown = JSON.parse(Buffer.from(head.buffer, head.byteOffset, head.byteLength - 1).toString('utf8'))
  if (!isObject(parsed) || !isObject(parsed.entries)) return undefined
  const shard: Record<string, CachedArticle> = {}
  let offset = head.byteLength
  for (const [source, value] of Object.entries(parsed.entries)) {
    if (!validEntry(value)) return undefined
    const stored = value as unknown as StoredArticle
    const length = stored.compiled.sizes.reduce((sum, part) => sum + Math.max(part, 0), 0)
    shard[source] = lazyEntry(stored, { path, offset, length, crc32: stored.crc32 })
    offset += length
  }
  return offset === size ? shard : undefined
}

/** The pieces of an entry read from a shard, loaded on first use (one read of all of them). */
function loadPieces(location: Location, sizes: readonly number[]): Uint8Array[] {
  const known = loaded.get(location)
  if (known) {
    // The most recently used last: the first is the one to drop.
    loaded.delete(location)
    loaded.set(location, known)
    return known
  }
  const bytes = readLocation(location)
  const pieces: Uint8Array[] = []
  let at = 0
  for (const part of sizes) {
    const length = Math.max(part, 0)
    pieces.push(bytes.subarray(at, at + length))
    at += length
  }
  loaded.set(location, pieces)
  if (loaded.size > keptLoaded) loaded.delete(loaded.keys().next().value!)
  return pieces
}

/** The bytes of one entry in a shard file, and its sizes (getters on prototypes: opening 100,000 entries creates no closures). */
class StoredPieces {
  constructor(
    readonly location: Location,
    readonly sizes: readonly number[]
  ) {}

  piece(index: number): Uint8Array | undefined {
    return this.sizes[index]! < 0 ? undefined : loadPieces(this.location, this.sizes)[index]
  }
}

/** `compiled.lines` of an entry read from a shard. */
class StoredLines {
  constructor(private readonly stored: StoredPieces) {}
  get article(): Uint8Array {
    return this.stored.piece(0)!
  }
  get mentions(): Uint8Array {
    return this.stored.piece(1)!
  }
  get quotes(): Uint8Array {
    return this.stored.piece(2)!
  }
}

/** `compiled.modules` of an entry read from a shard. */
class StoredModules {
  constructor(private readonly stored: StoredPieces) {}
  get catalog(): Uint8Array {
    return this.stored.piece(3)!
  }
  get text(): Uint8Array {
    return this.stored.piece(4)!
  }
  get mentions(): Uint8Array {
    return this.stored.piece(5)!
  }
  get quotes(): Uint8Array | undefined {
    return this.stored.piece(6)
  }
}

/** An entry read from a shard: its serialized forms and body are read from the shard file on first use. */
class StoredEntry {
  readonly compiled: PreparedRecord['compiled']

  constructor(
    readonly source: string,
    readonly stat: StatKey | undefined,
    readonly frontmatter: PreparedRecord['frontmatter'],
    readonly discovered: PreparedRecord['discovered'],
    known: Omit<PreparedRecord['compiled'], 'lines' | 'modules'>,
    private readonly stored: StoredPieces
  ) {
    this.compiled = { ...known, lines: new StoredLines(stored), modules: new StoredModules(stored) }
  }

  get body(): Uint8Array {
    return this.stored.piece(serializedFields.length)!
  }
}

/** An entry whose serialized forms and body are read from its shard file on first use. */
function lazyEntry(stored: StoredArticle, location: Location): CachedArticle {
  const { sizes, hash, entityIds, quoteCount, mentionCount } = stored.compiled
  storedSizes.set(location, sizes)
  const entry = new StoredEntry(stored.source, stored.stat, stored.frontmatter, stored.discovered, { hash, entityIds, quoteCount, mentionCount }, new StoredPieces(location, sizes))
  locations.set(entry, location)
  return entry
}

/** Read an entry's bytes from its shard file and check them. */
function readLocation(location: Location): Uint8Array {
  const bytes = new Uint8Array(location.length)
  let descriptor: number
  try {
    descriptor = openSync(location.path, 'r')
  } catch (error) {
    throw new CacheDamagedError(location.path, 'cannot open it', { cause: error })
  }
  try {
    let done = 0
    while (done < bytes.byteLength) {
      const read = readSync(descriptor, bytes, done, bytes.byteLength - done, location.offset + done)
      if (read === 0) throw new CacheDamagedError(location.path, 'cut short')
      done += read
    }
  } finally {
    closeSync(descriptor)
  }
  if (bytes.byteLength > 0 && zlibCrc32(bytes) !== location.crc32) throw new CacheDamagedError(location.path, 'checksum mismatch')
  return bytes
}

/** The first line's entry has the shape `encodeShard` writes. */
function validEntry(value: unknown): boolean {
  if (!isObject(value) || typeof value.source !== 'string' || !isObject(value.frontmatter) || typeof value.frontmatter.id !== 'string') return false
  if (typeof value.frontmatter.date !== 'string' || !Array.isArray(value.discovered) || !isObject(value.compiled) || !Number.isInteger(value.crc32)) return false
  if (value.stat !== undefined && !(Array.isArray(value.stat) && value.stat.length === 2 && value.stat.every((part) => typeof part === 'number'))) return false
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
