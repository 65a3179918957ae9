/**
 * Fold a name for comparison: lower case, diacritics removed, `ß` → `ss`,
 * punctuation and hyphens turned into spaces, spaces collapsed.
 * Locale-independent (no Turkish dotless-i surprises).
 *
 * @param name
 *   Name to fold.
 * @returns
 *   Folded name.
 * @example
 *   foldName('Nato-Generalsekretär') // => 'nato generalsekretar'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim()
}
