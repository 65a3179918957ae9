import { foldName } from '../../internal/fold-name.js'
import { slugify } from '../normalize/slugify.js'
import { memoize } from './memoize.js'

/**
 * Whether a string holds only ASCII letters and digits: `foldName` of such a
 * string is its lower case.
 */
export function isAsciiAlphanumeric(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code > 0x7a || code < 0x30 || (code > 0x39 && code < 0x41) || (code > 0x5a && code < 0x61)) return false
  }
  return true
}

const foldMemoized = memoize(foldName)

/**
 * Fold a name for comparison (the runtime's `foldName`, the same folding as
 * the scorer's), memoized for the build: the extractor folds every word of
 * every article, and words repeat.
 *
 * @param name
 *   Name to fold.
 * @returns
 *   Folded name, as `foldName` gives it.
 * @example
 *   fold('Nato-Generalsekretär') // => 'nato generalsekretar'
 */
export function fold(name: string): string {
  return isAsciiAlphanumeric(name) ? name.toLowerCase() : foldMemoized(name)
}

/**
 * The spelling rules of `translit`, on a name part already folded.
 *
 * @param folded
 *   A folded name part.
 * @returns
 *   Its transliteration key.
 */
export function transliterateFolded(folded: string): string {
  return folded
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/ii$/g, 'iy')
    .replace(/iy$/g, 'i')
}

const translitMemoized = memoize((part: string) => transliterateFolded(fold(part)))

/**
 * Fold a name part for transliteration-tolerant lookup of person names:
 * `Grushko` and `Gruschko`, `Lavrov` and `Lawrow`, `Sergey` and `Sergej`
 * fold alike. Memoized.
 *
 * @param part
 *   One name part.
 * @returns
 *   Its transliteration key.
 * @example
 *   translit('Gruschko') === translit('Grushko') // => true
 */
export function translit(part: string): string {
  return translitMemoized(part)
}

/**
 * Turn a name into an entity id: `ä` → `ae`, `ö` → `oe`, `ü` → `ue`,
 * `ß` → `ss`, other diacritics removed, lower-case ASCII words joined by `-`.
 *
 * @param name
 *   Name.
 * @returns
 *   The id (`entity` when nothing is left).
 * @example
 *   slug('Außenministerium Russlands') // => 'aussenministerium-russlands'
 */
export function slug(name: string): string {
  return slugify(name, Number.POSITIVE_INFINITY) || 'entity'
}
