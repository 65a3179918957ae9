/**
 * Fold a name for comparison: lower case, diacritics removed, `ß` → `ss`,
 * punctuation and hyphens turned into spaces, spaces collapsed (the same
 * folding as the scorer's).
 *
 * @param text
 *   Name to fold.
 * @returns
 *   Folded name.
 * @example
 *   fold('Nato-Generalsekretär') // => 'nato generalsekretar'
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim()
}

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
  const result = name
    .replace(/[äÄ]/g, 'ae')
    .replace(/[öÖ]/g, 'oe')
    .replace(/[üÜ]/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return result || 'entity'
}
