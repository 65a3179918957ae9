/**
 * `npm run bench [-- --small | --large] [--seed S] [--report FILE]`: build and query
 * synthetic corpora of 1,000 and 10,000 articles (`--small`: 50 and 100, for CI;
 * `--large`: only the whole `npm run build` of 10,000 and 100,000, not in CI) and
 * print each figure next to its floor measured in the same run; writes the
 * figures as JSON to `bench-report.json`. See docs/performance.md.
 *
 * Each measurement runs in a child process of its own (a clean heap, a real
 * peak memory); the floor runs in the same child as the figure it bounds.
 */
import { spawn } from 'node:child_process'
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build, type Plugin } from 'esbuild'
import { summarize } from './bench/stats.js'
import { synthesize } from './synth/synthesize.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    small: { type: 'boolean', default: false },
    large: { type: 'boolean', default: false },
    // Two sizes instead of the mode's, e.g. `--sizes 20,40` to try a mode quickly.
    sizes: { type: 'string' },
    seed: { type: 'string', default: '2026' },
    jobs: { type: 'string', default: '2' },
    report: { type: 'string', default: 'bench-report.json' },
    keep: { type: 'boolean', default: false }
  }
})
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.small ? [50, 100] : values.large ? [10_000, 100_000] : [1_000, 10_000]
const largest = sizes.at(-1)!
const jobs = Number(values.jobs)

/** Run a child process and parse the JSON object it prints last. */
function child(args: readonly string[], nodeFlags: readonly string[] = ['--import', 'tsx']): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [...nodeFlags, ...args], { cwd: code, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    run.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    run.on('error', reject)
    run.on('close', (code) => {
      if (code !== 0) return reject(new Error(`Unexpected exit code ${code} of \`node ${args.join(' ')}\``))
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, any>)
    })
  })
}

/**
 * A project to build: a synthetic corpus, and the snapshot's package.json,
 * build code and tsup config, so that `npm run build` runs in it as in a
 * clone. `node_modules` is a folder of links to the repository's packages:
 * the build cache it gets (`node_modules/.cache/`) stays the project's own.
 */
async function project(dir: string, articles: number, seed: string): Promise<void> {
  await mkdir(join(dir, 'node_modules'), { recursive: true })
  await synthesize({ articles, seed, out: join(dir, 'corpus'), registryDir: join(root, 'corpus', 'registry') })
  for (const file of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'src', 'scripts/build.mjs', 'scripts/bundle.mjs', 'scripts/bundle', 'scripts/korpus.mjs']) await cp(join(code, file), join(dir, file), { recursive: true })
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (name !== '.cache') await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name))
  }
}

/** Copy the runtime sources next to a built project's `generated/`, so they import its data. */
async function copyRuntime(dir: string): Promise<void> {
  for (const folder of ['internal', 'query', 'schema']) await cp(join(code, 'src', folder), join(dir, 'src', folder), { recursive: true })
  await cp(join(code, 'src', 'index.ts'), join(dir, 'src', 'index.ts'))
}

/** Bundle the main entry of a built project the way tsup does: query code in `dist/index.js`, data copied to `dist/runtime/*.js`. */
async function bundle(dir: string): Promise<string> {
  const runtime = /[\\/]generated[\\/]runtime[\\/]([\w-]+)\.js$/
  const shared: Plugin = {
    name: 'shared-data-modules',
    setup(context) {
      context.onResolve({ filter: runtime }, (args) => ({ path: `./runtime/${runtime.exec(args.path)![1]}.js`, external: true }))
    }
  }
  const common = { format: 'esm', platform: 'neutral', target: 'es2022', charset: 'utf8', logLevel: 'silent' } as const
  await build({ ...common, entryPoints: { index: join(dir, 'src', 'index.ts') }, bundle: true, outdir: join(dir, 'dist'), external: ['valibot'], plugins: [shared] })
  // The data modules are written in their final form; tsup copies them as they are.
  // The data modules and their blocks (`runtime/texts/00000.js`, …).
  await mkdir(join(dir, 'dist', 'runtime'), { recursive: true })
  for (const name of (await readdir(join(dir, 'generated', 'runtime'), { recursive: true })).filter((name) => name.endsWith('.js'))) {
    await mkdir(dirname(join(dir, 'dist', 'runtime', name)), { recursive: true })
    await copyFile(join(dir, 'generated', 'runtime', name), join(dir, 'dist', 'runtime', name))
  }
  return join(dir, 'dist', 'index.js')
}

