import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The boundary lint (boundaries.js, run by `npm run lint`) on small files
// beside this test: each bad import must be reported with its rule and
// position, so that the rule cannot silently stop working.
const root = fileURLToPath(new URL('../..', import.meta.url))
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
// `ignore: false`: `npm run lint` itself skips test/lint/fixtures/.
const eslint = new ESLint({ cwd: root, ignore: false })

/** Lint a fixture as the file its first line names (`// lint as: src/…`); the problems as `line:column rule`. */
async function lintAs(name: string): Promise<string[]> {
  const text = readFileSync(fixture(name), 'utf8')
  const path = /^\/\/ lint as: (\S+)/.exec(text)?.[1]
  if (!path) throw new Error(`${name}: first line must be \`// lint as: <path>\``)
  const [result] = await eslint.lintText(text, { filePath: `${root}/${path}` })
  return result!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

// ESLint with the type-aware parser takes seconds for all of src/ on a loaded machine.
describe('the boundary lint', { timeout: 60_000 }, () => {
  it('refuses an import of the build from the runtime', async () => {
    expect(await lintAs('query-imports-pipeline.ts.txt')).toEqual(['2:28 import-x/no-restricted-paths'])
  })

  it('refuses an import of the CLI from src/internal', async () => {
    expect(await lintAs('internal-imports-cli.ts.txt')).toEqual(['2:24 import-x/no-restricted-paths'])
  })

  it('refuses an import from a later stage into an earlier one', async () => {
    expect(await lintAs('parse-imports-extract.ts.txt')).toEqual(['2:34 import-x/no-restricted-paths'])
    expect(await lintAs('compile-imports-emit.ts.txt')).toEqual(['2:31 import-x/no-restricted-paths'])
  })

  it('lets a later stage import earlier ones', async () => {
    expect(await lintAs('emit-imports-compile.ts.txt')).toEqual([])
  })

  it('lets the cache import prepare and emit, but not compile’s internals', async () => {
    expect(await lintAs('cache-imports-prepare.ts.txt')).toEqual([])
    expect(await lintAs('cache-imports-compile-internal.ts.txt')).toEqual(['2:32 import-x/no-restricted-paths'])
  })

  it('refuses an import cycle', async () => {
    const results = await eslint.lintFiles([fixture('cycle/first.ts'), fixture('cycle/second.ts')])
    expect(results.map((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`))).toEqual([
      ['1:1 import-x/no-cycle'],
      ['1:1 import-x/no-cycle']
    ])
  })

  it('finds nothing in src/', async () => {
    const results = await new ESLint({ cwd: root }).lintFiles(['src'])
    expect(results.length).toBeGreaterThan(100)
    expect(results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line}:${message.column} ${message.ruleId}`))).toEqual([])
  })
})
