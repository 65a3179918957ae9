/**
 * Compare two ids by UTF-16 code units (not by locale: the order must be the
 * same on every machine), for sorting.
 *
 * @example
 *   ['b', 'a'].sort(compareIds) // => ['a', 'b']
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Compare two records by their `id` (see `compareIds`). */
export function byId(a: { id: string }, b: { id: string }): number {
  return compareIds(a.id, b.id)
}
