/**
 * Binary search over a list whose items run from those *before* a point to
 * those after it: how many items at its start are before. Every sorted
 * lookup of the build and the runtime (the first mention at an offset, the
 * first article on a date, …) is this one search with its own test.
 *
 * @param length
 *   Length of the list.
 * @param isBefore
 *   Whether the item at an index is before the point; must be `true` for a
 *   prefix of the list and `false` after it.
 * @returns
 *   The index of the first item that is not before (`length` when all are).
 * @example
 *   const dates = ['2021-10-01', '2021-11-03', '2021-11-03', '2022-01-10']
 *   partitionPoint(dates.length, (index) => dates[index]! < '2021-11-03') // => 1
 *   partitionPoint(dates.length, (index) => dates[index]! <= '2021-11-03') // => 3
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (isBefore(middle)) low = middle + 1
    else high = middle
  }
  return low
}
