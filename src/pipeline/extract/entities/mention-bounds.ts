import type { Part } from '../tokens.js'

const articles = new Set(['der', 'die', 'das', 'dem', 'den', 'des'])
const nominative = new Set(['Der', 'Die', 'Das'])

/**
 * The first part of a mention whose name starts with an article (`Der
 * Spiegel`, `Die Linke`): the article stays only as the name writes it, a
 * capitalized nominative (`berichtet Der Spiegel`); a lower-case or
 * inflected one (`die Linke`, `Dem Spiegel zufolge`) is grammar, not name.
 *
 * @param parts
 *   The paragraph's parts.
 * @param first
 *   First part of the match.
 * @param last
 *   Last part of the match.
 * @returns
 *   The first part of the mention.
 * @example
 *   mentionFirst(tokenize('dem Spiegel'), 0, 1) // => 1
 */
export function mentionFirst(parts: readonly Part[], first: number, last: number): number {
  const part = parts[first]!
  if (last === first || !articles.has(part.lower) || part.hyphenAfter) return first
  return nominative.has(part.text) ? first : first + 1
}
