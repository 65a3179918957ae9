import * as v from 'valibot'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { type Corrections, CorrectionsSchema } from '../../schema/correction.js'
import { reportError } from '../diagnostics.js'
import { type ParsedYaml, parseYaml } from '../parse/parse-yaml.js'
import { closest } from '../validate/closest.js'

/** Suffix of a corrections file: `corpus/articles/<id>.corrections.yaml`. */
export const correctionsSuffix = '.corrections.yaml'

/** A corrections file, parsed and validated. */
export interface LoadedCorrections {
  /** The file, with any messages. */
  file: VFile
  /** Id of the article it corrects (its name without `.corrections.yaml`). */
  articleId: string
  /** The YAML, to find where each correction is. */
  yaml: ParsedYaml
  /** The corrections, or `undefined` when the file has errors. */
  corrections: Corrections | undefined
}

const kinds = Object.keys(CorrectionsSchema.entries)

/**
 * Parse and validate a corrections file against `CorrectionsSchema`,
 * reporting YAML errors and invalid entries (`correction-invalid`, with the
 * closest valid key for a misspelt one) at their position. An empty file (or
 * one with comments only) corrects nothing.
 *
 * @param file
 *   The corrections file (decoded).
 * @returns
 *   The corrections.
 * @example
 *   loadCorrections(new VFile({ path: 'a.corrections.yaml', value: 'removeQuotes:\n  - text: Frieden\n' }))
 */
export function loadCorrections(file: VFile): LoadedCorrections {
  const articleId = (file.basename ?? '').slice(0, -correctionsSuffix.length)
  const yaml = parseYaml(file, String(file.value), 0, location(file).toPoint)
  if (yaml.data === undefined || file.messages.some((message) => message.fatal)) return { file, articleId, yaml, corrections: undefined }
  const result = v.safeParse(CorrectionsSchema, yaml.data ?? {})
  if (result.success) return { file, articleId, yaml, corrections: result.output }

  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((item) => item.key as PropertyKey)
    const unknownKey = issue.type === 'strict_object' && issue.input !== undefined && path.length > 0
    const key = String(path.at(-1))
    const candidates = path.length === 1 ? kinds : Object.keys(entrySchema(path[0]) ?? {})
    const suggestion = unknownKey ? closest(key, candidates) : undefined
    const reason = unknownKey
      ? `Unexpected key \`${key}\` in corrections${suggestion ? `, did you mean \`${suggestion}\`?` : `, expected one of ${candidates.map((k) => `\`${k}\``).join(', ')}`}`
      : issue.input === undefined && path.length > 0
        ? `Unexpected missing \`${key}\` in \`${path.slice(0, -1).join('.')}\`, expected it in every entry`
        : `Unexpected value for \`${path.join('.') || 'corrections'}\`: ${issue.message}`
    reportError(file, reason, 'correction-invalid', {
      place: yaml.placeOf(path, unknownKey ? 'key' : 'value'),
      actual: issue.input === undefined ? undefined : JSON.stringify(issue.input),
      expected: suggestion ? [suggestion] : undefined,
      note: 'See docs/contributing.md#4-correct-the-extraction for the keys of a corrections file.'
    })
  }
  return { file, articleId, yaml, corrections: undefined }
}

/** The keys of an entry of `kind`: of a list's items (`removeQuotes`), or of the object itself (`review`). */
function entrySchema(kind: PropertyKey | undefined): Record<string, unknown> | undefined {
  const schema = CorrectionsSchema.entries[kind as keyof Corrections] as unknown as
    | { wrapped?: { item?: { entries?: Record<string, unknown> }; entries?: Record<string, unknown> } }
    | undefined
  return schema?.wrapped?.item?.entries ?? schema?.wrapped?.entries
}

/**
 * Load every corrections file and match it to its article; a file whose
 * article does not exist is an error (`correction-orphan`).
 *
 * @param files
 *   Corrections files (`<id>.corrections.yaml`).
 * @param articleIds
 *   Stems of the article sources.
 * @returns
 *   Corrections by article id.
 */
export function loadAllCorrections(files: readonly VFile[], articleIds: ReadonlySet<string>): Map<string, LoadedCorrections> {
  const byArticle = new Map<string, LoadedCorrections>()
  for (const file of files) {
    if (file.messages.some((message) => message.fatal)) continue
    const loaded = loadCorrections(file)
    if (!articleIds.has(loaded.articleId)) {
      reportError(file, `Unexpected corrections for \`${loaded.articleId}\`, expected an article \`${loaded.articleId}.md\` next to the file`, 'correction-orphan', {
        place: { line: 1, column: 1 },
        note: 'Rename the file after the article id, or delete it with the article.'
      })
      continue
    }
    byArticle.set(loaded.articleId, loaded)
  }
  return byArticle
}
