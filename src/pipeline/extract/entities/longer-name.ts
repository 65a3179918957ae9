import { adjectiveStem, placeAdjectives } from '../lexicons/demonyms.js'
import { firstNames } from '../lexicons/first-names.js'
import { isClassifierNoun } from '../lexicons/classifier-nouns.js'
import { englishOrgHeads } from '../lexicons/org-shapes.js'
import { isRoleNoun } from '../lexicons/role-nouns.js'
import { stopwords } from '../lexicons/stopwords.js'
import type { Part } from '../tokens.js'

/** Adjective suffixes with an inflection ending (`Nationale`, `Demokratischen`, `Obersten`, `Föderalen`). */
const adjectiveShape = /(?:isch|al|ell|lich|ig|iv|är|ös|oberst|vereinigt)(?:e|en|er|es|em)$/u
/** Kinds of organization that a place after them makes another one (`Demokratische Partei Serbiens`). */
const placeBoundKinds = new Set(['party', 'government'])

const countryCache = new WeakMap<object, ReadonlySet<string>>()
const none: ReadonlySet<string> = new Set()

/**
 * The nationality stems that an entity's aliases start with (`deutsch` for
 * `deutsche Luftwaffe`), memoized per entity.
 *
 * @param entity
 *   A registry or gazetteer entity, or `undefined`.
 * @returns
 *   The stems (empty when no alias starts with a nationality adjective).
 * @example
 *   aliasCountries({ aliases: ['deutsche Luftwaffe'] }) // => Set {'deutsch'}
 */
export function aliasCountries(entity: { readonly aliases: readonly string[] } | undefined): ReadonlySet<string> {
  if (!entity) return none
  let stems = countryCache.get(entity)
  if (!stems) {
    const found = new Set<string>()
    for (const alias of entity.aliases) {
      const space = alias.indexOf(' ')
      if (space < 0 || !/^\p{Ll}/u.test(alias)) continue
      const stem = adjectiveStem(alias.slice(0, space))
      if (stem !== undefined) found.add(stem)
    }
    stems = found.size > 0 ? found : none
    countryCache.set(entity, stems)
  }
  return stems
}

function spaced(text: string, a: Part, b: Part): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))
}

/** Whether the part at `index` starts a sentence: nothing but opening marks or spaces since a full stop, a colon, a dash or the paragraph start. */
function startsSentence(text: string, part: Part): boolean {
  let k = part.start - 1
  while (k >= 0 && ' \t\u00a0„"»«‚'.includes(text[k]!)) k--
  return k < 0 || '.!?:;–—-'.includes(text[k]!)
}

/**
 * Whether a registry or gazetteer organization matched at parts `[first,
 * last]` is only part of a longer name, so the match names another
 * organization: a capitalized adjective right before it inside a sentence
 * (`der Nationale Sicherheitsrat`, `des Deutschen Roten Kreuzes`) — a
 * nationality adjective (`Deutschen`) or a word of an adjective's shape
 * (`-isch`, `-al`, `-lich`, `-ig` … with an ending) that is no role noun,
 * classifier noun or first name (`dem Energieriesen Gazprom` is a noun before
 * the name) — or, for a party or a
 * government, the genitive of a place right after it (`der Demokratischen
 * Partei Serbiens`); a company before a model number is a product (`eine
 * Boeing 747`, `der Airbus A380`). A name the registry knows as a whole is matched as a
 * whole before this is asked.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by other names.
 * @param first
 *   First part of the match.
 * @param last
 *   Last part of the match.
 * @param kind
 *   The matched organization's kind, when known.
 * @param isPlace
 *   Whether a word (folded case) is a known place.
 * @param countries
 *   Nationality stems of the entity's aliases (`deutsch` for `deutsche
 *   Luftwaffe`); another nationality adjective or another country's city
 *   adjective before the match is another country's organization (`der
 *   Berliner Senat`; default: none).
 * @returns
 *   Whether to drop the match.
 * @example
 *   insideLongerName('Der Nationale Sicherheitsrat tagte.', parts, new Set(), 2, 2, 'international', isPlace) // => true
 */
export function insideLongerName(
  text: string,
  parts: readonly Part[],
  covered: ReadonlySet<number>,
  first: number,
  last: number,
  kind: string | null | undefined,
  isPlace: (word: string) => boolean,
  countries: ReadonlySet<string> = new Set()
): boolean {
  const before = parts[first - 1]
  // `die ukrainische Luftwaffe` is not the entity whose aliases say it is German (`deutsche Luftwaffe`).
  if (before && countries.size > 0 && !before.upper && spaced(text, before, parts[first]!)) {
    const stem = adjectiveStem(before.lower)
    if (stem !== undefined && !countries.has(stem)) return true
  }
  // `der Berliner Senat` is not the entity whose aliases say it is American (`amerikanische Senat`): a city's adjective of another country, or of a place the lexicon gives no country.
  if (before && countries.size > 0 && before.upper && !before.hyphenAfter && before.lower.endsWith('er') && spaced(text, before, parts[first]!)) {
    const city = before.text.slice(0, -2)
    const stem = placeAdjectives.get(city.toLowerCase())
    if (stem !== undefined ? !countries.has(stem) : isPlace(city)) return true
  }
  if (before && !covered.has(first - 1) && before.upper && !before.allCaps && !before.hyphenAfter && spaced(text, before, parts[first]!) && !startsSentence(text, before)) {
    const word = before.text
    const adjective = adjectiveStem(before.lower) !== undefined || adjectiveShape.test(before.lower)
    if (adjective && !stopwords.has(before.lower) && !isRoleNoun(word) && !isClassifierNoun(word) && !firstNames.has(before.lower)) return true
  }
  const after = parts[last + 1]
  // `eine Boeing 747`, `der Airbus A380`: a model of the company's, a product.
  if (kind === 'company' && after && spaced(text, parts[last]!, after) && /^\p{Lu}{0,2}\d/u.test(after.text)) return true
  if (kind && placeBoundKinds.has(kind) && after && after.upper && !after.hyphenAfter && spaced(text, parts[last]!, after) && after.lower.endsWith('s') && isPlace(after.text.slice(0, -1))) return true
  return false
}

/**
 * Whether an organization matched at parts `[first, last]` is one English
 * head word (`Times`, `Post`, `Group`) that capitalized words inside a
 * sentence precede (`die Los Angeles Times`): the head of a longer English
 * name, which `discover` then reads whole; not the registry's `The Times`.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by other names.
 * @param first
 *   First part of the match.
 * @param last
 *   Last part of the match.
 * @returns
 *   Whether to drop the match.
 * @example
 *   englishNameBefore('Die Los Angeles Times schrieb.', parts, new Set(), 3, 3) // => true
 */
export function englishNameBefore(text: string, parts: readonly Part[], covered: ReadonlySet<number>, first: number, last: number): boolean {
  if (first !== last || !englishOrgHeads.has(parts[first]!.lower) || parts[first]!.hyphenBefore || parts[first]!.hyphenAfter) return false
  const before = parts[first - 1]
  if (!before || covered.has(first - 1) || !before.upper || before.hyphenAfter || !spaced(text, before, parts[first]!)) return false
  if (stopwords.has(before.lower) || isRoleNoun(before.text) || isClassifierNoun(before.text) || startsSentence(text, before)) return false
  return true
}
