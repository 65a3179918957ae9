import type { Entity } from '../../../schema/entity.js'
import { fold } from '../fold.js'

/**
 * The organizations of an article that are another organization of it named
 * in part (`Tutogen` and `Tutogen Medical`, `AK` and `AK
 * Vorratsdatenspeicherung`, `Max-Planck-Institut` and `Max-Planck-Institut für
 * Kernphysik`, `BKK` and `City BKK`): a discovered organization whose name is
 * the first words of exactly one other organization's longer name, or an
 * acronym that is its last word or that another took as its alias in brackets
 * (`D66` before `Democraten 66 (D66)`), is that organization. Two that share the words
 * (`IG Metall`, `IG Bau`) leave the short name alone.
 *
 * @param organizations
 *   The organizations the article mentions (discovered and known), by id.
 * @param isDiscovered
 *   Whether an id is an organization discovered in this article (only those are merged).
 * @returns
 *   The id each merged organization stands for, by its own id.
 * @example
 *   sameOrganizations(new Map([['ak', ak], ['ak-vorratsdatenspeicherung', long]]), () => true).get('ak') // => 'ak-vorratsdatenspeicherung'
 */
export function sameOrganizations(organizations: ReadonlyMap<string, Entity>, isDiscovered: (id: string) => boolean): Map<string, string> {
  const words = new Map<string, string[]>()
  // Indexes by first word, last word and alias, so an article with many names stays linear.
  const byFirst = new Map<string, string[]>()
  const byLast = new Map<string, string[]>()
  const byAlias = new Map<string, string[]>()
  const add = (index: Map<string, string[]>, key: string, id: string): void => {
    const ids = index.get(key)
    if (ids) ids.push(id)
    else index.set(key, [id])
  }
  for (const [id, entity] of organizations) {
    const folded = fold(entity.name).split(' ').filter(Boolean)
    words.set(id, folded)
    if (folded.length > 1) {
      add(byFirst, folded[0]!, id)
      add(byLast, folded[folded.length - 1]!, id)
    }
    for (const alias of new Set(entity.aliases)) add(byAlias, alias, id)
  }
  const merged = new Map<string, string>()
  for (const [id, short] of words) {
    if (!isDiscovered(id) || short.length === 0) continue
    const name = organizations.get(id)!.name
    // `D66` before `Democraten 66 (D66)`: an acronym that another organization of the article took as its alias.
    const owners = (byAlias.get(name) ?? []).filter((other) => other !== id)
    if (owners.length === 1) {
      merged.set(id, owners[0]!)
      continue
    }
    const acronym = short.length === 1 && /^\p{Lu}{2,6}$/u.test(name)
    const targets = new Set<string>()
    for (const other of byFirst.get(short[0]!) ?? []) {
      const long = words.get(other)!
      if (other !== id && long.length > short.length && short.every((word, k) => long[k] === word)) targets.add(other)
    }
    if (acronym) for (const other of byLast.get(short[0]!) ?? []) if (other !== id) targets.add(other)
    if (targets.size === 1) merged.set(id, [...targets][0]!)
  }
  return merged
}
