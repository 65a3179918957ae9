// Shared by the development-set test and `npx tsx test/pipeline/extract/quotes/_dev-set.ts` (prints every quote).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractSource, loadRegistryOf } from '../../../../src/pipeline/extract-source.js'

/** One expected quote: a part of its text and its speaker's id (`null`: unnamed); `open` says why the extractor still misses it. */
export interface DevCase { readonly file: string; readonly text: string; readonly expected: string | null; readonly actual: string | null | undefined; readonly open: string | undefined }

const folder = join(import.meta.dirname, 'fixtures', 'dev')

/** The texts of the development set. */
export const devFiles = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

/** Run the extractor on one text of the development set, as `korpus extract` does, and pair each expected quote with the speaker found. */
let registry: ReturnType<typeof loadRegistryOf> | undefined

export async function devCases(file: string): Promise<DevCase[]> {
  registry ??= loadRegistryOf(join(import.meta.dirname, '..', '..', '..', '..', 'corpus'))
  const { output } = await extractSource(join(folder, file), await registry)
  const found = (output as { quotes: Array<{ text: string; speaker: string | null }> }).quotes
  const expected = JSON.parse(readFileSync(join(folder, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Array<[string, string | null, string?]>
  return expected.map(([text, speaker, open]) => ({ file, text, expected: speaker, actual: found.find((quote) => quote.text.includes(text))?.speaker, open }))
}

if (process.argv[1]?.endsWith('_dev-set.ts')) {
  let right = 0
  let total = 0
  for (const file of devFiles) {
    for (const item of await devCases(file)) {
      total++
      const ok = item.actual === item.expected
      if (ok) right++
      console.log(`${ok ? 'ok  ' : item.open ? 'OPEN' : 'FAIL'} ${file} ${JSON.stringify(item.text)} expected ${item.expected} got ${item.actual === undefined ? '(no quote)' : item.actual}`)
    }
  }
  console.log(`${right} of ${total} right`)
}
