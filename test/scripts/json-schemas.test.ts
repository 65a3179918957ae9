import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { jsonSchemaText, jsonSchemas } from '../../scripts/json-schemas.js'
import { FrontmatterSchema } from '../../src/schema/article.js'

const root = join(import.meta.dirname, '../..')

describe('JSON Schemas for editors', () => {
  it.each(jsonSchemas.map((entry) => [entry.path, entry] as const))('keeps %s in step with its valibot schema (run `npx tsx scripts/json-schemas.ts`)', async (path, entry) => {
    expect(await readFile(join(root, path), 'utf8')).toBe(jsonSchemaText(entry))
  })

  it('lists every frontmatter key, all required, no others allowed', async () => {
    const schema = JSON.parse(await readFile(join(root, 'corpus/schema/frontmatter.schema.json'), 'utf8'))
    const keys = Object.keys(FrontmatterSchema.entries)
    expect(Object.keys(schema.properties)).toEqual(keys)
    expect(schema.required).toEqual(keys)
    expect(schema.additionalProperties).toBe(false)
  })

  it('is where the comment written by `korpus import` and .vscode/settings.json point', async () => {
    const { schemaComment } = await import('../../src/pipeline/import/to-source.js')
    const target = schemaComment.split('$schema=')[1]!
    expect(existsSync(join(root, 'corpus/articles', target))).toBe(true)
    const settings = JSON.parse(await readFile(join(root, '.vscode/settings.json'), 'utf8'))
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(root, schema))).toBe(true)
  })
})
