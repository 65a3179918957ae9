import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { VFile } from 'vfile'
import { compileCorpus } from '../compile/compile-corpus.js'
import { loadCorpus } from '../load-corpus.js'
import { corpusAtRef } from './corpus-at-ref.js'
import { type CorpusDiff, diffCorpus } from './diff-corpus.js'

/** Result of `diffAgainstRef`. */
export interface DiffResult {
  /** Files of both builds with their messages (the ref’s paths prefixed with `<ref>:`). */
  files: VFile[]
  /** The differences, or `undefined` when either side does not compile. */
  diff: CorpusDiff | undefined
}

/**
 * Build the corpus of the working tree and the corpus at a git ref in memory
 * (nothing is written) and compare them.
 *
 * @param options
 *   `cwd`: project root (default: `process.cwd()`); `ref`: git ref (default: `HEAD`);
 *   `today`: today as `YYYY-MM-DD` (default: now).
 * @returns
 *   The diff, and the files with any messages.
 * @example
 *   const { diff } = await diffAgainstRef({ ref: 'origin/main' })
 */
export async function diffAgainstRef(options: { cwd?: string; ref?: string; today?: string } = {}): Promise<DiffResult> {
  const cwd = options.cwd ?? process.cwd()
  const ref = options.ref ?? 'HEAD'
  const { version } = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as { version: string }
  const then = compileCorpus({ ...(await corpusAtRef(cwd, ref)), version, today: options.today })
  const now = compileCorpus({ ...(await loadCorpus(join(cwd, 'corpus'), cwd)), version, today: options.today })
  for (const file of then.files) file.path = `${ref}:${file.path}`
  const files = [...then.files, ...now.files]
  return { files, diff: then.corpus && now.corpus ? diffCorpus(then.corpus, now.corpus) : undefined }
}
