import { createRequire } from 'node:module'
import { derivedWords, wordCacheOf } from './_derived-words.js'
import { isCommonNoun, nounDictionary } from './common-nouns.js'
import { firstNames } from './first-names.js'
import { isRoleNoun } from './role-nouns.js'
import { stopwords } from './stopwords.js'

/** The lists of the `gender-detection-from-name` package (MIT), by language. */
const languages = ['de', 'en', 'es', 'fr', 'it'] as const

/**
 * German words that some of those lists carry as a first name but that open
 * German sentences (`Will man …`, `Frank und frei`): never a first name here.
 */
const germanWords = new Set(['will', 'wills', 'frank', 'man', 'bis', 'ober', 'oder', 'unter', 'klar', 'hart', 'lang', 'fest', 'ernst', 'bald', 'gern', 'weit', 'rein', 'fein', 'heil', 'still', 'treu', 'mild', 'wahl', 'sieg', 'mai', 'juni', 'juli', 'august', 'fair'])

let names: ReadonlySet<string> | undefined

/** The first names of the package's lists that count, after the filters. */
function namesOf(files: readonly string[]): Set<string> {
  const set = new Set<string>()
  const require = createRequire(import.meta.url)
  const count = new Map<string, number>()
  for (const [index, file] of files.entries()) {
    const map = require(file) as ReadonlyMap<string, string>
    // Every German first name; of the others only those two lists share (so a surname or a place that one list has is left out).
    for (const name of map.keys()) count.set(name, (count.get(name) ?? 0) + (languages[index] === 'de' ? 2 : 1))
  }
  for (const [name, seen] of count) {
    if (seen < 2 || name.length < 3 || !/^\p{L}+$/u.test(name) || stopwords.has(name) || germanWords.has(name)) continue
    const written = name[0]!.toUpperCase() + name.slice(1)
    // A German noun (`Rose`, `Art`, `Bank`) or a role noun is no first name here.
    if (isCommonNoun(written) || isRoleNoun(written)) continue
    set.add(name)
  }
  return set
}

/** The lists, derived the first time and then read from `node_modules/.cache` (`derivedWords`). */
function load(): ReadonlySet<string> {
  try {
    const require = createRequire(import.meta.url)
    const files = languages.map((language) => require.resolve(`gender-detection-from-name/names/${language}.js`))
    // The filter reads the noun dictionary too: a new one derives the list anew.
    const nouns = nounDictionary()
    return derivedWords('given-names', nouns === undefined ? files : [...files, nouns], wordCacheOf(files[0]!), () => namesOf(files))
  } catch {
    // Without the package only the hand list counts.
    return new Set()
  }
}

/**
 * Whether a word is a first name: one of the hand list (`lexicons/first-names.ts`)
 * or of the first-name lists of the `gender-detection-from-name` package
 * (German, English, Spanish, French, Italian; MIT licence; about 10,000 names
 * after the filters: every German one, the others when two lists share it, no German noun, role
 * noun, stopword or German word in `germanWords`). Build time only — the
 * runtime never imports this module; loaded on first use.
 *
 * @param lower
 *   The word in lower case.
 * @returns
 *   `true` for a known first name.
 * @example
 *   isGivenName('nicanor') // => true
 *   isGivenName('rose') // => false (a German noun)
 */
export function isGivenName(lower: string): boolean {
  if (firstNames.has(lower)) return true
  names ??= load()
  return names.has(lower)
}

/**
 * Whether a first name is only in the package's lists, not in the hand list:
 * a person's name then needs a surname that is no German noun (`Nicanor
 * Duarte`, not `Salva Tore`).
 *
 * @param lower
 *   The word in lower case.
 * @returns
 *   `true` when only the package's lists know it.
 * @example
 *   isListedGivenNameOnly('nicanor') // => true
 */
export function isListedGivenNameOnly(lower: string): boolean {
  return !firstNames.has(lower) && isGivenName(lower)
}
