import { createHash } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { Registry } from '../registry/registry.js'
import type { ByteChunks, FileContent } from '../emit/bytes.js'
import { writeContent } from '../emit/write-content.js'
import { isRunning } from '../emit/write-output.js'
import { type CachedArticle, decodeShardHead, encodeShard, moveEntry, sameStoredEntry } from './cache-shard.js'

export type { CachedArticle } from './cache-shard.js'
import type { RegistrySnapshot } from './registry-snapshot.js'

/** A shard file as the meta records it. */
interface ShardFile {
  /** File name in the cache folder. */
  name: string
  /** Size of its first line (the entries without their bytes), newline included. */
  head: number
  /** Size of the whole file. */
  bytes: number
}

interface CacheMeta {
  format: number
  fingerprint: string
  registry: RegistrySnapshot
  /** Hash of the registry files, when they loaded without any message. */
  registrySource?: string | undefined
  /** The registry loaded from those files. */
  registryEntities?: Registry | undefined
  /** The file of each shard, by shard index. */
  shards: ShardFile[]
}

/** A build cache opened for one corpus folder. */
export interface BuildCache {
  /** The registry the entries were extracted with (`undefined` for an empty cache). */
  registry: RegistrySnapshot | undefined
  /** Hash of the registry files the cache holds the loaded registry for. */
  registrySource: string | undefined
  /** The registry loaded from the files with hash `registrySource`. */
  registryEntities: Registry | undefined
  /** Why the cache folder's content was not used, when there was one and it was not (for the build to report). */
  ignored: string | undefined
  /**
   * The entry of a source path, whatever its text (compare `source`, or the stat key, before using it).
   *
   * @param path Path of the source as reported.
   */
  entry(path: string): CachedArticle | undefined
  /**
   * Replace the cache with these entries; only shards that changed are
   * written, each into a new file, and the meta that names the files is
   * switched last, so a failed save leaves the previous cache as it was.
   *
   * @param entries Entries by path.
   * @param registry Snapshot of the registry they were extracted with.
   * @param loaded The loaded registry and the hash of its files, when they had no messages.
   */
  save(entries: ReadonlyMap<string, CachedArticle>, registry: RegistrySnapshot, loaded?: { source: string; entities: Registry } | undefined): Promise<void>
}

const format = 7
const shardCount = 32

/**
 * Open the build cache of a corpus: `<dir>/meta.json`, which names the file
 * of each of 32 shards (`<dir>/shard-NN-<hash>.bin`, see `encodeShard`;
 * articles spread by a hash of their path, so an edit to one article rewrites
 * one shard). Only the first line of each shard is read: the entries without
 * their bytes (serialized forms, body), which are read when first used, for a
 * changed block of the output. A cache written by other code (another format
 * or `fingerprint`) or whose meta or shard heads cannot be read counts as
 * empty, and `ignored` says why.
 *
 * @param dir
 *   Folder of this corpus’s cache.
 * @param fingerprint
 *   `pipelineFingerprint` of the running build.
 * @param ignore
 *   Why to open it as empty without reading it (a build found it damaged), if so.
 * @returns
 *   The cache.
 */
export async function openCache(dir: string, fingerprint: string, ignore?: string | undefined): Promise<BuildCache> {
  let shards: Array<Record<string, CachedArticle>> = emptyShards()
  const found = ignore === undefined ? readMeta(dir, fingerprint) : Promise.resolve([undefined, ignore] as const)
  const [meta, ignored] = await found.then(
    async ([meta, reason]) => {
      if (!meta) return [undefined, reason] as const
      const heads = await Promise.all(meta.shards.map((file) => readHead(join(dir, file.name), file)))
      const broken = heads.findIndex((head) => head === undefined)
      if (broken !== -1) return [undefined, `shard \`${meta.shards[broken]!.name}\` is missing or damaged`] as const
      shards = heads as Array<Record<string, CachedArticle>>
      return [meta, undefined] as const
    }
  )
  let files = meta?.shards
  return {
    registry: meta?.registry,
    registrySource: meta?.registrySource,
    registryEntities: meta?.registryEntities,
    ignored,
    entry(path) {
      return meta ? shards[shardOf(path)]![path] : undefined
    },
    async save(entries, snapshot, loaded) {
      const next = emptyShards()
      for (const [path, entry] of entries) next[shardOf(path)]![path] = entry
      await mkdir(dir, { recursive: true })
      const written: ShardFile[] = []
      const moved: Array<() => void> = []
      // One shard after the other: only one shard's bytes are in memory at a time.
      for (const [index, shard] of next.entries()) {
        const before = files?.[index]
        if (before && sameShard(shards[index]!, shard)) {
          written.push(before)
          continue
        }
        const encoded = encodeShard(shard)
        const name = `shard-${String(index).padStart(2, '0')}-${shardId(encoded.bytes, encoded.headBytes)}.bin`
        await atomicWrite(join(dir, name), encoded.bytes)
        written.push({ name, head: encoded.headBytes, bytes: encoded.bytes.byteLength })
        for (const [path, offset] of encoded.offsets) moved.push(() => moveEntry(shard[path]!, join(dir, name), offset))
      }
      await atomicWrite(join(dir, 'meta.json'), JSON.stringify({ format, fingerprint, registry: snapshot, registrySource: loaded?.source, registryEntities: loaded?.entities, shards: written } satisfies CacheMeta))
      // Entries read from a replaced file read their bytes from the new one from now on.
      for (const move of moved) move()
      shards = next
      files = written
      await removeUnnamed(dir, written)
    }
  }
}

