/** Most results a memoized function keeps before it forgets them all (bounds memory over a long build). */
export const maxMemoized = 200_000

/**
 * Memoize a function of one string. The cache is forgotten as a whole once
 * it holds `max` results, so memory stays bounded however many distinct
 * strings a build sees.
 *
 * @param compute
 *   Pure function of its argument.
 * @param max
 *   Most results to keep (default: `maxMemoized`).
 * @returns
 *   A function with the same results.
 * @example
 *   const lower = memoize((value) => value.toLowerCase())
 */
export function memoize<T>(compute: (value: string) => T, max: number = maxMemoized): (value: string) => T {
  const cache = new Map<string, T>()
  return function memoized(value: string): T {
    const cached = cache.get(value)
    if (cached !== undefined || cache.has(value)) return cached as T
    const result = compute(value)
    if (cache.size >= max) cache.clear()
    cache.set(value, result)
    return result
  }
}
