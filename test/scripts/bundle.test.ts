import { spawnSync } from 'node:child_process'
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { synthCorpusDir } from '../fixtures/synth-project.js'

const root = join(import.meta.dirname, '../..')
let dir: string

/** Run a step of `npm run build` in the project: what it printed to stderr. */
function run(args: string[]): string {
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' })
  expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(0)
  return result.stderr
}
const korpusBuild = () => run([join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/korpus.ts', 'build'])
const bundle = (...args: string[]) => run(['scripts/bundle.mjs', ...args])

// A project as a clone has it (the fixture corpus, the code, its own build cache), built once.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'korpus-bundle-'))
  await cp(synthCorpusDir, join(dir, 'corpus'), { recursive: true })
  for (const file of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'src', 'scripts/build.mjs', 'scripts/bundle.mjs', 'scripts/bundle', 'scripts/korpus.mjs']) await cp(join(root, file), join(dir, file), { recursive: true })
  await mkdir(join(dir, 'node_modules'))
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (name !== '.cache') await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name))
  }
  korpusBuild()
}, 120_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

// Three bundles with tsup (declarations take seconds each on a loaded machine), so `--force` and a
// file changed by hand (the same check as a missing one) are left to `staleBecause`'s reading.
it('bundles when code changed or dist/ lost a file, and only syncs the data when articles alone changed', { timeout: 300_000 }, async () => {
  expect(bundle()).toMatch(/Bundling the runtime code with tsup \(no bundle recorded\)/)
  const index = await readFile(join(dir, 'dist/index.js'), 'utf8')
  // The declarations: an entry per format, re-exporting its tree, each tree in its own module format.
  expect(await readFile(join(dir, 'dist/index.d.ts'), 'utf8')).toBe("export * from './types/src/index.js'\n")
  expect(await readFile(join(dir, 'dist/schema.d.cts'), 'utf8')).toBe("export * from './types/src/schema/index.cjs'\n")
  expect(await readFile(join(dir, 'dist/types/src/query/corpus-types.d.cts'), 'utf8')).toMatch(/from '\.\.\/\.\.\/generated\/runtime\/catalog\.cjs'/)
  expect(await readFile(join(dir, 'dist/types/generated/runtime/catalog.d.ts'), 'utf8')).toMatch(/export type ArticleId =/)
  const indexTime = (await stat(join(dir, 'dist/index.js'))).mtimeMs

  // An article changes: the data in dist/ follows, the code bundle is not made again.
  const articles = join(dir, 'corpus/articles')
  const name = (await readdir(articles)).sort()[0]!
  await appendFile(join(articles, name), '\nDie Allianz bestätigte den Termin am Freitagabend.\n')
  korpusBuild()
  const skipped = bundle()
  expect(skipped).toMatch(/tsup skipped/)
  expect(skipped).not.toMatch(/Bundling/)
  // The data files are linked to what the build wrote, the same file.
  const [inDist, inGenerated] = await Promise.all([stat(join(dir, 'dist/data/articles/00000.jsonl')), stat(join(dir, 'generated/data/articles/00000.jsonl'))])
  expect(inDist.ino).toBe(inGenerated.ino)
  expect((await stat(join(dir, 'dist/index.js'))).mtimeMs).toBe(indexTime)
  expect(await readFile(join(dir, 'dist/data/articles/00000.jsonl'), 'utf8')).toContain('am Freitagabend')
  expect(await readFile(join(dir, 'dist/runtime/texts/00000.js'), 'utf8')).toContain('am Freitagabend')
  expect(await readFile(join(dir, 'dist/data/articles/00000.jsonl'), 'utf8')).toEqual(await readFile(join(dir, 'generated/data/articles/00000.jsonl'), 'utf8'))

  // Nothing changed at all: still skipped, nothing written.
  expect(bundle()).toMatch(/tsup skipped.*\n.*Data in dist\/: 0 files written/)

  // A runtime source changes: bundled again.
  await appendFile(join(dir, 'src/query/corpus.ts'), '\n// A comment: the source changed.\n')
  expect(bundle()).toMatch(/Bundling the runtime code with tsup \(code, config or tool versions changed\)/)
  expect(await readFile(join(dir, 'dist/index.js'), 'utf8')).toBe(index)

  // A file the bundle made is gone: bundled again, and it is back.
  await rm(join(dir, 'dist/index.cjs'))
  expect(bundle()).toMatch(/Bundling the runtime code with tsup \(dist\/index\.cjs is missing\)/)
  expect((await stat(join(dir, 'dist/index.cjs'))).size).toBeGreaterThan(0)
  // So is a declaration: it is a file the bundle made.
  await rm(join(dir, 'dist/types/src/query/corpus-types.d.cts'))
  expect(bundle()).toMatch(/Bundling the runtime code with tsup \(dist\/types\/src\/query\/corpus-types\.d\.cts is missing\)/)
  expect(bundle()).toMatch(/tsup skipped/)
})


it('runs `korpus build` and the bundle step in one process (`npm run build`), and no bundle step after a failed build', { timeout: 300_000 }, async () => {
  const articles = join(dir, 'corpus/articles')
  const name = (await readdir(articles)).sort()[1]!
  const data = join(dir, 'dist/data/articles/00000.jsonl')
  await appendFile(join(articles, name), '\nDie Allianz verschob das Treffen auf Montag.\n')
  expect(run(['scripts/build.mjs'])).toMatch(/Built \d+ articles[\s\S]*tsup skipped[\s\S]*Data in dist\/: [1-9]\d* files written/)
  expect(await readFile(data, 'utf8')).toContain('auf Montag')

  // The build fails: nothing is bundled or synced, dist/ stays as it was.
  const before = await readFile(data, 'utf8')
  await writeFile(join(articles, name), '---\nid: kaputt\n---\n')
  const failed = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' })
  expect(failed.status, `${String(failed.signal)} ${failed.stderr}`).toBe(1)
  expect(failed.stderr).toMatch(/Build failed/)
  expect(failed.stderr).not.toMatch(/Data in dist/)
  expect(await readFile(data, 'utf8')).toBe(before)
})
