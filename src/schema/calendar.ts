// Plain functions without valibot, so the runtime (`src/query/`) can use them
// without pulling the schema library into the main entry.

/**
 * Whether `value` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) names a real calendar
 * date: month 1–12 and a day that exists in that month (leap years included).
 *
 * valibot’s `isoDate()` checks the shape only and accepts `2021-02-30`.
 *
 * @param value
 *   Date string.
 * @returns
 *   `true` when the date exists.
 * @example
 *   isCalendarDate('2024-02-29') // => true
 *   isCalendarDate('2021-02-29') // => false
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!match) return false
  const year = Number(match[1])
  if (match[2] === undefined) return true
  const month = Number(match[2])
  if (month < 1 || month > 12) return false
  if (match[3] === undefined) return true
  const day = Number(match[3])
  return day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Number of days in a month of the proleptic Gregorian calendar.
 *
 * @param year
 *   Full year.
 * @param month
 *   Month, 1–12.
 * @returns
 *   28–31.
 */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}
