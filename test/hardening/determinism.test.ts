import { readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildInChild, project, snapshot } from './_project.js'

const made: string[] = []
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true })
})

/** Add a paragraph that names Istanbul in three casings (the Turkish dotted and dotless i). */
async function addIstanbul(dir: string): Promise<void> {
  const path = join(dir, 'corpus/articles', '2022-01-nato-und-russland-suchen-vorsichtig-das-gespraech.md')
  await writeFile(path, `${await readFile(path, 'utf8')}\nDie Delegationen kamen aus Istanbul, aus İstanbul und aus ISTANBUL nach Brüssel.\n`)
}

describe('determinism', { timeout: 240_000 }, () => {
  it('writes byte-identical output across file-system order, time zone and a Turkish locale', async () => {
    const plain = await project()
    const other = await project({ reverse: true })
    made.push(plain, other)
    await Promise.all([addIstanbul(plain), addIstanbul(other)])
    const [a, b] = await Promise.all([
      buildInChild(plain, { TZ: 'UTC', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' }),
      buildInChild(other, { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' })
    ])
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, ''])
    const first = await snapshot(plain)
    expect(Object.keys(first).length).toBeGreaterThan(5)
    expect(await snapshot(other)).toEqual(first)
    // The same content gives the same content-addressed folder.
    expect(await readlink(join(other, 'generated'))).toBe(await readlink(join(plain, 'generated')))

    // Case folding ignores the locale: all three spellings resolve to the registry's Istanbul.
    const mentions = first['data/mentions/00000.jsonl']!.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { text: string; entity: string })
    expect(mentions.filter((mention) => /^(?:Istanbul|İstanbul|ISTANBUL)$/.test(mention.text)).map((mention) => `${mention.text} ${mention.entity}`)).toEqual([
      'Istanbul istanbul',
      'İstanbul istanbul',
      'ISTANBUL istanbul'
    ])
  })

  it('writes the same output when built again in the same folder', async () => {
    const dir = await project()
    made.push(dir)
    expect((await buildInChild(dir)).code).toBe(0)
    const first = await snapshot(dir)
    await rm(join(dir, 'generated'))
    await rm(join(dir, '.generated'), { recursive: true })
    expect((await buildInChild(dir, { TZ: 'Pacific/Kiritimati' })).code).toBe(0)
    expect(await snapshot(dir)).toEqual(first)
  })
})
