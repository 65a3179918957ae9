import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, inject, it } from 'vitest'
import { run } from './run.js'

const tarball = inject('tarball')
const modules = fileURLToPath(new URL('../../node_modules', import.meta.url))
const bin = (name: string, path: string) => join(modules, name, path)

it('passes `publint --strict` on the packed tarball', async () => {
  const result = await run(process.execPath, [bin('publint', 'src/cli.js'), '--strict', tarball])
  expect(result.stdout + result.stderr).toContain('All good!')
  expect(result.code).toBe(0)
})

it('passes `attw --profile node16` on the packed tarball', async () => {
  const result = await run(process.execPath, [bin('@arethetypeswrong/cli', 'dist/index.js'), '--profile', 'node16', '--format', 'json', tarball])
  const report = JSON.parse(result.stdout) as { analysis: { problems: Array<{ resolutionKind?: string }> } }
  // The node16 profile ignores the legacy `node10` resolution (no `exports` support), like the CLI’s text output.
  expect(report.analysis.problems.filter((problem) => problem.resolutionKind !== 'node10')).toEqual([])
  expect(result.code).toBe(0)
})

it('has no install scripts and only the runtime dependency the schemas need', async () => {
  const manifest = JSON.parse((await run('tar', ['-xOzf', tarball, 'package/package.json'])).stdout) as Record<string, Record<string, string> | undefined>
  const scripts = Object.keys(manifest.scripts ?? {})
  expect(scripts.filter((name) => /^(pre|post)?install$|^prepare$/.test(name))).toEqual([])
  expect(Object.keys(manifest.dependencies ?? {})).toEqual(['valibot'])
})

it('ships the data once: ESM and CJS entries load the same ES data modules instead of inlining them', async () => {
  const listing = (await run('tar', ['-tzf', tarball])).stdout.trim().split('\n').sort()
  const runtime = listing.filter((path) => path.startsWith('package/dist/runtime/'))
  expect(runtime.length).toBeGreaterThan(0)
  expect(runtime.every((path) => path.endsWith('.js'))).toBe(true)
  const manifest = JSON.parse((await run('tar', ['-xOzf', tarball, 'package/dist/data/manifest.json'])).stdout) as { articles: Record<string, string> }
  const dataIds = [...Object.keys(manifest.articles), 'jens-stoltenberg', 'alexander-gruschko']
  for (const entry of ['index.js', 'index.cjs']) {
    const code = (await run('tar', ['-xOzf', tarball, `package/dist/${entry}`])).stdout
    // No data inlined: not one article id or entity id of the corpus appears in the entry.
    for (const id of dataIds) expect(code).not.toContain(`"${id}"`)
    // The entries import the data modules; those import their blocks (`runtime/texts/00000.js`).
    for (const path of runtime.filter((path) => path.split('/').length === 4)) expect(code).toContain(`./runtime/${path.split('/').pop()}`)
  }
})
