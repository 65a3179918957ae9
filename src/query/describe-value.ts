/**
 * A value as an error message of the query helpers names it.
 *
 * @param value
 *   Any value a caller passed.
 * @returns
 *   `a \`Date\``, `\`null\``, `an array`, `an object`, a string in quotes, or
 *   the value with its type (`\`42\` (number)`).
 * @example
 *   describeValue(42) // => '`42` (number)'
 */
export function describeValue(value: unknown): string {
  if (value instanceof Date) return 'a `Date`'
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\``
  if (typeof value === 'object') return 'an object'
  return `\`${String(value)}\` (${typeof value})`
}

