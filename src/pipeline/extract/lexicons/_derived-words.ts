import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'

/** Files of one word list kept per name (older ones, of other code or data, are removed). */
const keep = 4

/** What the word lists derive from in this folder's code: the text of every lexicon module, hashed once per process. */
let codeHash: string | undefined

function lexiconCode(): string {
  if (codeHash === undefined) {
    const hash = createHash('sha256')
    const folder = dirname(fileURLToPath(import.meta.url))
    for (const name of readdirSync(folder).sort()) hash.update(`${name}\0`).update(readFileSync(join(folder, name))).update('\0')
    codeHash = hash.digest('hex')
  }
  return codeHash
}

/**
 * The `node_modules/.cache/nato-russland-korpus/words` folder of the
 * `node_modules` that holds a package file, or `undefined` when the file is
 * not inside one.
 *
 * @param packageFile
 *   Absolute path of a file of an installed package.
 * @returns
 *   The folder for derived word lists.
 */
export function wordCacheOf(packageFile: string): string | undefined {
  let folder = dirname(packageFile)
  while (basename(folder) !== 'node_modules') {
    const parent = dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
  return join(folder, '.cache', 'nato-russland-korpus', 'words')
}

/**
 * A set of words derived from the data files of installed packages, kept as
 * one word per line in `cacheDir`, so that later processes and worker threads
 * read it (a few milliseconds) instead of deriving it again (up to a second
 * for the noun dictionary). The file is named by a hash of the lexicon
 * modules' code and of each data file's path, size and modification time, so
 * a changed package or lexicon derives the list anew. Without `cacheDir`, or
 * when the cache cannot be read or written, the list is derived as before.
 * A list that fails to derive (a missing package) is not kept.
 *
 * @param name
 *   Name of the list (kebab-case, part of the file name).
 * @param dataFiles
 *   Absolute paths of the package files it derives from.
 * @param cacheDir
 *   Folder to keep it in (`wordCacheOf`), or `undefined` for none.
 * @param derive
 *   Computes the words.
 * @param code
 *   Hash of the code that derives it (default: of every lexicon module).
 * @returns
 *   The words.
 * @example
 *   derivedWords('nouns', [path], wordCacheOf(path), () => load(path))
 */
export function derivedWords(name: string, dataFiles: readonly string[], cacheDir: string | undefined, derive: () => Iterable<string>, code: () => string = lexiconCode): ReadonlySet<string> {
  let file: string | undefined
  if (cacheDir !== undefined) {
    try {
      const key = createHash('sha256').update(`${name}\0${code()}\0`)
      for (const path of dataFiles) {
        const stat = statSync(path)
        key.update(`${path}\0${stat.size}\0${stat.mtimeMs}\0`)
      }
      file = join(cacheDir, `${name}-${key.digest('hex').slice(0, 20)}.txt`)
      const text = readFileSync(file, 'utf8')
      return new Set(text === '' ? [] : text.split('\n'))
    } catch {
      // Not kept yet, or no cache to read: derive it.
    }
  }
  const words = new Set(derive())
  // A word with a line break would come back as two: such a list is derived every time.
  if (file !== undefined && ![...words].some((word) => word.includes('\n'))) keepWords(file, name, words)
  return words
}

/** Write the list to `file` in one rename (readers never see half of it) and remove older lists of the name. */
function keepWords(file: string, name: string, words: ReadonlySet<string>): void {
  const folder = dirname(file)
  try {
    mkdirSync(folder, { recursive: true })
    const temporary = `${file}.${process.pid}-${threadId}.tmp`
    writeFileSync(temporary, [...words].join('\n'))
    renameSync(temporary, file)
    const older = readdirSync(folder)
      .filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.txt') && join(folder, entry) !== file)
      .map((entry) => ({ path: join(folder, entry), time: statSync(join(folder, entry)).mtimeMs }))
      .sort((a, b) => b.time - a.time)
    for (const { path } of older.slice(keep - 1)) rmSync(path, { force: true })
  } catch {
    // A read-only or missing folder: the list is derived again next time.
  }
}
