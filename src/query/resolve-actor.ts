import { type EntityId, entities as data } from '../../generated/runtime/entities.js'
import type { Entity } from '../schema/entity.js'
import { describeValue } from './describe-value.js'
import { foldName } from '../internal/fold-name.js'

/**
 * What names an actor: an entity id (autocompleted), a Wikidata id, or any
 * name or alias, matched case- and diacritics-insensitively.
 */
export type ActorQuery = EntityId | (string & Record<never, never>)

const entities = data as ReadonlyArray<Entity & { id: EntityId }>

let index: Map<string, EntityId[]> | undefined

function lookup(): Map<string, EntityId[]> {
  if (index) return index
  index = new Map()
  const add = (key: string, id: EntityId): void => {
    if (!key) return
    const ids = index!.get(key)
    if (!ids) index!.set(key, [id])
    else if (!ids.includes(id)) ids.push(id)
  }
  for (const entity of entities) {
    add(`id:${entity.id}`, entity.id)
    if (entity.wikidata) add(`id:${entity.wikidata.toLowerCase()}`, entity.id)
    for (const name of [entity.name, ...entity.aliases]) add(foldName(name), entity.id)
  }
  return index
}

/**
 * Find the entities an actor query names.
 *
 * @param actor
 *   Entity id (`'alexander-gruschko'`), Wikidata id (`'Q7184'`), or a name or
 *   alias in any case and with or without diacritics (`'Grushko'`, `'nato'`).
 * @returns
 *   Ids of the matching entities (empty when none matches).
 * @throws
 *   `TypeError` when `actor` is not a string.
 * @example
 *   resolveActor('Grushko') // => ['alexander-gruschko']
 */
export function resolveActor(actor: ActorQuery): readonly EntityId[] {
  if (typeof actor !== 'string') throw new TypeError(`Unexpected actor ${describeValue(actor)}, expected an entity id, a Wikidata id or a name (a string)`)
  const table = lookup()
  const byId = table.get(`id:${actor.trim().toLowerCase()}`)
  if (byId) return [...byId]
  return [...(table.get(foldName(actor)) ?? [])]
}
