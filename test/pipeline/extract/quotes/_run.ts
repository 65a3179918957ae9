// Shared by the quote sieve tests: a small registry and helpers that run the extractor on own sentences.
import type { Paragraph } from '../../../../src/schema/article.js'
import type { Entity } from '../../../../src/schema/entity.js'
import { extract } from '../../../../src/pipeline/extract/index.js'

const entity = (id: string, type: Entity['type'], name: string, aliases: string[] = [], roles: Entity['roles'] = []): Entity => ({
  id, type, name, wikidata: null, aliases, roles, kind: null, provisional: false
})

/** A registry of a few persons, organizations and places. */
export const registry: Entity[] = [
  entity('jens-stoltenberg', 'person', 'Jens Stoltenberg', [], [{ title: 'Nato-Generalsekretär', nouns: ['Generalsekretär', 'Norweger'], from: null, to: null }]),
  entity('sergej-lawrow', 'person', 'Sergej Lawrow', ['Lawrow'], [{ title: 'Außenminister Russlands', nouns: ['Außenminister'], from: null, to: null }]),
  entity('wladimir-putin', 'person', 'Wladimir Putin', ['Putin']),
  entity('annalena-baerbock', 'person', 'Annalena Baerbock', ['Baerbock'], [{ title: 'Außenministerin', nouns: ['Außenministerin'], from: null, to: null }]),
  entity('maria-sacharowa', 'person', 'Maria Sacharowa', ['Sacharowa'], [{ title: 'Sprecherin des russischen Außenministeriums', nouns: ['Sprecherin'], from: null, to: null }]),
  entity('nato', 'organization', 'NATO', ['Nato']),
  entity('kreml', 'organization', 'Kreml'),
  entity('russland', 'place', 'Russland'),
  entity('moskau', 'place', 'Moskau'),
  entity('ukraine', 'place', 'Ukraine')
]

const blocks = (items: ReadonlyArray<string | Paragraph>): Paragraph[] => items.map((item) => (typeof item === 'string' ? { type: 'paragraph' as const, text: item } : item))

/** Run the extractor on paragraphs (strings are body paragraphs). */
export const run = (...items: Array<string | Paragraph>) => extract({ articleId: 'test', paragraphs: blocks(items) }, registry)

/** The quotes of paragraphs, reduced to what the tests compare. */
export const quotes = (...items: Array<string | Paragraph>) =>
  run(...items).quotes.map(({ text, speaker, kind, attribution, description }) => ({ text, speaker, kind, attribution, description }))
