import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, join } from 'node:path'
import type { VFile } from 'vfile'
import { cacheFolder } from './cache/cache-folder.js'
import { CacheDamagedError } from './cache/cache-shard.js'
import { pipelineFingerprint } from './cache/fingerprint.js'
import { openSourceCache, type PreparedSources, type PrepareStats, prepareSources } from './cache/prepare-sources.js'
import { type CompiledCorpus, type CompileResult, compileCorpus } from './compile/compile-corpus.js'
import { prepare } from './compile/prepare-article.js'
import { outputFileContents, outputFiles } from './emit/article-output.js'
import { type BlockPlan, defaultBlockSize, planBlocks } from './emit/blocks.js'
import { deferred } from './emit/bytes.js'
import { KeptFileMissingError } from './emit/kept-file.js'
import { emitOutput } from './emit/data-extras.js'
import { type DuckDb, startDuckDb } from './emit/duckdb.js'
import { type PreviousOutput, readPreviousOutput, writeOutputIndex } from './emit/previous-output.js'
import { extractorVersion } from './extract/index.js'
import { type StagedOutput, stageOutput, type WriteOutputOptions } from './emit/write-output.js'
import type { BuildCache } from './cache/build-cache.js'
import { type CorpusFiles, loadCorpus } from './load-corpus.js'
import type { StageTimes } from './stage-times.js'

/** Options of `buildCorpus`. */
export interface BuildOptions extends WriteOutputOptions {
  /** Project folder with `package.json` and `corpus/` (default: `process.cwd()`). */
  cwd?: string | undefined
  /** Corpus folder (default: `<cwd>/corpus`). */
  corpusDir?: string | undefined
  /** Output link (default: `<cwd>/generated`). */
  outDir?: string | undefined
  /** Validate only; write nothing (`korpus check`). */
  dryRun?: boolean | undefined
  /** Today as `YYYY-MM-DD` (default: now). */
  today?: string | undefined
  /** Build cache folder, or `false` for none (default: `<cwd>/node_modules/.cache/nato-russland-korpus`). */
  cacheDir?: string | false | undefined
  /** Threads for the sources not in the cache, the main thread included (default: `os.availableParallelism()`; 1: no worker threads); the output is the same for any number. */
  jobs?: number | undefined
  /** Fewest sources not in the cache for which worker threads start (default: 64); tests lower it to run the worker path on a small corpus. */
  workerThreshold?: number | undefined
  /** Articles per block of the output (default: 512); tests lower it to get several blocks from a small corpus. */
  blockSize?: number | undefined
}

/** Result of `buildCorpus`. */
export interface BuildResult {
  /** Every file read, with its messages. */
  files: VFile[]
  /** The corpus, or `undefined` when a file has an error (then nothing was written). */
  corpus: CompiledCorpus | undefined
  /** How many sources came from the cache, from workers and from the main thread. */
  stats: PrepareStats
  /** Why the build cache on disk was not used, when there was one (damaged, or written by other code): `korpus build` prints it. */
  cacheIgnored: string | undefined
  /** Where the time went (`korpus build --timings` prints them). */
  timings: BuildTimings
}

/**
 * Wall time of each step of `buildCorpus` in milliseconds, in order, and the
 * per-article stages inside `prepare` summed over all threads (with workers
 * their sum exceeds the wall time of `prepare`).
 */
export interface BuildTimings {
  /** Reading `package.json`, the sources and the registry files. */
  read: number
  /** Cache lookup, and parse, validate, extract of the other sources (on every thread). */
  prepare: number
  /** Assembling the corpus (sorting, entity lists, corrections, manifest); prepares the sources `prepare` left. */
  compile: number
  /** Saving the build cache. */
  saveCache: number
  /** Making and writing the output files block by block into a new folder (runtime modules, data files, Parquet, the dataset card). */
  emit: number
  /** Naming that folder by its hashes, switching `generated/` to it, and recording the output index. */
  write: number
  /** All of `buildCorpus`. */
  total: number
  /** The per-article stages, summed over the articles prepared and the threads. */
  stages: StageTimes
}

/**
 * Build the corpus: read `corpus/`, validate, extract, and write the runtime
 * modules and data files to `generated/` atomically. On any error nothing is
 * written and the previous output stays as it was. The output is split into
 * blocks of articles; a block none of whose articles changed since the
 * previous build (recorded in the build cache, `output-index.json`) is
 * neither serialized nor written again but linked from the previous output.
 *
 * @param options
 *   Configuration.
 * @returns
 *   Files with messages, and the corpus when it built.
 */
export async function buildCorpus(options: BuildOptions = {}): Promise<BuildResult> {
  const start = performance.now()
  const cwd = options.cwd ?? process.cwd()
  // Loaded while the sources are read and prepared: the Parquet of a changed block needs it.
  const duckdb = options.dryRun ? undefined : startDuckDb()
  try {
    return await build(options, cwd, start, duckdb)
  } finally {
    await duckdb?.close()
  }
}

