import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { derivedWords, wordCacheOf } from '../../../../src/pipeline/extract/lexicons/_derived-words.js'
import { isCommonNoun } from '../../../../src/pipeline/extract/lexicons/common-nouns.js'
import { isGivenName } from '../../../../src/pipeline/extract/lexicons/given-names.js'

/** A folder with a data file and a cache folder. */
function fixture(): { data: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'derived-words-'))
  const data = join(root, 'words.txt')
  writeFileSync(data, 'Bank Rose')
  return { data, cache: join(root, 'cache') }
}

/** A derivation that counts its calls. */
function counted(words: readonly string[]): { derive: () => string[]; calls: () => number } {
  let calls = 0
  return {
    derive: () => {
      calls++
      return [...words]
    },
    calls: () => calls
  }
}

const code = (): string => 'code-1'

describe('derivedWords', () => {
  it('derives a list once, then reads the same words from the cache folder', () => {
    const { data, cache } = fixture()
    const { derive, calls } = counted(['Bank', 'Rose', 'Bänken'])
    const first = derivedWords('nouns', [data], cache, derive, code)
    const second = derivedWords('nouns', [data], cache, derive, code)
    expect(calls()).toBe(1)
    expect([...second].sort()).toEqual([...first].sort())
    expect(second.has('Bänken')).toBe(true)
  })

  it('derives the list again when a data file or the code changed', () => {
    const { data, cache } = fixture()
    const { derive, calls } = counted(['Bank'])
    derivedWords('nouns', [data], cache, derive, code)
    writeFileSync(data, 'Bank Rose Art')
    derivedWords('nouns', [data], cache, derive, code)
    derivedWords('nouns', [data], cache, derive, () => 'code-2')
    expect(calls()).toBe(3)
  })

  it('derives every time without a cache folder', () => {
    const { data } = fixture()
    const { derive, calls } = counted(['Bank'])
    derivedWords('nouns', [data], undefined, derive, code)
    derivedWords('nouns', [data], undefined, derive, code)
    expect(calls()).toBe(2)
  })

  it('keeps an empty list, and never one with a line break in a word', () => {
    const { data, cache } = fixture()
    const empty = counted([])
    derivedWords('none', [data], cache, empty.derive, code)
    expect(derivedWords('none', [data], cache, empty.derive, code).size).toBe(0)
    expect(empty.calls()).toBe(1)
    const broken = counted(['a\nb'])
    derivedWords('broken', [data], cache, broken.derive, code)
    expect([...derivedWords('broken', [data], cache, broken.derive, code)]).toEqual(['a\nb'])
    expect(broken.calls()).toBe(2)
  })

  it('keeps a few lists per name and removes older ones', () => {
    const { data, cache } = fixture()
    for (let n = 0; n < 7; n++) derivedWords('nouns', [data], cache, () => ['Bank'], () => `code-${n}`)
    derivedWords('names', [data], cache, () => ['anna'], code)
    const files = readdirSync(cache)
    expect(files.filter((file) => file.startsWith('nouns-')).length).toBe(4)
    expect(files.filter((file) => file.startsWith('names-')).length).toBe(1)
  })

  it('derives the list when a data file is missing, and keeps nothing', () => {
    const { data, cache } = fixture()
    const { derive, calls } = counted(['Bank'])
    expect(derivedWords('nouns', [`${data}.missing`], cache, derive, code).has('Bank')).toBe(true)
    derivedWords('nouns', [`${data}.missing`], cache, derive, code)
    expect(calls()).toBe(2)
  })
})

describe('wordCacheOf', () => {
  it('names the cache folder of the `node_modules` holding a package file', () => {
    const root = mkdtempSync(join(tmpdir(), 'word-cache-'))
    const file = join(root, 'node_modules', 'some-package', 'dist', 'words.json')
    mkdirSync(join(root, 'node_modules', 'some-package', 'dist'), { recursive: true })
    expect(wordCacheOf(file)).toBe(join(root, 'node_modules', '.cache', 'nato-russland-korpus', 'words'))
  })

  it('gives no folder for a file outside `node_modules`', () => {
    expect(wordCacheOf(join(tmpdir(), 'words.json'))).toBeUndefined()
  })
})

describe('the lexicons read through it', () => {
  it('still know their words', () => {
    expect(isCommonNoun('Beobachter')).toBe(true)
    expect(isCommonNoun('Celebi')).toBe(false)
    expect(isGivenName('nicanor')).toBe(true)
    expect(isGivenName('rose')).toBe(false)
  })
})
