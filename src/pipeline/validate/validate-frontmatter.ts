import * as v from 'valibot'
import type { VFile } from 'vfile'
import { type Frontmatter, FrontmatterSchema } from '../../schema/article.js'
import { reportError } from '../diagnostics.js'
import type { ParsedYaml } from '../parse/parse-yaml.js'
import { closest } from './closest.js'

const knownKeys = Object.keys(FrontmatterSchema.entries)

/** Options of `validateFrontmatter`. */
export interface ValidateFrontmatterOptions {
  /** Today as `YYYY-MM-DD`; later dates are refused (default: the current UTC date). */
  today?: string | undefined
}

/**
 * Validate frontmatter against `FrontmatterSchema`, reporting every problem
 * on `file` with the position of the offending key or value: unknown keys
 * (with the closest valid key), missing keys, wrong types, `TODO` markers,
 * impossible or future dates, a precision that disagrees with the date, and an
 * id that differs from the file name.
 *
 * @param file
 *   The source file (its `stem` is the expected id).
 * @param frontmatter
 *   Parsed frontmatter.
 * @param options
 *   Configuration.
 * @returns
 *   The valid frontmatter, or `undefined` when it has errors.
 */
export function validateFrontmatter(
  file: VFile,
  frontmatter: ParsedYaml,
  options: ValidateFrontmatterOptions = {}
): Frontmatter | undefined {
  const { data } = frontmatter
  if (data === undefined) return undefined
  const before = file.messages.length
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    reportError(file, 'Unexpected frontmatter that is not a mapping of keys to values, expected `key: value` lines', 'frontmatter-invalid', {
      place: frontmatter.placeOf([])
    })
    return undefined
  }

  const record: Record<string, unknown> = Object.create(null)
  for (const [key, value] of Object.entries(data)) {
    if (knownKeys.includes(key)) {
      record[key] = value
      continue
    }
    const suggestion = closest(key, knownKeys)
    reportError(
      file,
      `Unexpected unknown key \`${key}\`${suggestion ? `, did you mean \`${suggestion}\`?` : `, expected one of ${knownKeys.map((k) => `\`${k}\``).join(', ')}`}`,
      'frontmatter-unknown-key',
      { place: frontmatter.placeOf([key], 'key'), actual: key, expected: suggestion ? [suggestion] : knownKeys }
    )
  }

  for (const [path, value] of todoValues(record, [])) {
    reportError(file, `Unexpected \`TODO\` marker in \`${path.join('.')}\`, expected the real value`, 'todo-marker', {
      place: frontmatter.placeOf(path),
      actual: String(value),
      note: 'Replace the marker; see docs/contributing.md for what each key means.'
    })
  }

  const result = v.safeParse(FrontmatterSchema, record)
  if (!result.success) {
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((item) => item.key as PropertyKey)
      if (isTodo(issue.input)) continue
      const key = path.join('.')
      const missing = issue.input === undefined && path.length > 0
      // A key a nested strict object does not know (`provenance.__proto__`).
      const unknown = !missing && issue.type === 'strict_object' && path.length > 1
      const ruleId = missing ? 'frontmatter-missing-key' : unknown ? 'frontmatter-unknown-key' : path[0] === 'date' ? 'date-invalid' : 'frontmatter-invalid'
      const reason = missing
        ? `Unexpected missing key \`${key}\`, expected it in the frontmatter`
        : unknown
          ? `Unexpected unknown key \`${key}\`, expected only the keys documented for \`${path.slice(0, -1).join('.')}\``
          : `Unexpected value for \`${key || 'frontmatter'}\`: ${issue.message}`
      reportError(file, reason, ruleId, {
        place: missing ? frontmatter.placeOf([]) : frontmatter.placeOf(path, unknown ? 'key' : 'value'),
        actual: missing ? undefined : JSON.stringify(issue.input),
        expected: issue.expected ? [issue.expected] : undefined
      })
    }
    return undefined
  }

  const value = result.output
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  if (isAfterToday(value.date, today)) {
    reportError(file, `Unexpected date \`${value.date}\` in the future, expected a publication date up to ${today}`, 'date-future', {
      place: frontmatter.placeOf(['date']),
      actual: value.date
    })
  }
  const precision = value.date.length === 10 ? 'day' : 'month'
  if (value.datePrecision !== precision) {
    reportError(file, `Unexpected \`datePrecision: ${value.datePrecision}\` for date \`${value.date}\`, expected \`${precision}\``, 'date-precision-mismatch', {
      place: frontmatter.placeOf(['datePrecision']),
      actual: value.datePrecision,
      expected: [precision]
    })
  }
  if (file.stem !== undefined && value.id !== file.stem) {
    reportError(file, `Unexpected id \`${value.id}\` in \`${file.basename}\`, expected the id to equal the file name \`${file.stem}\``, 'id-mismatch', {
      place: frontmatter.placeOf(['id']),
      actual: value.id,
      expected: [file.stem],
      note: 'Rename the file or change the id; ids are stable once published.'
    })
  }

  return file.messages.slice(before).some((message) => message.fatal) ? undefined : value
}

function isTodo(value: unknown): boolean {
  return typeof value === 'string' && /\bTODO\b/.test(value)
}

function todoValues(value: unknown, path: PropertyKey[]): Array<[PropertyKey[], unknown]> {
  if (isTodo(value)) return [[path, value]]
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => todoValues(child, [...path, Array.isArray(value) ? Number(key) : key]))
  }
  return []
}

/**
 * Whether a publication date lies after today: the `date-future` rule. A
 * month-dated article counts from its month, so `2022-01` is not in the
 * future on `2022-01-05`.
 *
 * @param date
 *   `YYYY-MM-DD` or `YYYY-MM`.
 * @param today
 *   Today as `YYYY-MM-DD`.
 * @returns
 *   Whether the date is after today.
 * @example
 *   isAfterToday('2022-01', '2022-01-05') // => false
 *   isAfterToday('2022-01-06', '2022-01-05') // => true
 */
export function isAfterToday(date: string, today: string): boolean {
  return date.slice(0, 10) > today.slice(0, date.length)
}
