import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { type CorpusFiles, loadCorpus } from '../load-corpus.js'

const run = promisify(execFile)

/**
 * Read `corpus/` as it is at a git ref: `git archive` of the folder into a
 * temporary directory, read like the working tree, then removed. A ref
 * without a `corpus/` folder gives an empty corpus.
 *
 * @param cwd
 *   Folder inside the git work tree whose `corpus/` to read (the project root).
 * @param ref
 *   Any git ref or commit (`HEAD`, `origin/main`, `v0.1.0`).
 * @returns
 *   The files, with paths as in the working tree (`corpus/articles/…`).
 * @throws
 *   When `ref` does not name a commit.
 */
export async function corpusAtRef(cwd: string, ref: string): Promise<CorpusFiles> {
  const commit = await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd }).catch(() => undefined)
  if (!commit) throw new Error(`Cannot find git ref \`${ref}\`, expected a branch, tag or commit (fetch it first, e.g. \`git fetch origin main\`)`)
  const prefix = (await run('git', ['rev-parse', '--show-prefix'], { cwd })).stdout.trim()
  const dir = await mkdtemp(join(tmpdir(), 'korpus-diff-'))
  try {
    const tar = join(dir, 'corpus.tar')
    const archived = await run('git', ['archive', '--format=tar', '-o', tar, commit.stdout.trim(), '--', `${prefix}corpus`], { cwd }).then(
      () => true,
      () => false
    )
    await mkdir(join(dir, 'tree'))
    if (archived) await run('tar', ['-xf', tar, '-C', join(dir, 'tree')])
    const root = join(dir, 'tree', prefix)
    return await loadCorpus(join(root, 'corpus'), root)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
