import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

// The per-article stage profile, so it cannot rot: every article is prepared in
// every round, every stage is reported, and the output digest is the same in
// each round (it is what a speed-up is checked with). Times are never asserted.
it('reports every stage of every article and the same output digest in each round', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'korpus-stage-profile-'))
  try {
    const synth = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/synth.ts', '--articles', '12', '--seed', '5', '--out', dir], { cwd: root, encoding: 'utf8' })
    expect(synth.status, synth.stderr).toBe(0)
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/stage-profile.ts', dir, '12', '2'], { cwd: root, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    const rounds = run.stdout.trim().split('\n')
    expect(rounds).toHaveLength(2)
    const digests = rounds.map((line) => /^round \d, 12 articles, output ([0-9a-f]{16}): floor [\d.]+ ms .*parse [\d.]+ .*validate [\d.]+ .*extract [\d.]+ .*compile [\d.]+ .*serialize [\d.]+ .*CPU per article/.exec(line)?.[1])
    expect(digests[0]).toMatch(/^[0-9a-f]{16}$/)
    expect(digests[1]).toBe(digests[0])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
