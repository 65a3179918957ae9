/**
 * Turn text into an id part: German umlauts transliterated (`ä` → `ae`,
 * `ß` → `ss`), other diacritics removed, lower-case ASCII words joined by `-`,
 * cut at a word boundary to at most `maxLength` characters.
 *
 * @param text
 *   Text to slugify.
 * @param maxLength
 *   Longest slug (default: 60, for file names).
 * @returns
 *   The slug (may be empty).
 * @example
 *   slugify('Grüße aus Brüssel!') // => 'gruesse-aus-bruessel'
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .replace(/[äÄ]/g, 'ae')
    .replace(/[öÖ]/g, 'oe')
    .replace(/[üÜ]/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
  let result = ''
  for (const word of slug) {
    const next = result ? `${result}-${word}` : word
    if (next.length > maxLength) break
    result = next
  }
  return result
}
