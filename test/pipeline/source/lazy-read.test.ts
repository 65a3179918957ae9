import { mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { readChecked } from '../../../src/pipeline/load-corpus.js'
import { type StatKey, statKeyOf } from '../../../src/pipeline/source/source-stat.js'

/** A modification time long ago (s). */
const past = 1_600_000_000
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'korpus-lazy-read-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A settled file with `text`, and the stat key the cache would have recorded for it. */
async function settled(name: string, text: string): Promise<{ path: string; key: StatKey }> {
  const path = join(dir, name)
  await writeFile(path, text)
  await utimes(path, past, past)
  const stats = await stat(path)
  return { path, key: [stats.size, stats.mtimeMs] }
}

/** Replace the bytes of a file by as many others, keeping its modification time: only a lazy reader sees them. */
async function swapBytes(path: string, text: string): Promise<void> {
  await writeFile(path, text)
  await utimes(path, past, past)
}

it('reads a source with the stat key the cache knows on first use of its text', async () => {
  const { path, key } = await settled('known.md', 'Erster Text.\n')
  const file = await readChecked(path, dir, () => key)
  expect(statKeyOf(file)).toEqual(key)
  await swapBytes(path, 'Zweiter Text\n')
  expect(String(file.value)).toBe('Zweiter Text\n')
  // Read once: later changes are not seen.
  await swapBytes(path, 'Dritter Text.\n')
  expect(String(file.value)).toBe('Zweiter Text\n')
  expect(file.messages).toEqual([])
})

it('decodes a lazily read source as an eager one (BOM, CRLF) and reports what decoding finds', async () => {
  const { path, key } = await settled('crlf.md', 'Zeile eins.\r\nZeile 2.\r\n')
  const file = await readChecked(path, dir, () => key)
  expect(file.value).toBe('Zeile eins.\nZeile 2.\n')
  const broken = await settled('broken.md', 'Gut.\n')
  const late = await readChecked(broken.path, dir, () => broken.key)
  await writeFile(broken.path, new Uint8Array([0x47, 0xff, 0x74, 0x2e, 0x0a]))
  await utimes(broken.path, past, past)
  expect(late.value).toBe('')
  expect(late.messages.map((message) => message.ruleId)).toEqual(['encoding-invalid'])
})

it('reads a source at once when the cache knows no key, another key, or the file has just changed', async () => {
  const { path, key } = await settled('eager.md', 'Erster Text.\n')
  const unknown = await readChecked(path, dir, () => undefined)
  const other = await readChecked(path, dir, () => [key[0] + 1, key[1]])
  const none = await readChecked(path, dir)
  await swapBytes(path, 'Zweiter Text\n')
  expect([unknown, other, none].map((file) => file.value)).toEqual(['Erster Text.\n', 'Erster Text.\n', 'Erster Text.\n'])

  // Changed just now: no stat key is trusted, even one that matches.
  const fresh = join(dir, 'fresh.md')
  await writeFile(fresh, 'Neu.\n')
  const stats = await stat(fresh)
  const file = await readChecked(fresh, dir, () => [stats.size, stats.mtimeMs])
  expect(statKeyOf(file)).toBeUndefined()
  await writeFile(fresh, 'Alt.\n')
  expect(file.value).toBe('Neu.\n')
})
