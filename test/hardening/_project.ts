import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export const root = join(import.meta.dirname, '../..')
const run = promisify(execFile)

/**
 * A temporary project with a copy of the corpus and package.json. Article
 * sources are created in the order given (`reverse` flips the sorted order),
 * so tests can check that file-system order does not matter.
 */
export async function project(options: { reverse?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'korpus-hardening-'))
  await cp(join(root, 'package.json'), join(dir, 'package.json'))
  await cp(join(root, 'corpus/registry'), join(dir, 'corpus/registry'), { recursive: true })
  await mkdir(join(dir, 'corpus/articles'), { recursive: true })
  const names = (await readdir(join(root, 'corpus/articles'))).sort()
  if (options.reverse) names.reverse()
  for (const name of names) await writeFile(join(dir, 'corpus/articles', name), await readFile(join(root, 'corpus/articles', name)))
  return dir
}

/** Every file below `generated/` (following the link), by relative path. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const base = join(dir, 'generated')
  const out: Record<string, string> = {}
  const entries = await readdir(base, { recursive: true, withFileTypes: true })
  for (const entry of entries.filter((item) => item.isFile()).map((item) => join(item.parentPath, item.name)).sort()) {
    out[entry.slice(base.length + 1)] = await readFile(entry, 'utf8')
  }
  return out
}

/** Run `fixtures/build-child.ts` on a project in a child process with extra environment variables. */
export async function buildInChild(dir: string, env: Record<string, string> = {}): Promise<{ code: number; signal: string | null; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'test/hardening/fixtures/build-child.ts'), dir], {
      env: { ...process.env, ...env },
      timeout: 120_000
    })
    return { code: 0, signal: null, stdout, stderr }
  } catch (error) {
    const failure = error as { code?: number; signal?: string | null; stdout?: string; stderr?: string }
    return { code: failure.code ?? 1, signal: failure.signal ?? null, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' }
  }
}
