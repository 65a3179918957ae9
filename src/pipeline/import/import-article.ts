import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { decodeSource } from '../source/read-source.js'
import { recoverStructure } from './recover-structure.js'
import { toSource } from './to-source.js'

/** Options of `importArticle`. */
export interface ImportOptions {
  /** Name of the raw file, recorded in `provenance.file` (`-` for standard input). */
  fileName: string
  /** Folder to write into, relative to `cwd` (default: `corpus/articles`). */
  articlesDir?: string | undefined
  /** Folder `articlesDir` is relative to (default: `process.cwd()`). */
  cwd?: string | undefined
}

/** Result of `importArticle`. */
export interface ImportResult {
  /** Path of the new source (`articlesDir/<id>.md`, as `articlesDir` was given). */
  path: string
  /** Its id (file stem). */
  id: string
  /** Its text. */
  text: string
}

/**
 * Import a raw article: recover its structure, write
 * `<articlesDir>/<id>.md` with a frontmatter skeleton (`TODO` where a human must
 * decide) and the body. Never overwrites: an existing file is an error.
 *
 * @param raw
 *   The raw bytes (UTF-8; a BOM and CRLF are accepted).
 * @param options
 *   File name and target folder.
 * @returns
 *   The new file.
 * @throws
 *   When the target exists (`code: 'EEXIST'`), or the text is not UTF-8 or has a NUL
 *   character (`code: 'EINPUT'`, with the position).
 */
export async function importArticle(raw: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const decoded = decodeSource(raw, options.fileName)
  const problem = decoded.messages.find((message) => message.fatal)
  if (problem) throw Object.assign(new Error(`Cannot import \`${options.fileName}\`: ${problem.reason} (at ${problem.line}:${problem.column})`), { code: 'EINPUT' })
  const text = String(decoded.value)
  const sha256 = createHash('sha256').update(raw).digest('hex')
  const recovered = recoverStructure(text)
  const fileName = options.fileName.split(/[\\/]/).pop() || '-'
  const source = toSource(recovered, { file: fileName, sha256 })
  const dir = options.articlesDir ?? join('corpus', 'articles')
  const path = join(dir, `${source.id}.md`)
  const cwd = options.cwd ?? process.cwd()
  await mkdir(resolve(cwd, dir), { recursive: true })
  try {
    await writeFile(resolve(cwd, path), source.text, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw Object.assign(new Error(`Cannot import: \`${path}\` already exists; remove or rename it first, or pick another slug`), { code: 'EEXIST' })
    }
    throw error
  }
  return { path, id: source.id, text: source.text }
}
