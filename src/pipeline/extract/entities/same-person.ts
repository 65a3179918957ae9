import type { Entity } from '../../../schema/entity.js'
import { fold } from '../fold.js'

/** Particles between the surnames of a person (`Lula da Silva`). */
const particles = new Set(['da', 'de', 'do', 'dos', 'das', 'y'])

/** Whether a folded word stands right before a particle in a name's words (`lula` in `lula da silva`). */
function beforeParticle(words: readonly string[], word: string): boolean {
  for (let k = 0; k + 2 < words.length; k++) if (words[k] === word && particles.has(words[k + 1]!)) return true
  return false
}

/**
 * The persons of an article that are another person of it named in part
 * (`Rice` after `Condoleezza Rice`, `Van Basten` and `Marco van Basten`,
 * `Lula da Silva` and `Luiz Inácio Lula da Silva`, `Lula` and `Lula da
 * Silva`): a discovered person whose name is the last words of exactly one
 * other person's longer name, or one word right before a particle in it, is
 * that person. Two persons who share the words (`Sarah Koch`, `Sascha Koch`) leave
 * the short name alone.
 *
 * @param persons
 *   The persons the article mentions (discovered and known), by id.
 * @param isDiscovered
 *   Whether an id is a person discovered in this article (only those are merged).
 * @returns
 *   The id each merged person stands for, by its own id.
 * @example
 *   samePersons(new Map([['rice', rice], ['condoleezza-rice', condoleezza]]), (id) => true).get('rice') // => 'condoleezza-rice'
 */
export function samePersons(persons: ReadonlyMap<string, Entity>, isDiscovered: (id: string) => boolean): Map<string, string> {
  const words = new Map<string, string[]>()
  for (const [id, entity] of persons) words.set(id, fold(entity.name).split(' ').filter(Boolean))
  const merged = new Map<string, string>()
  for (const [id, short] of words) {
    if (!isDiscovered(id) || short.length === 0) continue
    let target: string | undefined
    let count = 0
    for (const [other, long] of words) {
      if (other === id || long.length <= short.length) continue
      if (short.every((word, k) => long[long.length - short.length + k] === word) || (short.length === 1 && beforeParticle(long, short[0]!))) {
        target = other
        count++
      }
    }
    if (count === 1) merged.set(id, target!)
  }
  return merged
}
