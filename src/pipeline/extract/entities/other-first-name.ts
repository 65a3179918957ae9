import type { Entity } from '../../../schema/entity.js'
import { fold } from '../fold.js'
import { isGivenName } from '../lexicons/given-names.js'
import type { Part } from '../tokens.js'

/** The start of a first name for comparing spellings (`Sergei`/`Sergej`, `Wolodymyr`/`Volodymyr` agree). */
function stem(name: string): string {
  return fold(name).replace(/v/g, 'w').replace(/y/g, 'j').slice(0, 3)
}

const stemCache = new WeakMap<object, ReadonlySet<string>>()

/** The stems of the first words of an entity's names of two or more words (`Dmitri Medwedew` → `dmi`). */
function firstNameStems(entity: Entity): ReadonlySet<string> {
  let stems = stemCache.get(entity)
  if (!stems) {
    const found = new Set<string>()
    for (const name of [entity.name, ...entity.aliases]) {
      const space = name.indexOf(' ')
      if (space > 0 && /^\p{Lu}/u.test(name)) found.add(stem(name.slice(0, space)))
    }
    stems = found
    stemCache.set(entity, stems)
  }
  return stems
}

/**
 * Whether a registry person's name matched at parts `[first, last]` (a
 * surname: `Medvedev`, `Schröder`) follows another person's first name
 * (`Daniil Medvedev`, `Kristina Schröder`, `Jose Luis Guterres`), so the text
 * names someone else of that surname: the first name before it is known, not
 * taken, and agrees with none of the entity's first names (spelling variants
 * agree: `Sergei Lawrow` is `Sergej Lawrow`). An entity known by one name only
 * is never questioned.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken.
 * @param first
 *   First part of the match.
 * @param entity
 *   The matched person.
 * @returns
 *   Whether to drop the match, so the whole name becomes a person of its own.
 * @example
 *   otherFirstName('Daniil Medvedev gewann.', parts, new Set(), 1, medwedew) // => true
 */
export function otherFirstName(text: string, parts: readonly Part[], covered: ReadonlySet<number>, first: number, entity: Entity): boolean {
  const before = parts[first - 1]
  if (!before || covered.has(first - 1) || !before.upper || before.allCaps || before.hyphenAfter || !/^[ \t\u00a0]+$/u.test(text.slice(before.end, parts[first]!.start))) return false
  if (!isGivenName(before.lower)) return false
  const stems = firstNameStems(entity)
  return stems.size > 0 && !stems.has(stem(before.text))
}
