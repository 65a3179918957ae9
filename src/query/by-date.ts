import { catalog as data } from '../../generated/runtime/catalog.js'
import { partitionPoint } from '../internal/partition-point.js'
import type { ArticleMeta } from './corpus-types.js'
import { daysInMonth, isCalendarDate } from '../schema/calendar.js'
import { describeValue as describe } from './describe-value.js'

/** A year (`'2022'`), month (`'2022-01'`) or day (`'2022-01-12'`). */
export type DateString = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`

/** A date or a range of dates; both ends are inclusive and either may be left open. */
export type DateQuery = DateString | { readonly from?: DateString | undefined; readonly to?: DateString | undefined }

/**
 * The first and last day a date string covers (`'2022-01'` → 2022-01-01 … 2022-01-31).
 *
 * @param value
 *   `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @returns
 *   `[first, last]` as `YYYY-MM-DD`.
 * @throws
 *   `TypeError` when `value` is not of that shape, or names a month or day
 *   that does not exist (`'2021-02-30'`), saying which.
 */
export function dateInterval(value: string): readonly [string, string] {
  if (typeof value !== 'string') throw new TypeError(`Unexpected date ${describe(value)}, expected a string \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\``)
  if (!isCalendarDate(value)) {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
    if (!match) throw new TypeError(`Unexpected date \`${value}\`, expected \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\``)
    const month = Number(match[2])
    if (month < 1 || month > 12) throw new TypeError(`Unexpected date \`${value}\`: month ${match[2]} does not exist, expected a month from 01 to 12`)
    const days = daysInMonth(Number(match[1]), month)
    throw new TypeError(`Unexpected date \`${value}\`: the date does not exist (${match[1]}-${match[2]} has ${days} days), expected a day from 01 to ${days}`)
  }
  if (value.length === 4) return [`${value}-01-01`, `${value}-12-31`]
  if (value.length === 7) {
    const last = daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)))
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`]
  }
  return [value, value]
}

const catalog = data as readonly ArticleMeta[]

let sorted: readonly ArticleMeta[] | undefined
let firsts: readonly string[] | undefined
let lasts: readonly string[] | undefined
/** `reach[i]`: the latest last day among `sorted[0..i]`; never decreases, so it can be searched. */
let reach: readonly string[] | undefined

/**
 * The articles whose date overlaps the query, sorted by date then id. An
 * article dated to a month (`2021-10`) overlaps every day of that month.
 *
 * @param query
 *   A year, month or day, or `{ from?, to? }` with such strings.
 * @returns
 *   Article metadata (text via `getArticle(id)`).
 * @throws
 *   `TypeError` for a query that is neither a date string nor `{ from?, to? }`
 *   (a `Date`, an object with other keys), or a date that does not exist
 *   (`'2021-02-30'`); `RangeError` for a range whose `from` is after its `to`.
 * @example
 *   byDate('2022-01').map((article) => article.id)
 *   byDate({ from: '2021-10', to: '2021-11-15' })
 */
export function byDate(query: DateQuery): readonly ArticleMeta[] {
  let start = '0000-01-01'
  let end = '9999-12-31'
  if (typeof query === 'string') [start, end] = dateInterval(query)
  else if (isRange(query)) {
    if (query.from !== undefined) start = dateInterval(query.from)[0]
    if (query.to !== undefined) end = dateInterval(query.to)[1]
    if (start > end) {
      throw new RangeError(`Unexpected range from \`${query.from}\` to \`${query.to}\`: it ends before it starts, expected \`from\` on or before \`to\``)
    }
  } else {
    throw new TypeError(`Unexpected date query ${describe(query)}, expected a date string (\`'2022-01'\`) or \`{ from?, to? }\` with such strings`)
  }
  if (!sorted) {
    sorted = [...catalog].sort((a, b) => compare(dateInterval(a.date)[0], dateInterval(b.date)[0]) || compare(a.id, b.id))
    const spans = sorted.map((article) => dateInterval(article.date))
    firsts = spans.map(([first]) => first)
    lasts = spans.map(([, last]) => last)
    let latest = ''
    reach = lasts.map((last) => (latest = last > latest ? last : latest))
  }
  // Before index `low`, every article ends before `start` (binary search on
  // `reach`); from `inside` on, every article starts on or after `start`, so
  // up to `high` (the first to start after `end`) they all overlap: a slice.
  // Only the few in between, which start before `start`, are checked one by one.
  const low = search(reach!, start)
  const inside = Math.max(low, search(firsts!, start))
  const high = Math.max(inside, search(firsts!, end, true))
  const result: ArticleMeta[] = []
  for (let index = low; index < inside; index++) if (lasts![index]! >= start && firsts![index]! <= end) result.push(sorted[index]!)
  return result.length === 0 ? sorted.slice(inside, high) : result.concat(sorted.slice(inside, high))
}

/** Whether `query` is a plain object with no keys but `from` and `to`. */
function isRange(query: unknown): query is Exclude<DateQuery, string> {
  if (typeof query !== 'object' || query === null) return false
  const prototype = Object.getPrototypeOf(query) as unknown
  if (prototype !== Object.prototype && prototype !== null) return false
  const other = Object.keys(query).find((key) => key !== 'from' && key !== 'to')
  if (other !== undefined) throw new TypeError(`Unexpected key \`${other}\` in a date range, expected only \`from\` and \`to\``)
  return true
}

/** First index whose value is `>= value` (or `> value` with `after`), in a non-decreasing list. */
function search(list: readonly string[], value: string, after = false): number {
  return partitionPoint(list.length, (index) => list[index]! < value || (after && list[index] === value))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