/** The metadata the main entry parses on import (everything but bodies), as one JSON file. */
async function metadataFile(dir: string): Promise<string> {
  // A table in blocks (`articles/00000.jsonl`, …) is its blocks in name order.
  const lines = async (name: string): Promise<unknown[]> => {
    const data = join(dir, 'generated', 'data')
    const files = name.endsWith('/') ? (await readdir(join(data, name))).filter((file) => file.endsWith('.jsonl')).sort().map((file) => join(data, name, file)) : [join(data, name)]
    const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')))
    return texts
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown)
  }
  const catalog = (await lines('articles/')).map((record) => {
    const { markdown, paragraphs, ...meta } = record as Record<string, unknown>
    return meta
  })
  const metadata = {
    catalog,
    entities: await lines('entities.jsonl'),
    mentions: await lines('mentions/'),
    quotes: await lines('quotes/'),
    manifest: JSON.parse(await readFile(join(dir, 'generated', 'data', 'manifest.json'), 'utf8')) as unknown
  }
  const path = join(dir, 'metadata.json')
  await writeFile(path, JSON.stringify(metadata))
  return path
}

const started = Date.now()
const work = await mkdtemp(join(tmpdir(), 'korpus-bench-'))
// Every child runs a snapshot of the code taken now, so edits to the working
// tree during a long run can neither change a figure nor invalidate the cache.
const code = join(work, 'code')
const log = (text: string): void => void process.stderr.write(`${text}\n`)
const report: Record<string, any> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  seed: values.seed,
  jobs,
  command: `npm run bench${values.small ? ' -- --small' : values.large ? ' -- --large' : ''}`,
  sizes: {}
}
try {
  log(`Working in ${work}`)
  for (const file of ['src', 'scripts', 'package.json', 'tsconfig.json', 'tsup.config.ts']) await cp(join(root, file), join(code, file), { recursive: true })
  await symlink(join(root, 'node_modules'), join(code, 'node_modules'), 'dir')
  await project(join(work, 'warm'), values.small ? 10 : 50, 'warm')
  for (const size of values.large ? [] : sizes) {
    const dir = join(work, `corpus-${size}`)
    log(`Synthesizing ${size} articles (seed ${values.seed})…`)
    await project(dir, size, values.seed)
    log(`Cold build, ${jobs} threads, of ${size}…`)
    const parallel = await child(['scripts/bench/build-run.ts', '--project', dir, '--warm', join(work, 'warm'), '--jobs', String(jobs)])
    log(`Cold build, 1 thread, of ${size}…`)
    const single = await child(['scripts/bench/build-run.ts', '--project', dir, '--warm', join(work, 'warm'), '--jobs', '1', ...(size === sizes[0] ? ['--stages'] : [])])
    // In a process of its own, as a contributor runs the build again after an edit.
    log(`Rebuild after one change, 1 thread, of ${size}…`)
    const rebuild = await child(['scripts/bench/build-run.ts', '--project', dir, '--warm', join(work, 'warm'), '--jobs', '1', '--rebuild'])
    single.incrementalMs = rebuild.incrementalMs
    single.incrementalStats = rebuild.incrementalStats
    single.incrementalPhases = rebuild.incrementalPhases
    const entry: Record<string, any> = { single, parallel }
    if (size === largest) {
      log(`Queries over ${size}…`)
      await copyRuntime(dir)
      entry.queries = await child(['scripts/bench/query-run.ts', '--project', dir, ...(values.small ? ['--calls', '2000'] : [])])
      log(`Import cost of the main entry at ${size}…`)
      const index = await bundle(dir)
      const metadata = await metadataFile(dir)
      const imports: Array<Record<string, any>> = []
      const parses: Array<Record<string, any>> = []
      for (let round = 0; round < (values.small ? 1 : 3); round++) {
        imports.push(await child(['scripts/bench/import-run.mjs', 'import', index], ['--expose-gc']))
        parses.push(await child(['scripts/bench/import-run.mjs', 'json', metadata], ['--expose-gc']))
      }
      const median = (list: Array<Record<string, any>>, key: string): number => summarize(list.map((item) => item[key] as number)).median
      // Each data module alone: what the engine spends on it at import.
      // Time and heap (after a full GC: the module's source and the strings it keeps).
      const modules: Record<string, number> = {}
      const moduleHeapMiB: Record<string, number> = {}
      for (const name of ['catalog', 'mentions', 'quotes', 'texts']) {
        const run = await child(['scripts/bench/import-run.mjs', 'module', join(dir, 'dist', 'runtime', `${name}.js`)], ['--expose-gc'])
        modules[name] = run.ms
        moduleHeapMiB[name] = run.heapMiB
      }
      entry.import = {
        modules,
        moduleHeapMiB,
        ms: median(imports, 'ms'),
        heapMiB: median(imports, 'heapMiB'),
        heapAfterBodyMiB: median(imports, 'heapAfterBodyMiB'),
        firstBodyMs: median(imports, 'firstBodyMs'),
        jsonMs: median(parses, 'ms'),
        jsonHeapMiB: median(parses, 'heapMiB'),
        rounds: imports.length
      }
    }
    if (!values.small || size === largest) {
      // What contributors and CI wait for: `npm run build` in a fresh process, default options.
      log(`Whole \`npm run build\` of ${size}, cold and after one change…`)
      // A project of its own with the same corpus (the runs above edited articles of theirs).
      await project(join(work, `whole-${size}`), size, values.seed)
      entry.whole = await child(['scripts/bench/whole-build-run.ts', '--project', join(work, `whole-${size}`), '--warm', join(work, 'warm')])
      await rm(join(work, `whole-${size}`), { recursive: true, force: true })
    }
    report.sizes[size] = entry
  }
  // `--large`: the whole `npm run build` alone at each size, with its peak memory.
  for (const size of values.large ? sizes : []) {
    log(`Synthesizing ${size} articles (seed ${values.seed})…`)
    await project(join(work, `whole-${size}`), size, values.seed)
    log(`Whole \`npm run build\` of ${size}, cold and after one change…`)
    report.sizes[size] = { whole: await child(['scripts/bench/whole-build-run.ts', '--project', join(work, `whole-${size}`), '--warm', join(work, 'warm')]) }
    await rm(join(work, `whole-${size}`), { recursive: true, force: true })
  }
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true })
}
if (values.large) {
  await writeFile(resolve(root, values.report), `${JSON.stringify({ ...report, seconds: (Date.now() - started) / 1000 }, null, 2)}\n`)
  const rows = sizes.map((size) => {
    const { whole } = report.sizes[size]
    const { cold, rebuild } = whole
    return `| ${size} | ${(cold.wallMs / 1000).toFixed(1)} s | ${(whole.floorMs / 1000).toFixed(1)} s | ${(cold.wallMs / whole.floorMs).toFixed(2)}× | ${Math.round(cold.timings.peakRssMiB)} MiB | ${(rebuild.wallMs / 1000).toFixed(1)} s (${((rebuild.wallMs / cold.wallMs) * 100).toFixed(1)} %) | ${(cold.timings.stages.extract / cold.timings.stages.articles).toFixed(2)} ms |`
  })
  const [small, large] = sizes.map((size) => report.sizes[size].whole)
  const perArticle = (run: Record<string, any>, size: number): number => run.cold.wallMs / size
  const costs = sizes.map((size, index) => perArticle(index === 0 ? small : large, size) / ((index === 0 ? small : large).floorMs / size))
  const growth = (costs[1]! - costs[0]!) / costs[0]!
  process.stdout.write(
    `| Articles | npm run build | remark-parse (same run) | Ratio | Peak memory of korpus build | Rebuild after 1 change | Extraction per article |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n\n` +
      `Growth ${sizes[0]} → ${sizes[1]} in parses per article: ${costs[0]!.toFixed(2)} → ${costs[1]!.toFixed(2)} (${(growth * 100).toFixed(1)} %; target within 20 %); ` +
      `in ms per article ${perArticle(small, sizes[0]!).toFixed(2)} → ${perArticle(large, sizes[1]!).toFixed(2)}; peak memory target ≤ 2048 MiB\n` +
      sizes.map((size) => `Whole \`npm run build\` at ${size} (s), cold: ${wholeStagesOf(report.sizes[size].whole.cold)}\n`).join('') +
      `Node ${report.node}, ${report.cpus} cores (${report.cpuModel}), ${report.date}, seed ${report.seed}, ${((Date.now() - started) / 1000).toFixed(0)} s\n`
  )
  process.exit(0)
}
report.seconds = (Date.now() - started) / 1000

