import type { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'

/** Output formats of `korpus check` and `korpus build`. */
export const reportFormats = ['text', 'vfile', 'json', 'github'] as const

/** An output format. */
export type ReportFormat = (typeof reportFormats)[number]

/**
 * Print the messages of files.
 *
 * - `text`: one line per message, `path:line:column  error|warning  message  rule-id`,
 *   then its hint and docs link, then a summary;
 * - `vfile`: `vfile-reporter`’s grouped output;
 * - `json`: one JSON array of messages (`file`, `line`, `column`, `severity`,
 *   `message`, `ruleId`, `note`, `url`, `actual`, `expected`);
 * - `github`: workflow commands (`::error file=…,line=…,col=…::…`) that a
 *   pull request shows as annotations.
 *
 * @param files
 *   Files with messages.
 * @param format
 *   Output format (default: `text`).
 * @returns
 *   The report (empty string for `text`/`github` when there are no messages).
 */
export function formatReport(files: readonly VFile[], format: ReportFormat = 'text'): string {
  const messages = files.flatMap((file) =>
    [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message) => ({
        file: file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        severity: message.fatal ? ('error' as const) : ('warning' as const),
        message: message.reason,
        ruleId: message.ruleId ?? null,
        note: message.note ?? null,
        url: message.url ?? null,
        actual: message.actual ?? null,
        expected: message.expected ?? null
      }))
  )
  if (format === 'json') return `${JSON.stringify(messages, null, 2)}\n`
  if (format === 'vfile') return `${reporter([...files], { color: false })}\n`
  if (format === 'github') {
    const escape = (value: string): string => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
    return messages
      .map((m) => `::${m.severity} file=${m.file},line=${m.line},col=${m.column},title=${m.ruleId ?? 'korpus'}::${escape(m.note ? `${m.message} (${m.note})` : m.message)}\n`)
      .join('')
  }
  if (messages.length === 0) return ''
  const errors = messages.filter((m) => m.severity === 'error').length
  const warnings = messages.length - errors
  const lines = messages.map((m) => {
    let text = `${m.file}:${m.line}:${m.column}  ${m.severity}  ${m.message}  ${m.ruleId ?? ''}`.trimEnd()
    if (m.note) text += `\n  hint: ${m.note.replace(/\n/g, '\n    ')}`
    if (m.url) text += `\n  docs: ${m.url}`
    return text
  })
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${lines.join('\n')}\n\n${count(messages.length, 'message')} (${count(errors, 'error')}, ${count(warnings, 'warning')})\n`
}
