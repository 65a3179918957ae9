import type { Part } from '../tokens.js'

/** Points of the compass that name a region too (`der Westen` as the West), by the lower-case forms of the word. */
const compassWords = new Set(['westen', 'westens', 'osten', 'ostens', 'norden', 'nordens', 'süden', 'südens'])

/** Words after which a point of the compass is a direction inside a place (`im Westen der Provinz`, `im Osten von Kaschgar`). */
const ofWords = new Set(['der', 'des', 'von', 'vom'])

/**
 * Whether a place matched at parts `[first, last]` is a point of the compass
 * used as a direction inside another place (`im Westen der Provinz`, `im
 * Osten von Kaschgar`, `im Süden Chiles`): one word of `compassWords`
 * followed by `der`, `des`, `von` or `vom`, or by a capitalized genitive in
 * `-s`. `Der Westen reagierte` stays the region.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param first
 *   First part of the match.
 * @param last
 *   Last part of the match.
 * @returns
 *   Whether to drop the match.
 * @example
 *   compassDirection('im Westen der Provinz', parts, 1, 1) // => true
 */
export function compassDirection(text: string, parts: readonly Part[], first: number, last: number): boolean {
  if (first !== last || !compassWords.has(parts[first]!.lower) || parts[first]!.hyphenAfter) return false
  const next = parts[last + 1]
  if (!next || !/^[ \t\u00a0]+$/u.test(text.slice(parts[last]!.end, next.start))) return false
  return ofWords.has(next.text) || (next.upper && !next.allCaps && next.lower.endsWith('s'))
}