/** `buildCorpus` once `duckdb` is starting. */
async function build(options: BuildOptions, cwd: string, start: number, duckdb: DuckDb | undefined): Promise<BuildResult> {
  const laps = { read: 0, prepare: 0, compile: 0, saveCache: 0, emit: 0, write: 0 }
  let lap = start
  const step = (name: keyof typeof laps): void => {
    const now = performance.now()
    laps[name] = now - lap
    lap = now
  }
  const { version } = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as { version: string }
  const corpusDir = options.corpusDir ?? join(cwd, 'corpus')
  // The cache's heads first: a source with the size and modification time it recorded is read only when its text is used.
  const read = async (ignoreCache: string | undefined): Promise<{ sources: CorpusFiles; opened: Promise<BuildCache | undefined> }> => {
    const opened = openSourceCache({ cwd, corpusDir, cacheDir: options.cacheDir, ignoreCache })
    const cache = await opened
    return { sources: await loadCorpus(corpusDir, cwd, { knownStat: cache && ((path) => cache.entry(path)?.stat) }), opened }
  }
  const first = await read(undefined)
  step('read')
  const attempt = async ({ sources, opened }: Awaited<ReturnType<typeof read>>, ignoreCache: string | undefined): Promise<{ result: CompileResult; ready: PreparedSources }> => {
    const ready = await prepareSources(sources, { cwd, corpusDir, cacheDir: options.cacheDir, jobs: options.jobs ?? availableParallelism(), workerThreshold: options.workerThreshold, today: options.today, ignoreCache, opened })
    try {
      return await finish(sources, ready)
    } finally {
      ready.close()
    }
  }
  const finish = async (sources: CorpusFiles, ready: PreparedSources): Promise<{ result: CompileResult; ready: PreparedSources }> => {
    step('prepare')
    const result = compilePrepared(sources, ready, version, options.today)
    step('compile')
    const { files, corpus } = result
    if (corpus) await ready.save()
    step('saveCache')
    if (corpus && !options.dryRun) {
      const root = options.outDir ?? join(cwd, 'generated')
      const blockSize = options.blockSize ?? defaultBlockSize
      const folder = cacheFolder(cwd, corpusDir, options.cacheDir)
      const indexPath = folder === undefined ? undefined : join(folder, 'output-index.json')
      const fingerprint = indexPath === undefined ? undefined : await pipelineFingerprint(extractorVersion)
      const previous = indexPath && fingerprint ? await readPreviousOutput(indexPath, root, fingerprint) : undefined
      // One block at a time: its files are made, written into the staged output and dropped.
      const emit = async (from: PreviousOutput | undefined): Promise<{ output: StagedOutput; plan: BlockPlan }> => {
        const plan = planBlocks(
          corpus.articles.map((article) => article.hash),
          blockSize,
          fingerprint,
          from
        )
        const output = stageOutput(root, options)
        try {
          await emitOutput(outputFileContents(corpus, ready.serialized, plan, deferred), output, { corpus, cwd, previous: from, duckdb })
        } catch (error) {
          await output.abort()
          throw error
        }
        return { output, plan }
      }
      let emitted: Awaited<ReturnType<typeof emit>>
      try {
        emitted = await emit(previous)
      } catch (error) {
        // A file of the previous output went missing (removed by hand, or by another build): write everything.
        if (!(error instanceof KeptFileMissingError)) throw error
        emitted = await emit(undefined)
      }
      step('emit')
      const written = await emitted.output.commit()
      if (indexPath && fingerprint && emitted.plan.keys) {
        await writeOutputIndex(indexPath, { root, output: basename(written), fingerprint, blockSize, blocks: emitted.plan.keys }, emitted.output.digests)
      }
      step('write')
    }
    return { result, ready }
  }
  let built: Awaited<ReturnType<typeof attempt>>
  try {
    built = await attempt(first, undefined)
  } catch (error) {
    // A cache entry's bytes did not match their checksum when read (nothing was written yet, or
    // only a cache that is still whole): build again without the cache, which then overwrites it,
    // from sources read again (the first attempt may have put messages on them).
    if (!(error instanceof CacheDamagedError)) throw error
    built = await attempt(await read(error.message), error.message)
  }
  const { result, ready } = built
  const { files, corpus } = result
  return { files, corpus, stats: ready.stats, cacheIgnored: ready.cacheIgnored, timings: { ...laps, total: performance.now() - start, stages: ready.times } }
}

/**
 * Compile the corpus, taking each article the cache or the workers prepared
 * as it is and running `prepare` on the others.
 *
 * @param sources
 *   The corpus as read by `loadCorpus`.
 * @param ready
 *   What `prepareSources` made of it.
 * @param version
 *   Corpus version (the package version).
 * @param today
 *   Today as `YYYY-MM-DD` (default: now).
 * @returns
 *   The result of `compileCorpus`.
 */
export function compilePrepared(sources: CorpusFiles, ready: PreparedSources, version: string, today?: string | undefined): CompileResult {
  return compileCorpus({
    ...sources,
    version,
    today,
    loadedRegistry: ready.registry,
    prepare: (file, registry) => ready.prepared.get(file) ?? prepare(file, registry, { today, times: ready.times })
  })
}

export { outputFiles }
