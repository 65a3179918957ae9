import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'

/**
 * The build cache folder of one corpus folder: `<cacheDir>/<hash of the
 * corpus path>` (each corpus folder has its own cache), or `undefined` when
 * the build runs without a cache.
 *
 * @param cwd
 *   Project folder (the default cache lives in its `node_modules/.cache/`).
 * @param corpusDir
 *   Corpus folder.
 * @param cacheDir
 *   Cache folder, `false` for none, or `undefined` for the default
 *   (`<cwd>/node_modules/.cache/nato-russland-korpus`).
 * @returns
 *   The folder, or `undefined`.
 */
export function cacheFolder(cwd: string, corpusDir: string, cacheDir: string | false | undefined): string | undefined {
  if (cacheDir === false) return undefined
  const root = cacheDir ?? join(cwd, 'node_modules', '.cache', 'nato-russland-korpus')
  return join(root, createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16))
}
