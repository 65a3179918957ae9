import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { synthesize } from '../../../scripts/synth/synthesize.js'
import { loadRegistry } from '../../../src/pipeline/registry/load-registry.js'
import { type Source, prepareInWorkers } from '../../../src/pipeline/workers/pool.js'
import { prepareRecord } from '../../../src/pipeline/transport/prepared-record.js'

const root = join(import.meta.dirname, '../../..')
let work: string
let sources: Source[]
let registry: Source[]

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'korpus-pool-'))
  await synthesize({ articles: 60, seed: 'pool', out: work, registryDir: join(root, 'corpus', 'registry') })
  const read = async (dir: string): Promise<Source[]> =>
    Promise.all((await readdir(dir)).sort().map(async (name) => ({ path: join(dir, name), value: await readFile(join(dir, name), 'utf8') })))
  sources = await read(join(work, 'articles'))
  registry = await read(join(work, 'registry'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('prepareInWorkers()', { timeout: 120_000 }, () => {
  it('gives one result per source, in input order, the same as preparing each in the main thread', async () => {
    // A source with a message is left to the compile step: `undefined` at its index.
    const broken = { path: join(work, 'articles', '2020-01-01-kaputt.md'), value: '---\nid: [\n---\nText.\n' }
    const input = [...sources.slice(0, 30), broken, ...sources.slice(30)]
    const loaded = loadRegistry(registry.map((file) => new VFile({ path: file.path, value: file.value })))
    let local = 0
    const results = await prepareInWorkers(input, loaded, {
      jobs: 2,
      today: '2026-01-01',
      local: (source) => {
        local++
        // A slow main thread: the worker, however late it starts, gets batches too.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100)
        return prepareRecord(source.path, source.value, loaded, '2026-01-01')
      }
    })
    expect(results).toHaveLength(input.length)
    expect(results[30]).toBeUndefined()
    const expected = input.map((source) => prepareRecord(source.path, source.value, loaded, '2026-01-01'))
    expect(results).toEqual(expected)
    // The worker took batches too: the main thread prepared fewer than all.
    expect(local).toBeLessThan(input.length)
  })
})
