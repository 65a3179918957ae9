import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { VFile } from 'vfile'
import { hasErrors } from '../diagnostics.js'
import { extractorVersion } from '../extract/index.js'
import type { CorpusFiles } from '../source/corpus-files.js'
import { loadRegistry } from '../registry/load-registry.js'
import type { Registry } from '../registry/registry.js'
import { prepareInWorkers } from '../workers/pool.js'
import { extractedText, type PreparedArticle } from '../compile/prepare-article.js'
import type { ArticleOutput } from '../emit/article-output.js'
import { prepareRecord, unpackRecord } from '../transport/prepared-record.js'
import { sameStat, statKeyOf } from '../source/source-stat.js'
import { sourceHash } from '../hash.js'
import { emptyStageTimes, type StageTimes } from '../stage-times.js'
import { isAfterToday } from '../validate/validate-frontmatter.js'
import { type BuildCache, type CachedArticle, openCache } from './build-cache.js'
import { SpillFile, withStat } from './cache-shard.js'
import { cacheFolder } from './cache-folder.js'
import { pipelineFingerprint } from './fingerprint.js'
import { diffRegistry, foldForMatch, isAffected, type RegistryChange, snapshotRegistry } from './registry-snapshot.js'

/** Options of `prepareSources`. */
export interface PrepareOptions {
  /** Project folder (the default cache lives in its `node_modules/.cache/`). */
  cwd: string
  /** Corpus folder (each corpus folder has its own cache). */
  corpusDir: string
  /** Cache folder, or `false` for none (default: `<cwd>/node_modules/.cache/nato-russland-korpus`). */
  cacheDir?: string | false | undefined
  /** Threads for sources not in the cache, the main thread included (default: 1, no workers). */
  jobs?: number | undefined
  /** Fewest sources not in the cache for which worker threads start (default: 64; below, starting them costs more than they save). */
  workerThreshold?: number | undefined
  /** Today as `YYYY-MM-DD` (default: now). */
  today?: string | undefined
  /** Open the cache as empty (and overwrite it on save): the build found it damaged while reading it. */
  ignoreCache?: string | undefined
  /** The cache as `openSourceCache` opened it with these options already (the build opens it before reading the sources, to read known ones lazily). */
  opened?: Promise<BuildCache | undefined> | undefined
}

/** Counts of what `prepareSources` did. */
export interface PrepareStats {
  /** Sources taken from the cache. */
  cached: number
  /** Sources prepared by the thread pool (`jobs > 1`: worker threads and the main thread). */
  workers: number
  /** Sources prepared in the main thread. */
  main: number
  /** Sources whose text was hashed to look them up (the others had the size and modification time the cache recorded). */
  hashed: number
}

/** Sources ready for `compileCorpus`, and how to store the result in the cache. */
export interface PreparedSources {
  /** The loaded registry (messages, if any, are on the registry files). */
  registry: Registry
  /** Prepared articles by source file; the others are left to `compileCorpus`. */
  prepared: Map<VFile, PreparedArticle>
  /** Their output bytes by content hash (see `outputFiles`). */
  serialized: Map<string, ArticleOutput>
  /** What came from where. */
  stats: PrepareStats
  /** Time of each per-article stage, summed over the sources prepared (on any thread); the compile adds those it prepares. */
  times: StageTimes
  /** Why the build cache on disk was not used, when there was one (damaged, or written by other code). */
  cacheIgnored: string | undefined
  /** Store what was prepared in the cache (call after a successful compile). */
  save(): Promise<void>
  /** Remove the file the new articles' bytes were spilled to (`save` does once they are in the cache; call it when the build ends without a save). */
  close(): void
}

let spills = 0

/** Fewer misses than this are not worth starting workers for (a worker loads the build code first). */
const defaultWorkerThreshold = 64

/**
 * Open the build cache `prepareSources` uses with these options: its meta and
 * shard heads (see `openCache`).
 *
 * @param options
 *   `cwd`, `corpusDir`, `cacheDir` and `ignoreCache` as for `prepareSources`.
 * @returns
 *   The cache, or `undefined` without one (`cacheDir: false`, or the build code cannot be read).
 */
export async function openSourceCache(options: Pick<PrepareOptions, 'cwd' | 'corpusDir' | 'cacheDir' | 'ignoreCache'>): Promise<BuildCache | undefined> {
  const fingerprint = options.cacheDir === false ? undefined : await pipelineFingerprint(extractorVersion)
  const folder = cacheFolder(options.cwd, options.corpusDir, options.cacheDir)
  return fingerprint && folder ? openCache(folder, fingerprint, options.ignoreCache) : undefined
}

/**
 * The build’s fast path before `compileCorpus`: take unchanged sources from
 * the cache and prepare the others (parse, validate, extract), on worker
 * threads when `jobs > 1`. The cache is keyed by each source’s content (with
 * its path), the pipeline fingerprint (extractor version and build code) and
 * the registry: a registry change re-extracts only the articles whose text
 * contains a word of an entry that was added, removed or changed. Sources
 * with any message are never cached nor prepared here, so `compileCorpus`
 * reports them exactly as without this step.
 *
 * @param sources
 *   The corpus as read by `loadCorpus`.
 * @param options
 *   Configuration.
 * @returns
 *   The registry, prepared articles and a `save` for after the compile.
 */
