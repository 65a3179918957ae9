import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, inject, it } from 'vitest'
import { run } from './run.js'

const consumer = inject('consumer')
const bin = join(consumer, 'node_modules/.bin/nato-russland-korpus')
let copy: string | undefined

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true })
})

it('ships a `nato-russland-korpus verify` bin that accepts the installed copy', async () => {
  const result = await run(process.execPath, [bin, 'verify'], { cwd: consumer })
  expect(result.code).toBe(0)
  expect(result.stderr).toMatch(/^All \d+ files verified\.\n$/)
})

it('names the file of an installed copy that differs, and exits 1', async () => {
  copy = await mkdtemp(join(tmpdir(), 'korpus-verify-'))
  await cp(join(consumer, 'node_modules/nato-russland-korpus'), join(copy, 'pkg'), { recursive: true })
  await appendFile(join(copy, 'pkg/dist/data/quotes/00000.jsonl'), '{"forged":true}\n')
  const result = await run(process.execPath, [bin, 'verify', join(copy, 'pkg')], { cwd: consumer })
  expect(result.code).toBe(1)
  expect(result.stderr).toContain('quotes/00000.jsonl')
})

it('prints its usage for --help and refuses other commands', async () => {
  expect((await run(process.execPath, [bin, '--help'], { cwd: consumer })).stdout).toContain('Usage: nato-russland-korpus verify [dir]')
  expect((await run(process.execPath, [bin, 'build'], { cwd: consumer })).code).toBe(2)
})