// The table.
const rows: string[][] = []
const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)
const µs = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} µs`
const rate = (articles: number, ms: number): string => `${Math.round(articles / (ms / 1000))}/s`
const met = (ok: boolean): string => (ok ? 'yes' : 'no')
const targets: Record<string, boolean> = {}
for (const size of sizes) {
  const { single, parallel } = report.sizes[size]
  const ratio1 = single.coldMs / single.floorMs
  const ratio2 = parallel.coldMs / parallel.floorMs
  targets[`cold-1-thread-${size}`] = ratio1 <= 1.5
  targets[`cold-${jobs}-workers-${size}`] = ratio2 < 1
  rows.push([`1 cold build, 1 thread`, String(size), `${fmt(single.coldMs)} (${rate(size, single.coldMs)})`, `remark-parse ${fmt(single.floorMs)} (${rate(size, single.floorMs)})`, `${ratio1.toFixed(2)}×`, '≤ 1.5×', met(ratio1 <= 1.5)])
  rows.push([`1 cold build, ${jobs} threads`, String(size), `${fmt(parallel.coldMs)} (${rate(size, parallel.coldMs)})`, `remark-parse ${fmt(parallel.floorMs)} (${rate(size, parallel.floorMs)})`, `${ratio2.toFixed(2)}×`, '< 1×', met(ratio2 < 1)])
  // What the machine gives parallel work at all: remark-parse alone, split over the same threads.
  if (parallel.parallelFloorMs !== undefined) rows.push([`1 remark-parse, ${jobs} threads`, String(size), `${fmt(parallel.parallelFloorMs)} (${rate(size, parallel.parallelFloorMs)})`, `remark-parse ${fmt(parallel.floorBeforeMs)} (${rate(size, parallel.floorBeforeMs)})`, `${(parallel.floorBeforeMs / parallel.parallelFloorMs).toFixed(2)}× faster`, 'reported', '—'])
  const same = single.output === parallel.output
  targets[`same-output-${size}`] = same
  rows.push([`1 same output, 1 and ${jobs} threads`, String(size), `${single.output} / ${parallel.output}`, '—', '—', 'byte-identical', met(same)])
  const share = single.incrementalMs / single.coldMs
  targets[`incremental-${size}`] = share <= 0.02
  rows.push(['2 rebuild, 1 article changed', String(size), fmt(single.incrementalMs), `cold build ${fmt(single.coldMs)}`, `${(share * 100).toFixed(1)} %`, '≤ 2 %', met(share <= 0.02)])
  const whole = report.sizes[size].whole
  if (whole) {
    const threads = `${report.cpus} thread${report.cpus === 1 ? '' : 's'}`
    const ratio = whole.cold.wallMs / whole.floorMs
    targets[`whole-build-${size}`] = ratio <= 2.5
    rows.push([`1 whole npm run build (${threads})`, String(size), `${fmt(whole.cold.wallMs)} (${rate(size, whole.cold.wallMs)})`, `remark-parse ${fmt(whole.floorMs)} (${rate(size, whole.floorMs)})`, `${ratio.toFixed(2)}×`, '≤ 2.5×', met(ratio <= 2.5)])
    rows.push([`1 korpus build in it`, String(size), fmt(whole.cold.korpusMs), `remark-parse ${fmt(whole.floorMs)}`, `${(whole.cold.korpusMs / whole.floorMs).toFixed(2)}×`, 'reported', '—'])
    const { stages } = whole.cold.timings
    rows.push([`1 extraction per article`, String(size), `${(stages.extract / stages.articles).toFixed(2)} ms`, `remark-parse ${(whole.floorMs / size).toFixed(2)} ms`, `${(stages.extract / whole.floorMs * size / stages.articles).toFixed(2)}×`, 'reported (issue 12)', '—'])
    const wholeShare = whole.rebuild.wallMs / whole.cold.wallMs
    targets[`whole-rebuild-${size}`] = wholeShare <= 0.02
    rows.push(['2 whole rebuild, 1 article changed', String(size), fmt(whole.rebuild.wallMs), `cold npm run build ${fmt(whole.cold.wallMs)}`, `${(wholeShare * 100).toFixed(1)} %`, '≤ 2 %', met(wholeShare <= 0.02)])
    const same = whole.output === single.output
    targets[`whole-same-output-${size}`] = same
    rows.push([`1 same output, 1 and ${threads}`, String(size), `${single.output} / ${whole.output}`, '—', '—', 'byte-identical', met(same)])
  }
}
const big = report.sizes[largest]
for (const [name, result] of Object.entries(big.queries.results) as Array<[string, any]>) {
  const fast = name === 'byActor' || name === 'quotesBy'
  const ok = result.indexed.median < 5 && (!fast || result.speedup >= 100)
  targets[`query-${name}`] = ok
  rows.push([`3 ${name}`, String(largest), `${µs(result.indexed.median)} (p99 ${µs(result.indexed.p99)})`, `scan ${µs(result.naive.median)} (p99 ${µs(result.naive.p99)})`, `${Math.round(result.speedup)}× faster`, fast ? '≥ 100×, < 5 µs' : '< 5 µs', met(ok)])
}
const importRatio = big.import.ms / big.import.jsonMs
const importHeapRatio = big.import.heapMiB / big.import.jsonHeapMiB
// Target 4 is on both: time and heap within 2× of the floor.
targets.import = importRatio <= 2 && importHeapRatio <= 2
rows.push(['4 import main entry', String(largest), `${fmt(big.import.ms)}, heap ${big.import.heapMiB.toFixed(1)} MiB`, `JSON.parse ${fmt(big.import.jsonMs)}, heap ${big.import.jsonHeapMiB.toFixed(1)} MiB`, `${importRatio.toFixed(2)}× time, ${importHeapRatio.toFixed(2)}× heap`, '≤ 2×', met(targets.import)])
rows.push(['4 first body read', String(largest), `${fmt(big.import.firstBodyMs)}, heap then ${big.import.heapAfterBodyMiB.toFixed(1)} MiB`, '—', '—', 'bodies lazy', met(big.import.heapAfterBodyMiB > big.import.heapMiB)])
if (sizes.length > 1) {
  const [small, large] = sizes.map((size) => size / (report.sizes[size].single.coldMs / 1000)) as [number, number]
  const drift = Math.abs(large - small) / small
  // The same against the parse floor of each run: the cost per article in parses, which does not
  // move when the machine's speed drifts between the two runs (minutes apart).
  const [smallFloor, largeFloor] = sizes.map((size) => size / (report.sizes[size].single.floorMs / 1000)) as [number, number]
  const [smallCost, largeCost] = [smallFloor / small, largeFloor / large]
  const costDrift = Math.abs(largeCost - smallCost) / smallCost
  targets.growth = costDrift <= 0.2
  rows.push([
    '5 growth, 1 thread',
    `${sizes[0]} → ${largest}`,
    `${Math.round(small)}/s → ${Math.round(large)}/s`,
    `remark-parse ${Math.round(smallFloor)}/s → ${Math.round(largeFloor)}/s`,
    `${(costDrift * 100).toFixed(1)} % apart in parses per article (${smallCost.toFixed(2)} → ${largeCost.toFixed(2)}); ${(drift * 100).toFixed(1)} % in articles/s`,
    '≤ 20 %',
    met(costDrift <= 0.2)
  ])
}
rows.push(['5 peak memory of the build', String(largest), `${Math.round(big.single.peakRssMiB)} MiB (1 thread), ${Math.round(big.parallel.peakRssMiB)} MiB (${jobs} threads)`, '—', '—', 'reported', '—'])
report.targets = targets

const header = ['Figure', 'Articles', 'Measured', 'Floor (same run)', 'Ratio', 'Target', 'Met']
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
const stages = report.sizes[sizes[0]!].single.stages
const stageLine = stages
  ? `Per article at ${sizes[0]} (ms, warm): remark-parse ${stages.floor.toFixed(2)}, parseSource ${stages.parseSource.toFixed(2)}, validate ${stages.validate.toFixed(2)}, extract ${stages.extract.toFixed(2)}\n`
  : ''
// The floors each cold build is compared with (their mean), taken before and after it.
const floorLine = `remark-parse before / after each cold build (s): ${sizes
  .flatMap((size) => (['single', 'parallel'] as const).map((run) => {
    const { floorBeforeMs, floorAfterMs, jobs: threads } = report.sizes[size][run]
    return `${size} on ${threads} thread${threads === 1 ? '' : 's'} ${(floorBeforeMs / 1000).toFixed(2)} / ${(floorAfterMs / 1000).toFixed(2)}`
  }))
  .join(', ')}\n`
const wholeLine = sizes
  .filter((size) => report.sizes[size].whole)
  .map((size) => {
    const { whole } = report.sizes[size]
    return `Whole \`npm run build\` at ${size} (s), cold: ${wholeStagesOf(whole.cold)}\nWhole \`npm run build\` at ${size} (s), after one change: ${wholeStagesOf(whole.rebuild)}\n`
  })
  .join('')
