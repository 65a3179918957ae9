import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** `source` of every message the build reports. */
export const messageSource = 'nato-russland-korpus'

/** Where the docs of each rule live. */
export const rulesUrl = 'https://github.com/nato-russland-korpus/nato-russland-korpus/blob/main/docs/rules.md'

/** Extra fields of a message. */
export interface ReportOptions {
  /** Where the problem is. */
  place?: Point | Position | undefined
  /** What was found. */
  actual?: string | undefined
  /** What would be valid. */
  expected?: readonly string[] | undefined
  /** One line on how to fix it. */
  note?: string | undefined
  /** Another place involved (a duplicate’s first occurrence). */
  cause?: Error | undefined
}

/**
 * Report a problem that makes `file` unusable (an error: `fatal: true`).
 *
 * @param file
 *   File the problem is in.
 * @param reason
 *   What happened and what to do, without an `Error:` prefix.
 * @param ruleId
 *   Stable kebab-case rule id (documented in `docs/rules.md`).
 * @param options
 *   Place, actual/expected values, note.
 * @returns
 *   The message.
 */
export function reportError(file: VFile, reason: string, ruleId: string, options: ReportOptions = {}): VFileMessage {
  const message = reportWarning(file, reason, ruleId, options)
  message.fatal = true
  return message
}

/**
 * Report a problem that does not stop the build (a warning: `fatal: false`).
 *
 * @param file
 *   File the problem is in.
 * @param reason
 *   What happened and what to do.
 * @param ruleId
 *   Stable kebab-case rule id.
 * @param options
 *   Place, actual/expected values, note.
 * @returns
 *   The message.
 */
export function reportWarning(file: VFile, reason: string, ruleId: string, options: ReportOptions = {}): VFileMessage {
  const message = file.message(reason, { place: options.place, ruleId, source: messageSource, cause: options.cause })
  message.fatal = false
  message.url = `${rulesUrl}#${ruleId}`
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = [...options.expected]
  if (options.note !== undefined) message.note = options.note
  return message
}

/**
 * Whether any message of the files is an error.
 *
 * @param files
 *   Files to look at.
 * @returns
 *   `true` when at least one message is fatal.
 */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true))
}
