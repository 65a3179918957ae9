import { spawnSync } from 'node:child_process'
import { appendFile, cp, mkdir, mkdtemp, readdir, rm, stat, symlink, utimes } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
// @ts-expect-error: plain JavaScript without declarations (checked with @ts-check)
import { buildTool, buildToolHash } from '../../scripts/korpus.mjs'

const root = join(import.meta.dirname, '../..')
let dir: string

/** Run `node scripts/korpus.mjs …` in the project. */
function korpus(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/korpus.mjs', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } })
}

const tools = () => join(dir, 'node_modules/.cache/nato-russland-korpus/build-tool')

// A project as a clone has it (the code, no corpus), with a build cache folder of its own.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'korpus-launcher-'))
  for (const file of ['package.json', 'tsconfig.json', 'src', 'scripts/bundle.mjs', 'scripts/bundle', 'scripts/korpus.mjs']) await cp(join(root, file), join(dir, file), { recursive: true })
  await mkdir(join(dir, 'node_modules'))
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (name !== '.cache') await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name))
  }
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

it('hashes src/ and the bundle’s config, not the corpus or other files', async () => {
  const before = await buildToolHash(dir)
  expect(await buildToolHash(dir)).toBe(before)
  await mkdir(join(dir, 'corpus/articles'), { recursive: true })
  await appendFile(join(dir, 'corpus/articles/2021-12-01-test.md'), 'Text.\n')
  await appendFile(join(dir, 'README.md'), 'Text.\n')
  expect(await buildToolHash(dir)).toBe(before)
  await appendFile(join(dir, 'src/cli/format-report.ts'), '\n// A comment.\n')
  const edited = await buildToolHash(dir)
  expect(edited).not.toBe(before)
  await appendFile(join(dir, 'tsconfig.json'), '\n')
  expect(await buildToolHash(dir)).not.toBe(edited)
})

it('bundles once per hash, again after src/ changed, and keeps eight older bundles', { timeout: 60_000 }, async () => {
  const first = await buildTool(dir)
  expect(first.made).toBe(true)
  expect((await readdir(first.folder)).sort()).toEqual(['duckdb-worker.mjs', 'duckdb-worker.mjs.map', 'korpus.mjs', 'korpus.mjs.map', 'worker.mjs', 'worker.mjs.map'])
  expect(await buildTool(dir)).toEqual({ folder: first.folder, made: false })

  // Bundles of other hashes, older than the one in use.
  for (let index = 0; index < 10; index++) {
    const old = join(tools(), `old-${index}`)
    await mkdir(old)
    await utimes(old, 1_000_000 + index, 1_000_000 + index)
  }
  await appendFile(join(dir, 'src/cli/format-report.ts'), '\n// Another comment.\n')
  const second = await buildTool(dir)
  expect(second.made).toBe(true)
  expect(second.folder).not.toBe(first.folder)
  // The newest eight others stay: the first bundle and old-9 … old-3.
  expect((await readdir(tools())).sort()).toEqual([first.folder, second.folder, ...['old-3', 'old-4', 'old-5', 'old-6', 'old-7', 'old-8', 'old-9'].map((name) => join(tools(), name))].map((path) => path.slice(tools().length + 1)).sort())
})

it('runs the CLI bundled as it runs from source', { timeout: 60_000 }, () => {
  for (const args of [['--help'], ['nonsense'], ['build', '--jobs', 'zero']]) {
    const bundled = korpus(args)
    const source = korpus(args, { KORPUS_FROM_SOURCE: '1' })
    expect(bundled.status, args.join(' ')).toBe(source.status)
    expect(bundled.stdout).toBe(source.stdout)
    expect(bundled.stderr).toBe(source.stderr)
  }
  expect(korpus(['nonsense']).status).toBe(2)
})

it('leaves a compile error to tsx, with its file, line and column, and bundles nothing', { timeout: 60_000 }, async () => {
  const before = (await readdir(tools())).sort()
  await appendFile(join(dir, 'src/cli/commands.ts'), '\nconst broken = ;\n')
  const result = korpus(['--help'])
  expect(result.status).not.toBe(0)
  expect(result.stderr).toMatch(/src\/cli\/commands\.ts:\d+:\d+: ERROR: Unexpected ";"/)
  expect(result.stderr).not.toMatch(/Cannot bundle/)
  expect((await readdir(tools())).sort()).toEqual(before)
})
