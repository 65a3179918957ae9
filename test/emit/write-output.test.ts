import { mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byteChunks } from '../../src/pipeline/emit/bytes.js'
import { contentBytes } from './content-bytes.js'
import { stageOutput, writeOutput } from '../../src/pipeline/emit/write-output.js'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'korpus-write-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

async function contents(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const name of (await readdir(folder, { recursive: true })).sort()) if (name.endsWith('.txt')) result[name] = await readFile(join(folder, name), 'utf8')
  return result
}

describe('writeOutput()', () => {
  it('keeps two builds writing at once in one process apart: the output is one of them, whole', async () => {
    const root = join(work, 'generated')
    const first = new Map(Array.from({ length: 20 }, (_, index) => [`data/${index}.txt`, `first ${index}`]))
    const second = new Map(Array.from({ length: 20 }, (_, index) => [`data/${index}.txt`, new TextEncoder().encode(`second ${index}`)]))
    const targets = await Promise.all([writeOutput(root, first), writeOutput(root, second)])
    // Both finished; the link points at one of their folders, which holds exactly that build's files.
    const linked = (await readlink(root)).split(/[\\/]/).pop()
    const which = targets.findIndex((folder) => folder.split(/[\\/]/).pop() === linked)
    expect(which).not.toBe(-1)
    const expected = which === 0 ? Object.fromEntries(first) : Object.fromEntries([...second].map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]))
    expect(await contents(root)).toEqual(expected)
    // No staging folder or temporary link is left behind.
    expect((await readdir(join(work, '.generated'))).filter((name) => name.includes('.tmp-'))).toEqual([])
    expect((await readdir(work)).filter((name) => name.includes('.tmp-'))).toEqual([])
  })

  it('names the folder by the content: the same files give the same folder, text or bytes', async () => {
    const root = join(work, 'again')
    const text = await writeOutput(root, new Map([['a.txt', 'Grüße „Nato“']]))
    const bytes = await writeOutput(root, new Map([['a.txt', new TextEncoder().encode('Grüße „Nato“')]]))
    expect(bytes).toBe(text)
    expect(await readFile(join(text, 'a.txt'), 'utf8')).toBe('Grüße „Nato“')
  })

  it('names a staged output as writeOutput names the same files, in whatever order they were put', async () => {
    const files = new Map(Array.from({ length: 12 }, (_, index) => [`data/${String(index).padStart(2, '0')}.txt`, `Datei ${index}`]))
    const whole = await writeOutput(join(work, 'whole'), files)
    const output = stageOutput(join(work, 'staged'))
    for (const path of [...files.keys()].reverse()) await output.put(path, files.get(path)!)
    const staged = await output.commit()
    expect(staged.split(/[\\/]/).pop()).toBe(whole.split(/[\\/]/).pop())
    expect(await contents(join(work, 'staged'))).toEqual(Object.fromEntries(files))
    // Another file gives another folder; an aborted output leaves the link and no staging folder.
    const other = stageOutput(join(work, 'staged'))
    await other.put('data/00.txt', 'anders')
    await other.abort()
    expect(await contents(join(work, 'staged'))).toEqual(Object.fromEntries(files))
    expect((await readdir(join(work, '.staged'))).filter((name) => name.includes('.tmp-'))).toEqual([])
  })

  it('writes a file given in pieces exactly, pieces of every size across its write blocks', async () => {
    const root = join(work, 'pieces')
    // Small pieces, pieces that fill a 1 MiB block to the byte, and one larger than a block.
    const sizes = [3, 1, 1_048_570, 6, 700_000, 400_000, 2_500_000, 0, 17, 1_048_576, 5]
    const pieces = sizes.map((size, index) => new Uint8Array(size).fill(97 + index))
    const whole = Buffer.concat(pieces)
    const joined = await writeOutput(root, new Map([['a.txt', whole]]))
    const chunked = await writeOutput(root, new Map([['a.txt', byteChunks(pieces)]]))
    expect(chunked).toBe(joined)
    expect((await readFile(join(chunked, 'a.txt'))).equals(whole)).toBe(true)
    expect(new TextDecoder().decode(contentBytes(byteChunks(['ab', new Uint8Array([99]), '', 'd'])))).toBe('abcd')
  })
})
