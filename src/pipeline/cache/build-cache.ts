import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { Registry } from '../registry/registry.js'
import type { FileContent } from '../emit/bytes.js'
import { writeContent } from '../emit/write-content.js'
import { type CachedArticle, decodeShard, encodeShard } from './cache-shard.js'

export type { CachedArticle } from './cache-shard.js'
import type { RegistrySnapshot } from './registry-snapshot.js'

interface CacheMeta {
  format: number
  fingerprint: string
  registry: RegistrySnapshot
  /** Hash of the registry files, when they loaded without any message. */
  registrySource?: string | undefined
  /** The registry loaded from those files. */
  registryEntities?: Registry | undefined
}

/** A build cache opened for one corpus folder. */
export interface BuildCache {
  /** The registry the entries were extracted with (`undefined` for an empty cache). */
  registry: RegistrySnapshot | undefined
  /** Hash of the registry files the cache holds the loaded registry for. */
  registrySource: string | undefined
  /** The registry loaded from the files with hash `registrySource`. */
  registryEntities: Registry | undefined
  /**
   * The entry of a source, when its text is unchanged.
   *
   * @param path Path of the source as reported.
   * @param source Hash from `sourceHash`.
   */
  lookup(path: string, source: string): CachedArticle | undefined
  /**
   * Replace the cache with these entries; only shards that changed are written.
   *
   * @param entries Entries by path.
   * @param registry Snapshot of the registry they were extracted with.
   * @param loaded The loaded registry and the hash of its files, when they had no messages.
   */
  save(entries: ReadonlyMap<string, CachedArticle>, registry: RegistrySnapshot, loaded?: { source: string; entities: Registry } | undefined): Promise<void>
}

const format = 6
const shardCount = 32

/**
 * Open the build cache of a corpus: `<dir>/meta.json` and shards
 * `<dir>/shard-NN.bin` (see `encodeShard`; articles spread by a hash of their path, so an edit
 * to one article rewrites one shard). A cache written by other code (another
 * `fingerprint`) or that cannot be read counts as empty.
 *
 * @param dir
 *   Folder of this corpus’s cache.
 * @param fingerprint
 *   `pipelineFingerprint` of the running build.
 * @returns
 *   The cache.
 */
export async function openCache(dir: string, fingerprint: string): Promise<BuildCache> {
  const shards: Array<Record<string, CachedArticle>> = Array.from({ length: shardCount }, () => ({}))
  let meta: CacheMeta | undefined
  try {
    meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as CacheMeta
    if (meta.format !== format || meta.fingerprint !== fingerprint) meta = undefined
  } catch {
    meta = undefined
  }
  if (meta) {
    const loaded = await Promise.all(
      shards.map((_, index) =>
        readFile(join(dir, shardName(index))).then(
          (bytes) => decodeShard(bytes),
          () => undefined
        )
      )
    )
    if (loaded.every(Boolean)) loaded.forEach((shard, index) => (shards[index] = shard!))
    else meta = undefined
  }
  return {
    registry: meta?.registry,
    registrySource: meta?.registrySource,
    registryEntities: meta?.registryEntities,
    lookup(path, source) {
      if (!meta) return undefined
      const entry = shards[shardOf(path)]![path]
      return entry?.source === source ? entry : undefined
    },
    async save(entries, snapshot, loaded) {
      const next: Array<Record<string, CachedArticle>> = Array.from({ length: shardCount }, () => ({}))
      for (const [path, entry] of entries) next[shardOf(path)]![path] = entry
      await mkdir(dir, { recursive: true })
      // One shard after the other: only one shard's text is in memory at a time.
      for (const [index, shard] of next.entries()) {
        if (meta && sameShard(shards[index]!, shard)) continue
        await atomicWrite(join(dir, shardName(index)), encodeShard(shard))
      }
      // Shards of earlier cache formats (`shard-NN.json`, `.txt`) are never read again.
      if (!meta) for (const name of await readdir(dir)) if (/^shard-\d+\.(?:json|txt)$/.test(name)) await rm(join(dir, name), { force: true })
      await atomicWrite(join(dir, 'meta.json'), JSON.stringify({ format, fingerprint, registry: snapshot, registrySource: loaded?.source, registryEntities: loaded?.entities } satisfies CacheMeta))
    }
  }
}

function shardName(index: number): string {
  return `shard-${String(index).padStart(2, '0')}.bin`
}

function shardOf(path: string): number {
  return createHash('sha256').update(path).digest()[0]! % shardCount
}

function sameShard(before: Record<string, CachedArticle>, after: Record<string, CachedArticle>): boolean {
  const keys = Object.keys(after)
  if (keys.length !== Object.keys(before).length) return false
  return keys.every((key) => before[key] === after[key])
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
