import { catalog as data } from '../../generated/runtime/catalog.js'
import type { ArticleMeta } from './corpus-types.js'
import { type ActorQuery, resolveActor } from './resolve-actor.js'

const catalog = data as readonly ArticleMeta[]

let index: Map<string, ArticleMeta[]> | undefined

/**
 * The articles that mention or quote an actor, in corpus order (by date, then id).
 *
 * @param actor
 *   Entity id, Wikidata id, or any name or alias (case- and
 *   diacritics-insensitive): `'alexander-gruschko'`, `'Q7184'`, `'Grushko'`.
 * @returns
 *   Article metadata; empty for an unknown actor.
 * @throws
 *   `TypeError` when `actor` is not a string.
 * @example
 *   byActor('Gruschko').length // => 3
 */
export function byActor(actor: ActorQuery): readonly ArticleMeta[] {
  const ids = resolveActor(actor)
  if (ids.length === 0) return []
  if (!index) {
    index = new Map()
    for (const article of catalog) {
      for (const id of article.entityIds) {
        const list = index.get(id)
        if (list) list.push(article)
        else index.set(id, [article])
      }
    }
  }
  if (ids.length === 1) return [...(index.get(ids[0]!) ?? [])]
  const found = new Set(ids.flatMap((id) => index!.get(id) ?? []))
  return catalog.filter((article) => found.has(article))
}
