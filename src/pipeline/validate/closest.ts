/**
 * The candidate closest to `value` by edit distance, when it is close enough
 * to be a likely misspelling (at most a third of its length, at least 1 edit).
 *
 * @param value
 *   What was written.
 * @param candidates
 *   Valid values.
 * @returns
 *   The suggestion, or `undefined`.
 * @example
 *   closest('publsher', ['publisher', 'genre']) // => 'publisher'
 */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.ceil(value.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Levenshtein distance (insertions, deletions, substitutions), O(a·b) over two short strings. */
function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
