import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadRegistry } from '../../../src/pipeline/registry/load-registry.js'
import { decodeSource } from '../../../src/pipeline/source/read-source.js'

const fixtures = join(import.meta.dirname, 'fixtures')

async function registry(dir: string) {
  const files = await Promise.all(['persons.yaml', 'organizations.yaml'].map(async (name) => decodeSource(await readFile(join(fixtures, dir, name)), `corpus/registry/${name}`)))
  const entities = loadRegistry(files)
  const messages = files.flatMap((file) => file.messages.map((m) => `${file.basename}:${m.line}:${m.column}  ${m.fatal ? 'error' : 'warning'}  ${m.ruleId}`))
  return { entities, messages, reasons: files.flatMap((file) => file.messages.map((m) => m.reason)) }
}

describe('loadRegistry on bad input', () => {
  it('rejects an id defined twice, at the second entry, naming the first', async () => {
    const { entities, messages, reasons } = await registry('duplicate-id')
    expect(messages).toEqual(['organizations.yaml:4:7  error  registry-duplicate-id'])
    expect(reasons[0]).toContain('first at corpus/registry/persons.yaml:1:7')
    expect(entities.map((entity) => entity.id)).toEqual(['jens-stoltenberg', 'sergej-lawrow', 'nato'])
  })

  it('rejects a name or alias claimed by two entities, at the second claim (case folded)', async () => {
    const { messages, reasons } = await registry('duplicate-alias')
    expect(messages).toEqual(['persons.yaml:10:7  error  registry-duplicate-alias', 'organizations.yaml:11:7  error  registry-duplicate-alias'])
    expect(reasons[0]).toContain('`jens-stoltenberg` already claims (corpus/registry/persons.yaml:5:7)')
    expect(reasons[1]).toContain('`nato` already claims (corpus/registry/organizations.yaml:6:7)')
  })
})
