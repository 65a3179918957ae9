import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The `src/` folder of the build code. From source it is this file's
 * grandparent; the bundled build tool (`scripts/korpus.mjs`) lives elsewhere and
 * names it with `setSourceFolder`.
 */
let sourceFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Name the `src/` folder whose files `pipelineFingerprint` hashes (the bundled
 * build tool's entry does, before anything runs).
 *
 * @param folder
 *   Absolute path of `src/`.
 */
export function setSourceFolder(folder: string): void {
  sourceFolder = folder
}

/**
 * Fingerprint of the code that turns a source into cached data: the
 * extractor version, plus every file under `src/pipeline/`, `src/schema/`,
 * `src/query/` and `src/internal/` (parse, validate, normalize, extract and
 * their lexicons; the extractor folds names with the runtime's `foldName`; the
 * emit writes mentions and quotes as the rows of `src/internal/`), and the
 * lockfile (the versions of remark-parse, micromark, yaml, valibot). Any change
 * to that code or those dependencies, or a new extractor version, makes every
 * cached entry stale, so a new validation rule can never be skipped by the cache.
 *
 * @param extractorVersion
 *   `extractorVersion` of `src/pipeline/extract/index.ts`.
 * @returns
 *   Hex SHA-256, or `undefined` when the sources cannot be read (then the
 *   build runs without a cache).
 */
export async function pipelineFingerprint(extractorVersion: string): Promise<string | undefined> {
  const src = sourceFolder
  const hash = createHash('sha256').update(`extractor ${extractorVersion}\n`)
  try {
    for (const folder of ['pipeline', 'schema', 'query', 'internal']) {
      const entries = await readdir(join(src, folder), { recursive: true, withFileTypes: true })
      const paths = entries
        .filter((entry) => entry.isFile() && /\.(?:ts|js|mjs|json)$/.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
      for (const path of paths) hash.update(`${relative(src, path)}\0`).update(await readFile(path)).update('\0')
    }
    hash.update(await readFile(join(src, '..', 'package-lock.json')).catch(() => 'no lockfile'))
  } catch {
    return undefined
  }
  return hash.digest('hex')
}
