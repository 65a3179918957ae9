import { type EntityId, entities as data } from '../../generated/runtime/entities.js'
import type { CorpusEntity } from './corpus-types.js'

const all = data as readonly CorpusEntity[]

/** Every entity of the corpus (registry entries, then provisional ones), sorted by id within each. */
export const entities: readonly CorpusEntity[] = all

let byId: Map<string, CorpusEntity> | undefined

/**
 * One entity by id. The id is typed: an unknown id is a compile error.
 *
 * @param id
 *   Entity id (`'jens-stoltenberg'`).
 * @returns
 *   The entity (`undefined` only when called with an id from untyped code).
 * @example
 *   getEntity('jens-stoltenberg').wikidata
 */
export function getEntity(id: EntityId): CorpusEntity {
  byId ??= new Map(all.map((entity) => [entity.id, entity]))
  return byId.get(id)!
}
