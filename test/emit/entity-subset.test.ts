import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { loadRegistry } from '../../src/pipeline/registry/load-registry.js'
import { articles, entities, getEntity, quotes } from '../../src/index.js'
import { readData, readLines } from './read-data.js'

// The runtime and `entities.jsonl` hold exactly the entities the articles
// reference; `registry.jsonl` holds the whole registry.

const registryDir = join(import.meta.dirname, '../../corpus/registry')
const registry = loadRegistry(readdirSync(registryDir).filter((name) => name.endsWith('.yaml')).sort().map((name) => new VFile({ path: join(registryDir, name), value: readFileSync(join(registryDir, name), 'utf8') })))

/** Every entity id an article mentions, or a quote names as speaker or relay. */
const referenced = new Set([
  ...articles.flatMap((article) => article.mentions.map((mention) => mention.entity)),
  ...quotes.flatMap((quote) => [quote.speaker, quote.via].filter((id) => id !== null))
])

describe('entities', () => {
  it('ships exactly the referenced entities, each resolvable with getEntity', () => {
    expect(referenced.size).toBeGreaterThan(20)
    expect(new Set(entities.map((entity) => entity.id))).toEqual(referenced)
    for (const id of referenced) expect(getEntity(id).id).toBe(id)
    // Fewer than the registry holds: the unreferenced entries stay out of the runtime.
    expect(entities.filter((entity) => !entity.provisional).length).toBeLessThan(registry.length)
  })

  it('keeps article.entityIds to the referenced ids, relays included', () => {
    for (const article of articles) {
      const ids = new Set([...article.mentions.map((mention) => mention.entity), ...article.quotes.flatMap((quote) => [quote.speaker, quote.via].filter((id) => id !== null))])
      expect(article.entityIds).toEqual([...ids].sort())
    }
  })

  it('writes entities.jsonl as the runtime holds it, and the whole registry to registry.jsonl', () => {
    expect(readLines('entities.jsonl')).toEqual(entities.map((entity) => ({ ...entity })))
    const lines = readLines('registry.jsonl')
    expect(lines.map((entity) => entity.id)).toEqual(registry.map((entity) => entity.id).sort())
    const byId = new Map(lines.map((entity) => [entity.id, entity]))
    for (const entity of entities.filter((item) => !item.provisional)) expect(byId.get(entity.id)).toEqual({ ...entity })
    const datapackage = JSON.parse(readData('datapackage.json')) as { resources: Array<{ name: string; path: string }> }
    expect(datapackage.resources.find((resource) => resource.name === 'registry')?.path).toBe('registry.jsonl')
    expect(readData('SHA256SUMS')).toMatch(/^[0-9a-f]{64} {2}registry\.jsonl$/m)
  })
})
