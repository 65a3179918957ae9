/**
 * Child process of `npm run bench`: in one process, the parse floor and a cold
 * build over the same files; or (with `--rebuild`, in a process of its own after
 * the cold build's, as a contributor runs the build again) a rebuild after one
 * article changed, and its phases. Prints one JSON object on stdout.
 *
 * Usage: tsx scripts/bench/build-run.ts --project DIR --warm DIR --jobs N [--rebuild] [--stages]
 */
import { readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { buildCorpus, compilePrepared, outputFiles } from '../../src/pipeline/build-corpus.js'
import { prepareSources } from '../../src/pipeline/cache/prepare-sources.js'
import { writeOutput } from '../../src/pipeline/emit/write-output.js'
import { loadCorpus } from '../../src/pipeline/load-corpus.js'
import { loadRegistry } from '../../src/pipeline/registry/load-registry.js'
import { prepare } from '../../src/pipeline/compile/prepare-article.js'
import { emptyStageTimes } from '../../src/pipeline/stage-times.js'
import { VFile } from 'vfile'
import { peakRssMiB, since } from './stats.js'

const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    warm: { type: 'string' },
    jobs: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: false },
    stages: { type: 'boolean', default: false }
  }
})
const project = values.project!
const jobs = Number(values.jobs)
const corpusDir = join(project, 'corpus')
const articlesDir = join(corpusDir, 'articles')

async function texts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort()
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')))
}

const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const plain = unified().use(remarkParse)
function parseAll(processor: typeof plain, sources: readonly string[]): number {
  const start = process.hrtime.bigint()
  for (const source of sources) processor.parse(source)
  return since(start)
}

// Warm up the parser and the build on a small corpus, so neither pays for JIT alone.
const warm = await texts(join(values.warm!, 'corpus', 'articles'))
parseAll(withFrontmatter, warm)
parseAll(plain, warm)
await buildCorpus({ cwd: values.warm!, cacheDir: false, dryRun: true, jobs })

const sources = await texts(articlesDir)
const cacheDir = join(project, `.bench-cache-${jobs}`)
const report: Record<string, unknown> = { articles: sources.length, jobs }
if (!values.rebuild) Object.assign(report, await coldRun())

/** The parse floors and the cold build, summarized. */
async function coldRun(): Promise<Record<string, unknown>> {
  // The floor is taken before and after the build, and the ratio uses their mean: the speed of a
  // shared machine drifts over minutes, and the build sits between the two.
  const floorBeforeMs = parseAll(withFrontmatter, sources)
  const floorPlainMs = parseAll(plain, sources)

  /**
   * The parse floor on `jobs` threads: the sources split in equal parts, one
   * parsed here and the others by worker threads at the same time (warmed up
   * first), wall time until the last is done. How much faster two threads parse
   * than one is what this machine gives any such work.
   */
  async function parallelParseFloor(): Promise<number> {
    const workers = Array.from({ length: jobs - 1 }, () => new Worker(new URL('./parse-worker.mjs', import.meta.url)))
    const run = (worker: Worker, part: readonly string[]): Promise<number> =>
      new Promise((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
        worker.postMessage(part)
      })
    try {
      await Promise.all(workers.map((worker) => run(worker, warm)))
      const size = Math.ceil(sources.length / jobs)
      const start = process.hrtime.bigint()
      const done = workers.map((worker, index) => run(worker, sources.slice((index + 1) * size, (index + 2) * size)))
      parseAll(withFrontmatter, sources.slice(0, size))
      await Promise.all(done)
      return since(start)
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
  const parallelFloorMs = jobs > 1 ? await parallelParseFloor() : undefined

  await rm(cacheDir, { recursive: true, force: true })
  // A cold build writes everything: no output of an earlier run to reuse.
  await rm(join(project, 'generated'), { force: true })
  await rm(join(project, '.generated'), { recursive: true, force: true })
  /** The cold build, summarized: its result goes out of scope, so the rebuild below does not run with it in memory. */
  async function coldBuild(): Promise<{ coldMs: number; peakMiB: number; output: string | undefined; stats: unknown; counts: Record<string, number> }> {
    const start = process.hrtime.bigint()
    const cold = await buildCorpus({ cwd: project, cacheDir, jobs })
    const coldMs = since(start)
    const errors = cold.files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal).length, 0)
    if (!cold.corpus) throw new Error(`Unexpected failed build of the synthetic corpus (${errors} errors)`)
    return {
      coldMs,
      peakMiB: peakRssMiB(),
      // The output folder is named by the hash of its content: equal names, byte-identical output.
      output: (await readlink(join(project, 'generated'))).split(/[\\/]/).pop(),
      stats: cold.stats,
      counts: { entities: cold.corpus.entities.length, ...cold.corpus.counts }
    }
  }
  const { coldMs, peakMiB, output, stats, counts } = await coldBuild()
  const floorAfterMs = parseAll(withFrontmatter, sources)

  return {
    floorMs: (floorBeforeMs + floorAfterMs) / 2,
    floorBeforeMs,
    floorAfterMs,
    floorPlainMs,
    parallelFloorMs,
    coldMs,
    peakRssMiB: peakMiB,
    output,
    stats,
    counts
  }
}

if (values.stages) {
  // The per-article stages of the build, each timed over all sources (warm), in ms per article.
  const loaded = await loadCorpus(corpusDir, project)
  const registry = loadRegistry(loaded.registry)
  // Through `prepare`, the build's one path per article, which times its own stages.
  const totals = emptyStageTimes()
  for (const source of loaded.articles) prepare(new VFile({ path: source.path, value: String(source.value) }), registry, { times: totals })
  const per = (ms: number): number => ms / loaded.articles.length
  report.stages = {
    floor: per(report.floorMs as number),
    parseSource: per(totals.parse),
    validate: per(totals.validate),
    extract: per(totals.extract)
  }
}

if (values.rebuild) {
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort()
  const edit = async (name: string): Promise<void> => {
    const path = join(articlesDir, name)
    await writeFile(path, `${(await readFile(path, 'utf8')).trimEnd()} Die Nato bestätigte den Termin am Abend.\n`)
  }
  await edit(names[Math.floor(names.length / 2)]!)
  const start = process.hrtime.bigint()
  const { stats: againStats } = await buildCorpus({ cwd: project, cacheDir, jobs })
  report.incrementalMs = since(start)
  report.incrementalStats = againStats

  // The same rebuild stage by stage (another article changed), to show where the time goes.
  await edit(names[Math.floor(names.length / 3)]!)
  const phases: Record<string, number> = {}
  let lap = process.hrtime.bigint()
  const step = (name: string): void => {
    phases[name] = since(lap)
    lap = process.hrtime.bigint()
  }
  const { version } = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as { version: string }
  const loaded = await loadCorpus(corpusDir, project)
  step('read sources')
  const ready = await prepareSources(loaded, { cwd: project, corpusDir, cacheDir, jobs })
  step('registry, cache, hash sources, 1 article')
  const result = compilePrepared(loaded, ready, version)
  step('compile (1 article, hashes, entities)')
  await ready.save()
  step('save cache')
  const files = outputFiles(result.corpus!, ready.serialized)
  step('emit (serialize)')
  await writeOutput(join(project, 'generated'), files)
  step('write output')
  report.incrementalPhases = phases
}

process.stdout.write(`${JSON.stringify(report)}\n`)
