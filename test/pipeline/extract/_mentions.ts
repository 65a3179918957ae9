// Shared by the entity tests: run the extractor with the real registry on own sentences and read its mentions.
import { extract } from '../../../src/pipeline/extract/index.js'
import { loadRegistryOf } from '../../../src/pipeline/extract-source.js'

const registry = await loadRegistryOf('corpus')
const entities = new Map(registry.map((entity) => [entity.id, entity]))

/** The mentions of paragraphs, with their entity's name and type (discovered entities included). */
export const mentions = (...texts: string[]) => {
  const result = extract({ articleId: 'dev', paragraphs: texts.map((text) => ({ type: 'paragraph' as const, text })) }, registry)
  for (const entity of result.discovered) entities.set(entity.id, entity)
  return result.mentions.map((mention) => ({ text: mention.text, name: entities.get(mention.entity)?.name, type: entities.get(mention.entity)?.type }))
}

/** The organization mentions of paragraphs. */
export const organizationMentions = (...texts: string[]) => mentions(...texts).filter((mention) => mention.type === 'organization')
