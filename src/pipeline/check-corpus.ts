import type { BuildOptions, BuildResult } from './build-corpus.js'
import { buildCorpus } from './build-corpus.js'
import { type ReviewOptions, reviewCorpus } from './review/review-corpus.js'

/** Options of `checkCorpus`. */
export interface CheckOptions extends Omit<BuildOptions, 'dryRun'>, ReviewOptions {}

/**
 * Check the corpus without writing anything: every error of the build, and,
 * when it compiles, the reviewer’s warnings (entities the registry does not
 * list, near-duplicate articles).
 *
 * @param options
 *   Configuration (default: the corpus in `process.cwd()`).
 * @returns
 *   Files with messages, and the corpus when it compiled.
 * @example
 *   const { files } = await checkCorpus({ cwd: '.' })
 */
export async function checkCorpus(options: CheckOptions = {}): Promise<BuildResult> {
  const result = await buildCorpus({ ...options, dryRun: true })
  if (result.corpus) reviewCorpus(result.files, result.corpus, options)
  return result
}
