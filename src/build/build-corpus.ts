import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { VFile } from 'vfile'
import { type CompiledCorpus, compileCorpus } from './compile/compile-corpus.js'
import { dataFiles } from './emit/data-files.js'
import { runtimeModules } from './emit/runtime-modules.js'
import { type WriteOutputOptions, writeOutput } from './emit/write-output.js'
import { loadCorpus } from './load-corpus.js'

/** Options of `buildCorpus`. */
export interface BuildOptions extends WriteOutputOptions {
  /** Project folder with `package.json` and `corpus/` (default: `process.cwd()`). */
  cwd?: string | undefined
  /** Corpus folder (default: `<cwd>/corpus`). */
  corpusDir?: string | undefined
  /** Output link (default: `<cwd>/generated`). */
  outDir?: string | undefined
  /** Validate only; write nothing (`korpus check`). */
  dryRun?: boolean | undefined
  /** Today as `YYYY-MM-DD` (default: now). */
  today?: string | undefined
}

/** Result of `buildCorpus`. */
export interface BuildResult {
  /** Every file read, with its messages. */
  files: VFile[]
  /** The corpus, or `undefined` when a file has an error (then nothing was written). */
  corpus: CompiledCorpus | undefined
}

/**
 * Build the corpus: read `corpus/`, validate, extract, and write the runtime
 * modules and data files to `generated/` atomically. On any error nothing is
 * written and the previous output stays as it was.
 *
 * @param options
 *   Configuration.
 * @returns
 *   Files with messages, and the corpus when it built.
 */
export async function buildCorpus(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd()
  const { version } = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as { version: string }
  const sources = await loadCorpus(options.corpusDir ?? join(cwd, 'corpus'), cwd)
  const { files, corpus } = compileCorpus({ ...sources, version, today: options.today })
  if (corpus && !options.dryRun) {
    const output = new Map([...runtimeModules(corpus), ...dataFiles(corpus)])
    await writeOutput(options.outDir ?? join(cwd, 'generated'), output, options)
  }
  return { files, corpus }
}
