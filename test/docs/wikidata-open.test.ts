import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { entities } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')

it('lists in docs/data-model.md exactly the referenced entities that have no Wikidata id', async () => {
  const docs = await readFile(join(root, 'docs/data-model.md'), 'utf8')
  const block = docs.slice(docs.indexOf('<!-- wikidata-open:start -->'), docs.indexOf('<!-- wikidata-open:end -->'))
  const listed = [...block.matchAll(/^- `([a-z0-9-]+)`$/gm)].map((match) => match[1])
  const open = entities.filter((entity) => entity.wikidata === null && !entity.provisional).map((entity) => entity.id as string)
  expect(listed).toEqual(open)
  expect(docs).toMatch(new RegExp(`The ${open.length} referenced entities still without an id`))
})