function emptyShards(): Array<Record<string, CachedArticle>> {
  return Array.from({ length: shardCount }, () => ({}))
}

/** The meta, or why there is none to use. */
async function readMeta(dir: string, fingerprint: string): Promise<readonly [CacheMeta | undefined, string | undefined]> {
  let text: string
  try {
    text = await readFile(join(dir, 'meta.json'), 'utf8')
  } catch (error) {
    // No cache yet: nothing to report.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [undefined, undefined]
    return [undefined, 'cannot read `meta.json`']
  }
  let meta: unknown
  try {
    meta = JSON.parse(text)
  } catch {
    return [undefined, '`meta.json` is not JSON']
  }
  if (!isMeta(meta)) return [undefined, '`meta.json` is not a build cache meta']
  if (meta.format !== format) return [undefined, `written in cache format ${String(meta.format)}, not ${format}`]
  if (meta.fingerprint !== fingerprint) return [undefined, 'written by other build code (another pipeline fingerprint)']
  if (!Array.isArray(meta.shards) || meta.shards.length !== shardCount || !meta.shards.every(isShardFile)) return [undefined, '`meta.json` does not name every shard']
  return [meta, undefined]
}

function isMeta(value: unknown): value is CacheMeta {
  return typeof value === 'object' && value !== null && 'format' in value && 'fingerprint' in value
}

function isShardFile(value: unknown): value is ShardFile {
  if (typeof value !== 'object' || value === null) return false
  const { name, head, bytes } = value as Record<string, unknown>
  return typeof name === 'string' && /^shard-\d{2}-[\da-f]+\.bin$/.test(name) && Number.isInteger(head) && Number.isInteger(bytes) && (head as number) > 0 && (bytes as number) >= (head as number)
}

/** A shard's entries from its first line, when the file has the size the meta recorded. */
async function readHead(path: string, file: ShardFile): Promise<Record<string, CachedArticle> | undefined> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch {
    return undefined
  }
  try {
    if ((await handle.stat()).size !== file.bytes) return undefined
    const head = new Uint8Array(file.head)
    const { bytesRead } = await handle.read(head, 0, file.head, 0)
    return bytesRead === file.head ? decodeShardHead(head, path, file.bytes) : undefined
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}

/**
 * Name part of a shard file: a hash of its first line, which holds every entry's sizes and CRC-32
 * (so a new save never overwrites a file an open cache reads, without hashing every byte again).
 */
function shardId(bytes: ByteChunks, head: number): string {
  const hash = createHash('sha256')
  let left = head
  for (const chunk of bytes.chunks) {
    if (left <= 0) break
    hash.update(chunk.subarray(0, left))
    left -= chunk.byteLength
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * Remove the shard files the meta no longer names, those of earlier cache formats (`shard-NN.bin`, `.json`, `.txt`),
 * and the spill files of builds that were killed (their process is gone).
 */
async function removeUnnamed(dir: string, named: readonly ShardFile[]): Promise<void> {
  const keep = new Set(named.map((file) => file.name))
  for (const name of await readdir(dir)) {
    const spilledBy = /^spill\.tmp-(\d+)-/.exec(name)?.[1]
    if (spilledBy !== undefined ? isRunning(Number(spilledBy)) : keep.has(name) || !/^shard-\d+(?:-[\da-f]+)?\.(?:bin|json|txt)$/.test(name)) continue
    await rm(join(dir, name), { force: true })
  }
}

function shardOf(path: string): number {
  return createHash('sha256').update(path).digest()[0]! % shardCount
}

function sameShard(before: Record<string, CachedArticle>, after: Record<string, CachedArticle>): boolean {
  const keys = Object.keys(after)
  if (keys.length !== Object.keys(before).length) return false
  return keys.every((key) => sameStoredEntry(before[key], after[key]))
}

let writes = 0

async function atomicWrite(path: string, content: FileContent): Promise<void> {
  // Unique per process, thread and call: two builds may share a cache folder.
  const temporary = `${path}.tmp-${process.pid}-${threadId}-${++writes}`
  try {
    await writeContent(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {})
    throw error
  }
}
