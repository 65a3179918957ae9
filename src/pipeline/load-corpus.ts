import { lstatSync, readFileSync } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { VFile } from 'vfile'
import { correctionsSuffix } from './corrections/load-corrections.js'
import { reportError } from './diagnostics.js'
import { registryFiles } from './registry/load-registry.js'
import type { CorpusFiles } from './source/corpus-files.js'
import { decodeSource } from './source/read-source.js'
import { recordStat, sameStat, settledKey, type StatKey } from './source/source-stat.js'

export type { CorpusFiles } from './source/corpus-files.js'

/** Largest source the build accepts, in bytes. */
export const maxSourceBytes = 1_000_000

/** Files read at the same time. */
const openAtOnce = 256

/** Options of `loadCorpus`. */
export interface LoadOptions {
  /**
   * The stat key the build cache recorded for an article's reported path, if
   * any: an article whose size and modification time are that key is read
   * lazily (its text on first use of `value`; a rebuild that takes it from the
   * cache never reads it).
   */
  knownStat?: ((path: string) => StatKey | undefined) | undefined
}

/**
 * Read the corpus folder: every `articles/*.md` and `articles/*.corrections.yaml`
 * (sorted by name, so file-system order never matters) and the registry files. Symbolic links and files over
 * `maxSourceBytes` are refused with an error on the file.
 *
 * @param corpusDir
 *   Path of the corpus folder.
 * @param cwd
 *   Folder that reported paths are relative to (default: `process.cwd()`).
 * @param options
 *   `knownStat`: the articles the cache knows unchanged, to read lazily.
 * @returns
 *   The files.
 */
export async function loadCorpus(corpusDir: string, cwd: string = process.cwd(), options: LoadOptions = {}): Promise<CorpusFiles> {
  const articlesDir = join(corpusDir, 'articles')
  // A linked folder would read (and publish) files from outside the repository.
  const linked = await linkedFolders([corpusDir, articlesDir, join(corpusDir, 'registry')], cwd)
  if (linked.length > 0) return { articles: linked, registry: [], corrections: [] }
  const all = (await readdir(articlesDir).catch(() => [] as string[])).sort()
  // A few hundred files at a time: 100,000 at once run out of file descriptors (EMFILE).
  const read = async (names: string[], knownStat?: LoadOptions['knownStat']): Promise<VFile[]> => {
    const files: VFile[] = []
    for (let start = 0; start < names.length; start += openAtOnce) files.push(...(await Promise.all(names.slice(start, start + openAtOnce).map((name) => readChecked(join(articlesDir, name), cwd, knownStat)))))
    return files
  }
  const articles = await read(all.filter((name) => name.endsWith('.md')), options.knownStat)
  const corrections = await read(all.filter((name) => name.endsWith(correctionsSuffix)))
  const registry = await Promise.all(registryFiles.map(({ name }) => readChecked(join(corpusDir, 'registry', name), cwd)))
  return { articles, registry, corrections }
}

/**
 * Read one corpus file, refusing symbolic links and oversized files.
 *
 * @param path
 *   Path of the file.
 * @param cwd
 *   Folder that the reported path is relative to.
 * @param knownStat
 *   The stat key the build cache recorded for the reported path: a file with
 *   that size and modification time (settled) is read on first use of its `value`.
 * @returns
 *   The decoded file (empty, with an error, when refused).
 */
export async function readChecked(path: string, cwd: string = process.cwd(), knownStat?: LoadOptions['knownStat']): Promise<VFile> {
  const shown = relative(cwd, path) || path
  // Synchronous on purpose: for thousands of small files the promise API (a round trip to the
  // thread pool for each of open, stat, read and close) is several times slower.
  const stats = lstatSync(path, { throwIfNoEntry: false })
  if (!stats) {
    const file = decodeSource(new Uint8Array(), shown)
    reportError(file, `Cannot find \`${shown}\`, expected the file to exist`, 'file-missing')
    return file
  }
  if (stats.isSymbolicLink()) {
    const file = decodeSource(new Uint8Array(), shown)
    reportError(file, 'Unexpected symbolic link in the corpus, expected a regular file', 'file-symlink', {
      note: 'Copy the file into corpus/ instead of linking it.'
    })
    return file
  }
  if (!stats.isFile()) {
    const file = decodeSource(new Uint8Array(), shown)
    reportError(file, `Unexpected \`${shown}\` that is not a regular file (a folder, pipe or device), expected a text file`, 'file-not-regular')
    return file
  }
  if (stats.size > maxSourceBytes) {
    const file = decodeSource(new Uint8Array(), shown)
    reportError(file, `Unexpected file of ${stats.size} bytes, expected at most ${maxSourceBytes} bytes per source`, 'file-too-large')
    return file
  }
  const key = knownStat && settledKey(stats)
  if (key && sameStat(key, knownStat(shown))) {
    const file = lazySource(path, shown)
    recordStat(file, stats)
    return file
  }
  const file = decodeSource(readFileSync(path), shown)
  recordStat(file, stats)
  return file
}

/**
 * A source whose text is read and decoded on first use of `value` (the build
 * cache holds what was made of it: a rebuild reads only its stat). Any
 * message decoding gives then (the file changed after its stat) goes on it.
 */
function lazySource(path: string, shown: string): VFile {
  const file = new VFile({ path: shown })
  let value: VFile['value'] | undefined
  Object.defineProperty(file, 'value', {
    configurable: true,
    enumerable: true,
    get() {
      if (value === undefined) {
        const decoded = decodeSource(readFileSync(path), shown)
        file.messages.push(...decoded.messages)
        value = decoded.value
      }
      return value
    },
    set(text: VFile['value']) {
      value = text
    }
  })
  return file
}

/** An error file for each of `folders` that is a symbolic link. */
async function linkedFolders(folders: readonly string[], cwd: string): Promise<VFile[]> {
  const files: VFile[] = []
  for (const folder of folders) {
    const stats = await lstat(folder).catch(() => undefined)
    if (!stats?.isSymbolicLink()) continue
    const shown = relative(cwd, folder) || folder
    const file = decodeSource(new Uint8Array(), shown)
    reportError(file, `Unexpected symbolic link \`${shown}\` in the corpus, expected a regular folder`, 'file-symlink', {
      note: 'Replace the link with the folder itself.'
    })
    files.push(file)
  }
  return files
}
