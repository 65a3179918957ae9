/**
 * Generate the JSON Schemas editors use to validate corpus files while they
 * are typed, from the valibot schemas (the single source of truth):
 * `corpus/schema/frontmatter.schema.json` and
 * `corpus/schema/corrections.schema.json`.
 *
 * Run `npx tsx scripts/json-schemas.ts` after changing a schema;
 * `test/scripts/json-schemas.test.ts` fails while they are out of date.
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { toJsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import { FrontmatterSchema } from '../src/schema/article.js'
import { CorrectionsSchema } from '../src/schema/correction.js'

/** Each JSON Schema file and the valibot schema it comes from. */
export const jsonSchemas: ReadonlyArray<{ path: string; title: string; schema: v.GenericSchema }> = [
  { path: 'corpus/schema/frontmatter.schema.json', title: 'Frontmatter of an article source (corpus/articles/<id>.md)', schema: FrontmatterSchema },
  { path: 'corpus/schema/corrections.schema.json', title: 'Corrections of one article (corpus/articles/<id>.corrections.yaml)', schema: CorrectionsSchema }
]

/**
 * The text of a JSON Schema file. Checks that valibot cannot express in JSON
 * Schema (real calendar dates) are left to `korpus check`.
 *
 * @param entry
 *   Which schema.
 * @returns
 *   Pretty-printed JSON with a final newline.
 */
export function jsonSchemaText(entry: (typeof jsonSchemas)[number]): string {
  const { $schema, ...schema } = toJsonSchema(entry.schema, { ignoreActions: ['check'], errorMode: 'throw', typeMode: 'input' })
  return `${JSON.stringify({ $schema, title: entry.title, ...schema }, null, 2)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of jsonSchemas) await writeFile(new URL(`../${entry.path}`, import.meta.url), jsonSchemaText(entry))
}
