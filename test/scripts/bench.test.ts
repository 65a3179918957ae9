import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

// The benchmark in its small configuration, so it cannot rot: it must run and
// report every figure. Times are printed, never asserted.
it('runs `npm run bench -- --small` and reports every figure', { timeout: 300_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'korpus-bench-test-'))
  try {
    const report = join(dir, 'report.json')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--small', '--report', report], { cwd: root, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^\| Figure +\| Articles/)
    const data = JSON.parse(await readFile(report, 'utf8'))
    const small = data.sizes['100']
    expect(small.single).toMatchObject({ articles: 100, jobs: 1, stats: { cached: 0, workers: 0, main: 100 }, incrementalStats: { cached: 99, main: 1 } })
    expect(small.parallel).toMatchObject({ articles: 100, jobs: 2, stats: { workers: 100 } })
    for (const key of ['floorMs', 'floorBeforeMs', 'floorAfterMs', 'coldMs', 'peakRssMiB']) expect(small.single[key]).toBeGreaterThan(0)
    // The floor a cold build is compared with is the mean of one taken before it and one after.
    expect(small.single.floorMs).toBeCloseTo((small.single.floorBeforeMs + small.single.floorAfterMs) / 2)
    expect(run.stdout).toMatch(/remark-parse before \/ after each cold build \(s\): 50 on 1 thread .*, 100 on 2 threads \d/)
    // The parse floor on two threads is measured where the build uses two.
    expect(small.parallel.parallelFloorMs).toBeGreaterThan(0)
    expect(small.single.parallelFloorMs).toBeUndefined()
    expect(run.stdout).toMatch(/\| 1 remark-parse, 2 threads +\| 100 /)
    expect(Object.keys(small.queries.results)).toEqual(['byActor', 'quotesBy', 'byDate (day)', 'byDate (month)', 'byDate (range)', 'getArticle'])
    expect(small.import.ms).toBeGreaterThan(0)
    expect(small.import.heapAfterBodyMiB).toBeGreaterThan(small.import.heapMiB)
    // What each data module keeps on the heap (its source and the strings it creates), the quotes and texts alike.
    for (const name of ['catalog', 'mentions', 'quotes', 'texts']) expect(small.import.moduleHeapMiB[name]).toBeGreaterThan(0)
    expect(run.stdout).toMatch(/Heap of each data module at 100 \(MiB\): catalog \d+\.\d, mentions \d+\.\d, quotes \d+\.\d, texts \d+\.\d\n/)
    expect(Object.keys(data.targets).length).toBeGreaterThan(8)
    // The whole `npm run build` (fresh process, default threads), with the stages `korpus build --timings` reported.
    expect(small.whole.cold.timings.stages.articles).toBe(100)
    expect(small.whole.rebuild.timings.stages.articles).toBe(1)
    expect(small.whole.cold.bundleMs).toBeGreaterThan(0)
    expect(small.whole.cold.wallMs).toBeGreaterThan(small.whole.cold.korpusMs)
    // Default threads give the output of one thread, byte for byte (the folder is named by its content hash).
    expect(small.whole.output).toBe(small.single.output)
    expect(run.stdout).toMatch(/\| 1 whole npm run build \(\d+ threads?\) +\| 100 /)
    expect(run.stdout).toMatch(/Whole `npm run build` at 100 \(s\), cold: startup [\d.]+ .*extract [\d.]+.*bundle [\d.]+ \(tsup\)/)
    // Growth from the smaller size to the larger, also in parses per article.
    expect(run.stdout).toMatch(/\| 5 growth, 1 thread +\| 50 → 100 +\| \d+\/s → \d+\/s .*% apart in parses per article/)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
