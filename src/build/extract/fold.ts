import { foldName } from '../../query/fold-name.js'
import { slugify } from '../normalize/slugify.js'

/** Fold a name for comparison (the runtime's `foldName`, the same folding as the scorer's). */
export const fold = foldName

/**
 * Fold a name part for transliteration-tolerant lookup of person names:
 * `Grushko` and `Gruschko`, `Lavrov` and `Lawrow`, `Sergey` and `Sergej`
 * fold alike.
 *
 * @param part
 *   One name part.
 * @returns
 *   Its transliteration key.
 * @example
 *   translit('Gruschko') === translit('Grushko') // => true
 */
export function translit(part: string): string {
  return fold(part)
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/ii$/g, 'iy')
    .replace(/iy$/g, 'i')
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
