import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/pipeline/build-corpus.js'
import { fileSums, synthProject } from '../fixtures/synth-project.js'

// The output bytes of the synthetic fixture corpus, pinned. A change to the
// build's code that should not change the output must leave this file as it
// is; a change that means to (an extractor rule, a new field) updates it with
// `npx vitest run test/pipeline/output-pin.test.ts -u` and commits the new
// snapshot with the change (see docs/build.md).
let dir: string
beforeAll(async () => {
  dir = await synthProject()
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('output of the synthetic fixture corpus', { timeout: 60_000 }, () => {
  it('has the pinned bytes, from the cache or not, on one thread or two', async () => {
    const cacheDir = join(dir, 'cache')
    const cold = await buildCorpus({ cwd: dir, cacheDir, today: '2026-12-01' })
    expect(cold.corpus?.articles).toHaveLength(12)
    expect(cold.stats.cached).toBe(0)
    const sums = await fileSums(join(dir, 'generated'))
    await expect(sums).toMatchFileSnapshot('__snapshots__/synth-corpus.sha256')
    const warm = await buildCorpus({ cwd: dir, cacheDir, today: '2026-12-01' })
    expect(warm.stats.cached).toBe(12)
    expect(await fileSums(join(dir, 'generated'))).toBe(sums)
    const uncached = await buildCorpus({ cwd: dir, cacheDir: false, jobs: 2, today: '2026-12-01' })
    expect(uncached.stats.cached).toBe(0)
    expect(await fileSums(join(dir, 'generated'))).toBe(sums)
    // Workers start at 64 sources by default: forced here, so the worker path gives the pinned bytes too.
    for (const jobs of [2, 3]) {
      const threads = await buildCorpus({ cwd: dir, cacheDir: false, jobs, workerThreshold: 1, today: '2026-12-01' })
      expect(threads.stats).toEqual({ cached: 0, workers: 12, main: 0, hashed: 0 })
      expect(await fileSums(join(dir, 'generated'))).toBe(sums)
    }
  })
})
