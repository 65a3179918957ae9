import { readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/pipeline/build-corpus.js'
import { verifyPackage } from '../../src/pipeline/verify/verify-package.js'
import { buildInChild, project, snapshot } from './_project.js'

let work: string
let before: Record<string, string>
let link: string
let steps: string[]

/** The previous output is still there, complete, and its checksums hold. */
async function expectPreviousOutput(): Promise<void> {
  expect(await readlink(join(work, 'generated'))).toBe(link)
  expect(await snapshot(work)).toEqual(before)
  expect((await verifyPackage(join(work, 'generated'))).problems).toEqual([])
}

beforeAll(async () => {
  work = await project()
  const first = await buildInChild(work)
  expect(first.code).toBe(0)
  before = await snapshot(work)
  link = await readlink(join(work, 'generated'))
  // Change an article so that the next build writes a new output.
  const [name] = (await readdir(join(work, 'corpus/articles'))).filter((file) => file.endsWith('.md')).sort()
  const path = join(work, 'corpus/articles', name!)
  await writeFile(path, `${await readFile(path, 'utf8')}\nEin neuer Absatz über die Nato.\n`)
  // Learn the steps of that build without running it to the end.
  steps = []
  await buildCorpus({
    cwd: work,
    cacheDir: false,
    today: '2022-12-31',
    onStep(step) {
      steps.push(step)
      throw new Error('stop')
    }
  }).catch(() => {})
}, 120_000)
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('atomic output', { timeout: 240_000 }, () => {
  it('keeps the previous output complete when a failure is injected at each write', async () => {
    // Every step up to the switch of the link: the file writes and `link`.
    let index = 0
    for (;;) {
      index++
      let seen = 0
      let last = ''
      const outcome = await buildCorpus({
        cwd: work,
        cacheDir: false,
        today: '2022-12-31',
        onStep(step) {
          last = step
          if (++seen === index) throw new Error(`injected at ${step}`)
        }
      }).then(
        () => 'done',
        (error: Error) => error.message
      )
      if (last === 'link' || outcome === 'done') break
      expect(outcome).toBe(`injected at ${last}`)
      await expectPreviousOutput()
    }
    expect(index).toBeGreaterThan(5)
  })

  it('keeps the previous output complete when the process is killed between writes (SIGKILL)', async () => {
    // Another change: the output of the previous test's last run is already in the store.
    const [name] = (await readdir(join(work, 'corpus/articles'))).filter((file) => file.endsWith('.md')).sort()
    const path = join(work, 'corpus/articles', name!)
    await writeFile(path, `${await readFile(path, 'utf8')}\nNoch ein Absatz über Russland.\n`)
    // One write step per output file (a dry run to count them would already store the new output).
    const writes = Object.keys(before).length
    // First write, a middle one, the last one, and just before the link switch.
    for (const at of [...new Set([1, Math.ceil(writes / 2), writes, writes + 1])]) {
      const child = await buildInChild(work, { KORPUS_KILL_AT: String(at) })
      expect(child.signal === 'SIGKILL' || child.code === 137 || child.code === 128 + 9).toBe(true)
      expect(child.stdout).toContain(`${at} `)
      await expectPreviousOutput()
    }
    // A build that runs to the end then switches to a new, complete output.
    const done = await buildInChild(work)
    expect(done.code).toBe(0)
    expect(await readlink(join(work, 'generated'))).not.toBe(link)
    expect(await snapshot(work)).not.toEqual(before)
    expect((await verifyPackage(join(work, 'generated'))).problems).toEqual([])
    // Leftovers of killed builds are cleaned up: only the current output remains in the store.
    expect(await readdir(join(work, ".generated"))).toHaveLength(1)
  })
})