const moduleLine = big.import.modules
  ? `Import of each data module at ${largest} (ms): ${Object.entries(big.import.modules as Record<string, number>).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}\n` +
    (big.import.moduleHeapMiB
      ? `Heap of each data module at ${largest} (MiB): ${Object.entries(big.import.moduleHeapMiB as Record<string, number>).map(([name, mib]) => `${name} ${mib.toFixed(1)}`).join(', ')}\n`
      : '')
  : ''
process.stdout.write(
  `${[line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n')}\n\n` +
    `${floorLine}${stageLine}${wholeLine}${moduleLine}Node ${report.node}, ${report.cpus} cores (${report.cpuModel}), ${report.date}, seed ${report.seed}, ${report.seconds.toFixed(0)} s\n`
)
await writeFile(resolve(root, values.report), `${JSON.stringify(report, null, 2)}\n`)
log(`Wrote ${values.report}`)

/** Where one `npm run build` spent its time, stage by stage, in seconds. */
function wholeStagesOf(run: Record<string, any>): string {
  const t = run.timings
  const s = (ms: number): string => (ms / 1000).toFixed(2)
  const st = t.stages
  return (
    `startup ${s(run.launchMs + t.startup)} (npm, Node, loading the build tool), read ${s(t.read)}, prepare ${s(t.prepare)} ` +
    `[thread time of ${st.articles} articles: parse ${s(st.parse)}, validate ${s(st.validate)}, extract ${s(st.extract)}, compile ${s(st.compile)}, serialize ${s(st.serialize)}], ` +
    `compile ${s(t.compile)}, save cache ${s(t.saveCache)}, emit ${s(t.emit)}, write ${s(t.write)}, bundle ${s(run.bundleMs)} (tsup); total ${s(run.wallMs)}; peak memory of korpus build ${Math.round(t.peakRssMiB)} MiB`
  )
}
