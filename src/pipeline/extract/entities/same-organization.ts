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
  for (const [id, entity] of organizations) words.set(id, fold(entity.name).split(' ').filter(Boolean))
  const merged = new Map<string, string>()
  for (const [id, short] of words) {
    if (!isDiscovered(id) || short.length === 0) continue
    const name = organizations.get(id)!.name
    const acronym = short.length === 1 && /^\p{Lu}{2,6}$/u.test(name)
    // `D66` before `Democraten 66 (D66)`: an acronym that another organization of the article took as its alias.
    const owners = [...organizations].filter(([other, entity]) => other !== id && entity.aliases.includes(name))
    if (owners.length === 1) {
      merged.set(id, owners[0]![0])
      continue
    }
    let target: string | undefined
    let count = 0
    for (const [other, long] of words) {
      if (other === id || long.length <= short.length) continue
      if (short.every((word, k) => long[k] === word) || (acronym && long[long.length - 1] === short[0])) {
        target = other
        count++
      }
    }
    if (count === 1) merged.set(id, target!)
  }
  return merged
}
