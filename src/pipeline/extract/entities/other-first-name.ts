import type { Entity } from '../../../schema/entity.js'
import { fold } from '../fold.js'
import { isClassifierNoun } from '../lexicons/classifier-nouns.js'
import { isGivenName } from '../lexicons/given-names.js'
import { demonymNouns, isRoleNoun } from '../lexicons/role-nouns.js'
import { stopwords } from '../lexicons/stopwords.js'
import type { Part } from '../tokens.js'

/** The start of a first name for comparing spellings (`Sergei`/`Sergej`, `Wolodymyr`/`Volodymyr` agree). */
function stem(name: string): string {
  return fold(name).replace(/v/g, 'w').replace(/y/g, 'j').slice(0, 3)
}

/** The first two letters of a stem, without a `j` before a vowel (`jew`/`ew` → `ew`). */
function loose(stem: string): string {
  return stem.replace(/^j(?=[aeiouäöü])/u, '').slice(0, 2)
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
 * Whether a capitalized word can be a first name that no list knows
 * (`Zinowij`, `Ostap`): one word of letters in the shape of a name, at least
 * three long, and no common noun, role noun, nationality noun, classifier
 * noun or stopword (`Boxweltmeister`, `Auch` are none).
 */
function unknownFirstName(part: Part, isNoun: (word: string) => boolean): boolean {
  return /^\p{Lu}\p{Ll}{2,11}$/u.test(part.text) && !stopwords.has(part.lower) && !isNoun(part.text) && !isRoleNoun(part.text) && !demonymNouns.has(part.lower) && !isClassifierNoun(part.text)
}

/**
 * Whether a registry person's name matched at parts `[first, last]` (a
 * surname: `Medvedev`, `Schröder`) follows another person's first name
 * (`Daniil Medvedev`, `Kristina Schröder`, `Jose Luis Guterres`), so the text
 * names someone else of that surname: the word before it is not taken, agrees
 * with none of the entity's first names (spelling variants agree: `Sergei
 * Lawrow` is `Sergej Lawrow`), and is a known first name (`given`) or a
 * word that can be one no list knows (`unknown`: `Zinowij Klitschko` is not
 * `Vitali Klitschko`). An entity known by one name only is never questioned.
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
 * @param isNoun
 *   Whether a capitalized word is a known common noun (default: none is).
 * @returns
 *   `given` or `unknown` to drop the match, so the whole name becomes a
 *   person of its own (an `unknown` first name no other rule reads), or
 *   `undefined` to keep it.
 * @example
 *   otherFirstName('Daniil Medvedev gewann.', parts, new Set(), 1, medwedew) // => 'given'
 */
export function otherFirstName(text: string, parts: readonly Part[], covered: ReadonlySet<number>, first: number, entity: Entity, isNoun: (word: string) => boolean = () => false): 'given' | 'unknown' | undefined {
  const before = parts[first - 1]
  if (!before || covered.has(first - 1) || !before.upper || before.allCaps || before.hyphenAfter || !/^[ \t\u00a0]+$/u.test(text.slice(before.end, parts[first]!.start))) return undefined
  const stems = firstNameStems(entity)
  if (stems.size === 0 || stems.has(stem(before.text))) return undefined
  if (isGivenName(before.lower)) return 'given'
  // A spelling no list knows may be a transliteration of the entity's own first name (`Evgeni`, `Jewgeni`): its first two letters then agree.
  if (before.hyphenBefore || !unknownFirstName(before, isNoun) || [...stems].some((known) => loose(known) === loose(stem(before.text)))) return undefined
  return 'unknown'
}
