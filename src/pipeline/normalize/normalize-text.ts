/**
 * Normalize text the way every corpus source is stored: Unicode NFC, no
 * no-break or zero-width spaces, no trailing spaces on lines.
 *
 * @param text
 *   Text to normalize.
 * @returns
 *   Normalized text.
 * @example
 *   normalizeText('Bru\u0308ssel\u00a0-  ') // => 'Brüssel -'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
}
