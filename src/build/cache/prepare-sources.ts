import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import { VFile } from 'vfile'
import { type Frontmatter, FrontmatterSchema } from '../../schema/article.js'
import type { CompileResult } from '../compile/compile-corpus.js'
import { hasErrors } from '../diagnostics.js'
import type { Extraction } from '../extract/index.js'
import { extractorVersion } from '../extract/index.js'
import type { CorpusFiles } from '../load-corpus.js'
import { loadRegistry } from '../registry/load-registry.js'
import { prepareInWorkers } from '../workers/pool.js'
import type { PreparedArticle } from '../workers/prepare-article.js'
import { type CachedArticle, openCache, sourceHash } from './build-cache.js'
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
  /** Worker threads for sources not in the cache (default: 1, no workers). */
  jobs?: number | undefined
  /** Today as `YYYY-MM-DD` (default: now). */
  today?: string | undefined
}

/** Counts of what `prepareSources` did. */
export interface PrepareStats {
  /** Sources taken from the cache. */
  cached: number
  /** Sources prepared by worker threads. */
  workers: number
  /** Sources left to the main thread. */
  main: number
}

/** Sources ready for `compileCorpus`, and how to store the result in the cache. */
export interface PreparedSources {
  /** Prepared articles by source file. */
  prepared: Map<VFile, PreparedArticle>
  /** What came from where. */
  stats: PrepareStats
  /**
   * Store a successful compile in the cache.
   *
   * @param result The result of `compileCorpus`.
   */
  save(result: CompileResult): Promise<void>
}

/** Fewer misses than this are not worth starting workers for. */
const minimumForWorkers = 64

const frontmatterKeys = Object.keys(FrontmatterSchema.entries) as Array<keyof Frontmatter>

/**
 * The build’s fast path before `compileCorpus`: take unchanged sources from
 * the cache and prepare the others on worker threads. The cache is keyed by
 * each source’s content (with its path), the pipeline fingerprint (extractor
 * version and build code) and the registry: a registry change rebuilds only
 * the articles whose text contains a word of an entry that was added, removed
 * or changed. Sources with any message are never cached nor sent to workers,
 * so reports are the same as without this step.
 *
 * @param sources
 *   The corpus as read by `loadCorpus`.
 * @param options
 *   Configuration.
 * @returns
 *   Prepared articles and a `save` for after the compile.
 */
export async function prepareSources(sources: CorpusFiles, options: PrepareOptions): Promise<PreparedSources> {
  const prepared = new Map<VFile, PreparedArticle>()
  const stats: PrepareStats = { cached: 0, workers: 0, main: 0 }
  const none: PreparedSources = { prepared, stats, save: async () => {} }
  const copies = sources.registry.map((file) => new VFile({ path: file.path, value: String(file.value) }))
  const registry = loadRegistry(copies)
  if (hasErrors(copies) || hasErrors(sources.registry)) return { ...none, stats: { ...stats, main: sources.articles.length } }
  const snapshot = snapshotRegistry(registry)
  const fingerprint = options.cacheDir === false ? undefined : await pipelineFingerprint(extractorVersion)
  const cacheRoot = options.cacheDir === false ? undefined : (options.cacheDir ?? join(options.cwd, 'node_modules', '.cache', 'nato-russland-korpus'))
  const corpusKey = createHash('sha256').update(resolve(options.corpusDir)).digest('hex').slice(0, 16)
  const cache = fingerprint && cacheRoot ? await openCache(join(cacheRoot, corpusKey), fingerprint) : undefined
  const change: RegistryChange = cache?.registry ? diffRegistry(cache.registry, snapshot) : { all: true, words: [] }
  const unchanged = !change.all && change.words.length === 0
  const today = options.today ?? new Date().toISOString().slice(0, 10)

  const hashes = new Map<VFile, string>()
  const entries = new Map<string, CachedArticle>()
  const misses: VFile[] = []
  for (const file of sources.articles) {
    if (file.messages.length > 0) continue
    const text = String(file.value)
    const hash = sourceHash(file.path, text)
    hashes.set(file, hash)
    const entry = cache?.lookup(file.path, hash)
    if (
      entry &&
      entry.frontmatter.date.slice(0, 10) <= today.slice(0, entry.frontmatter.date.length) &&
      (unchanged || !isAffected(change, foldForMatch(entry.paragraphs.map((paragraph) => paragraph.text).join('\n'))))
    ) {
      prepared.set(file, entry)
      entries.set(file.path, entry)
      stats.cached++
    } else misses.push(file)
  }

  if ((options.jobs ?? 1) > 1 && misses.length >= minimumForWorkers) {
    const results = await prepareInWorkers(
      misses.map((file) => ({ path: file.path, value: String(file.value) })),
      sources.registry.map((file) => ({ path: file.path, value: String(file.value) })),
      { jobs: options.jobs, today: options.today }
    )
    results.forEach((result, index) => {
      if (result) {
        prepared.set(misses[index]!, result)
        stats.workers++
      }
    })
  }
  stats.main = sources.articles.length - stats.cached - stats.workers

  return {
    prepared,
    stats,
    async save(result) {
      if (!cache || !result.corpus) return
      const byId = new Map(result.corpus.articles.map((article) => [article.id, article]))
      for (const file of sources.articles) {
        const hash = hashes.get(file)
        if (hash === undefined || entries.has(file.path) || file.messages.length > 0) continue
        const article = byId.get(file.stem ?? '')
        const extraction: Extraction | undefined = result.extractions.get(file.stem ?? '')?.extraction
        if (!article || !extraction) continue
        const frontmatter = Object.fromEntries(frontmatterKeys.map((key) => [key, article[key]])) as Frontmatter
        entries.set(file.path, { source: hash, frontmatter, markdown: article.markdown, paragraphs: article.paragraphs, extraction })
      }
      await cache.save(entries, snapshot)
    }
  }
}