export async function prepareSources(sources: CorpusFiles, options: PrepareOptions): Promise<PreparedSources> {
  const prepared = new Map<VFile, PreparedArticle>()
  const serialized = new Map<string, ArticleOutput>()
  const records = new Map<VFile, CachedArticle>()
  const keep = (file: VFile, record: CachedArticle): void => {
    const { prepared: article, output } = unpackRecord(record)
    records.set(file, record)
    prepared.set(file, article)
    serialized.set(record.compiled.hash, output)
  }
  const stats: PrepareStats = { cached: 0, workers: 0, main: 0, hashed: 0 }
  const times = emptyStageTimes()
  const folder = cacheFolder(options.cwd, options.corpusDir, options.cacheDir)
  const cache = await (options.opened ?? openSourceCache(options))
  const cacheIgnored = cache?.ignored
  // With a cache, new records' bytes go to disk as they come (read back by the save, and from the shards then), not into memory.
  const spill = cache && folder ? new SpillFile(join(folder, `spill.tmp-${process.pid}-${threadId}-${++spills}`)) : undefined
  const spilled = (record: CachedArticle): CachedArticle => spill?.spill(record) ?? record
  const close = (): void => spill?.remove()

  // The registry: from the cache when its files are unchanged and had no messages.
  const registryHash = createHash('sha256')
  for (const file of sources.registry) registryHash.update(`${file.path}\0${String(file.value)}\0`)
  const registrySource = registryHash.digest('hex')
  // The cache keeps only a registry that loaded without a message, so one taken from it is clean.
  const noMessages = (): boolean => sources.registry.every((file) => file.messages.length === 0)
  let registry: Registry
  let registryClean: boolean
  if (cache?.registry && cache.registrySource === registrySource && noMessages()) {
    registry = cache.registryEntities!
    registryClean = true
  } else {
    registry = loadRegistry(sources.registry)
    registryClean = noMessages()
  }
  if (hasErrors(sources.registry)) return { registry, prepared, serialized, stats, times, cacheIgnored, save: async () => {}, close }

  const snapshot = snapshotRegistry(registry)
  const change: RegistryChange = cache?.registry ? diffRegistry(cache.registry, snapshot) : { all: true, words: [] }
  const unchanged = !change.all && change.words.length === 0
  const today = options.today ?? new Date().toISOString().slice(0, 10)

  const misses: VFile[] = []
  for (const file of sources.articles) {
    if (file.messages.length > 0) continue
    const stored = cache?.entry(file.path)
    const stat = statKeyOf(file)
    // The size and modification time the cache recorded: the text is the one it hashed (as git's index decides).
    const sameFile = stored !== undefined && sameStat(stored.stat, stat)
    if (stored && !sameFile) stats.hashed++
    const entry = stored && (sameFile || stored.source === sourceHash(file.path, String(file.value))) ? stored : undefined
    if (
      entry &&
      // The cache keeps no article with a message, so one whose date has become past today is prepared again to report it.
      !isAfterToday(entry.frontmatter.date, today) &&
      (unchanged || !isAffected(change, foldForMatch(extractedText(unpackRecord(entry).prepared))))
    ) {
      keep(file, sameStat(entry.stat, stat) || stat === undefined ? entry : withStat(entry, stat))
      stats.cached++
    } else misses.push(file)
  }

  if ((options.jobs ?? 1) > 1 && misses.length >= (options.workerThreshold ?? defaultWorkerThreshold)) {
    const results = await prepareInWorkers(
      misses.map((file) => ({ path: file.path, value: String(file.value) })),
      registry,
      {
        jobs: options.jobs,
        today: options.today,
        times,
        local: ({ path, value }) => prepareRecord(path, value, registry, options.today, times),
        received: (result, index) => spilled({ ...result, stat: statKeyOf(misses[index]!) })
      }
    )
    results.forEach((result, index) => {
      if (result) {
        keep(misses[index]!, result)
        stats.workers++
      }
    })
  } else if (cache) {
    for (const file of misses) {
      const result = prepareRecord(file.path, String(file.value), registry, options.today, times)
      if (result) keep(file, spilled({ ...result, stat: statKeyOf(file) }))
    }
  }
  stats.main = sources.articles.length - stats.cached - stats.workers

  return {
    registry,
    prepared,
    serialized,
    stats,
    times,
    cacheIgnored,
    close,
    async save() {
      if (!cache) return
      const entries = new Map<string, CachedArticle>()
      for (const [file, record] of records) entries.set(file.path, record)
      await cache.save(entries, snapshot, registryClean ? { source: registrySource, entities: registry } : undefined)
      // Every entry spilled is in a shard file now, and reads its bytes from there.
      close()
    }
  }
}
