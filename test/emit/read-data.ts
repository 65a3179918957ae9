import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The build’s data folder (`npm test` builds before it tests). */
export const dataDir = fileURLToPath(new URL('../../generated/data/', import.meta.url))

/** The files a data path names: itself, or for a glob of blocks (`articles/*.jsonl`) every block in name order. */
export function dataPaths(path: string): string[] {
  const star = path.indexOf('*')
  if (star < 0) return [path]
  const folder = path.slice(0, path.lastIndexOf('/', star) + 1)
  const suffix = path.slice(star + 1)
  return readdirSync(`${dataDir}${folder}`)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => `${folder}${name}`)
}

/** A data file’s text; for a glob of blocks (`articles/*.jsonl`), the blocks’ texts joined in order. */
export function readData(path: string): string {
  return dataPaths(path)
    .map((file) => readFileSync(`${dataDir}${file}`, 'utf8'))
    .join('')
}

/** The records of a JSON Lines file (or of all its blocks, `articles/*.jsonl`). */
export function readLines(path: string): Array<Record<string, unknown>> {
  return readData(path)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}
