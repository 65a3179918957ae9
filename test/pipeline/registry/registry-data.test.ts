import { describe, expect, it } from 'vitest'
import { loadRegistryOf } from '../../../src/pipeline/extract-source.js'
import { isClassifierNoun } from '../../../src/pipeline/extract/lexicons/classifier-nouns.js'

const registry = await loadRegistryOf('corpus')

describe('registry data', () => {
  it('has Wikidata ids of the form Q<number>, each used by one entity only', () => {
    const ids = registry.map((entity) => entity.wikidata).filter((id): id is string => id !== null)
    expect(ids.length).toBeGreaterThan(150)
    expect(ids.filter((id) => !/^Q[1-9]\d*$/.test(id))).toEqual([])
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
  })
  it('has no alias that starts with a common noun before the name (`Nachrichtenagentur AFP`)', () => {
    const bad = registry.flatMap((entity) => entity.aliases.filter((alias) => alias.includes(' ') && isClassifierNoun(alias.split(' ')[0]!)).map((alias) => `${entity.id}: ${alias}`))
    expect(bad).toEqual([])
  })
})
