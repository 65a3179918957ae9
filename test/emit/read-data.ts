import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The build’s data folder (`npm test` builds before it tests). */
export const dataDir = fileURLToPath(new URL('../../generated/data/', import.meta.url))

/** A data file’s text. */
export function readData(path: string): string {
  return readFileSync(`${dataDir}${path}`, 'utf8')
}

/** The records of a JSON Lines file. */
export function readLines(path: string): Array<Record<string, unknown>> {
  return readData(path)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}
