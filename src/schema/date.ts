import * as v from 'valibot'
import { isCalendarDate } from './calendar.js'

export { daysInMonth, isCalendarDate } from './calendar.js'

/** A calendar date of day (`YYYY-MM-DD`) or month (`YYYY-MM`) precision. */
export const CorpusDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'Expected a date as `YYYY-MM-DD` or `YYYY-MM`'),
  v.check(isCalendarDate, (issue) => `Unexpected date \`${issue.input}\`, expected a real calendar date (YYYY-MM-DD or YYYY-MM)`)
)

/** How exact an article’s date is. */
export const DatePrecisionSchema = v.picklist(['day', 'month'])

/** A date of day precision, `YYYY-MM-DD`. */
export const DaySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as `YYYY-MM-DD`'),
  v.check(isCalendarDate, (issue) => `Unexpected date \`${issue.input}\`, expected a real calendar date`)
)
