import { fold } from '../fold.js'
import { adjectiveStem, demonymAdjectives, placeAdjectives } from '../lexicons/demonyms.js'
import type { Entity } from '../../../schema/entity.js'

/**
 * Coreference of noun phrases that stand for something named before: role
 * nouns that are a more general form of a role seen with a name
 * (`der Minister` after `Energieminister Rafael Ramirez`, `der
 * GdP-Vorsitzende` after `Vorsitzender der GdP, Konrad Freiberg`),
 * organization nouns (`der Konzern`, `die Partei`, `das Bündnis`) for the
 * nearest named organization of a compatible kind, and the agreement of an
 * origin adjective (`der brasilianische Präsident`) with the antecedent.
 */

/** Folded last word of a folded text (`aussenminister russlands` → `russlands`). */
export const lastWord = (folded: string): string => folded.slice(folded.lastIndexOf(' ') + 1)

/** Compound modifiers after which a role is not the general one (`Vizepräsident` is no `Präsident`, `Ministerpräsident` no `Präsident`). */
const narrowingModifiers = new Set(['vize', 'ex', 'minister', 'vor', 'unter', 'ehren', 'alt'])

/** Role heads that name the same office (`Gewerkschaftschef` and `Gewerkschaftsvorsitzender`); folded. */
const sameOffice: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['chef', 'vorsitzende', 'vorsitzender']),
  new Set(['chefin', 'vorsitzende']),
  new Set(['sprecher', 'pressesprecher']),
  new Set(['sprecherin', 'pressesprecherin']),
  // A head of state and a head of government by their usual names (`der Staatschef` for `Präsident X`, `der Regierungschef` for `Ministerpräsident X`).
  new Set(['staatschef', 'staatsoberhaupt', 'staatsprasident', 'prasident']),
  new Set(['staatschefin', 'staatsoberhaupt', 'staatsprasidentin', 'prasidentin']),
  new Set(['regierungschef', 'ministerprasident', 'premierminister', 'premier', 'kanzler']),
  new Set(['regierungschefin', 'ministerprasidentin', 'premierministerin', 'kanzlerin'])
]

/** Whether holder role `holder` (folded) is `wanted` or a compound ending in it that does not narrow it to another office. */
function sameOrGeneral(holder: string, wanted: string): boolean {
  if (holder === wanted) return true
  if (wanted.length < 4 || holder.length <= wanted.length || !holder.endsWith(wanted)) return false
  const modifier = holder.slice(0, -wanted.length)
  return !narrowingModifiers.has(modifier) && !modifier.endsWith('vize')
}

/**
 * Modifiers of a `-chef` compound that name a body with a chair (`Gewerkschaftschef`, `Parteichef`,
 * `GdP-Chef`): only these are a `Vorsitzender`; `Kremlchef`, `Regierungschef` or `Generalstabschef` are not.
 */
const chairedBody = /(?:gewerkschafts|partei|fraktions|verbands|vereins|ausschuss|rats|vorstands|konzern|gruppen|bank|[a-z\d] )$/u

/** `sameOrGeneral`, also across heads of the same office (`gewerkschaftschef` for `vorsitzende`). */
function ofSameOffice(holder: string, wanted: string): boolean {
  if (sameOrGeneral(holder, wanted)) return true
  for (const group of sameOffice) {
    if (!group.has(wanted)) continue
    for (const other of group) {
      if (other === wanted || !sameOrGeneral(holder, other)) continue
      if (other.startsWith('chef') && !chairedBody.test(holder.slice(0, -other.length))) continue
      return true
    }
  }
  return false
}

/**
 * Whether the role noun `wanted` of a phrase (folded: `minister`,
 * `gdp vorsitzende`: folding makes the hyphen a space) can refer to a person seen with the role `holder`
 * (folded role word: `energieminister`, `gewerkschaftschef`). The same
 * noun; a compound ending in it whose modifier does not narrow it to another
 * office (`der Minister` for `Energieminister X`, but `der Präsident` not for
 * `Vizepräsident X`); a head of the same office (`Chef`/`Vorsitzende`). A
 * hyphenated noun (`GdP-Vorsitzende`) needs its base (`Vorsitzende`) in the
 * role and its modifier (`GdP`) in the holder's role or the text around the
 * holder's mention (`context`).
 *
 * @param wanted
 *   Folded role noun of the phrase.
 * @param holder
 *   Folded role word of the person.
 * @param context
 *   Folded text around the person's mention (optional).
 * @returns
 *   `true` when the noun can name that person.
 * @example
 *   roleRefersTo('minister', 'energieminister') // => true
 *   roleRefersTo('prasident', 'vizeprasident') // => false
 */
export function roleRefersTo(wanted: string, holder: string, context = ''): boolean {
  if (wanted === holder) return true
  // Folding turns the hyphen of `GdP-Vorsitzende` into a space.
  const space = wanted.lastIndexOf(' ')
  if (space > 0) {
    const modifier = wanted.slice(0, space)
    const base = wanted.slice(space + 1)
    if (base.length < 4) return false
    return ofSameOffice(holder, base) && (containsWord(holder, modifier) || containsWord(context, modifier))
  }
  return ofSameOffice(holder, wanted)
}

/** Whether folded `text` contains `word` as a whole word or the start of one (`gdp` in `der gdp,`). */
function containsWord(text: string, word: string): boolean {
  let at = text.indexOf(word)
  while (at >= 0) {
    if (at === 0 || !/[\p{L}\d]/u.test(text[at - 1]!)) return true
    at = text.indexOf(word, at + 1)
  }
  return false
}

/** Adjectives of origin (`russische`, `amerikanischen`, `deutsche`): the stem their antecedent's context must share. */
const originAdjective = /^(?:[a-zäöüß]+isch|deutsch)(?:e|en|er|es|em)$/

/** Stems that stand for an origin besides its own letters (`amerikanisch`: `us`). */
const originAliases: ReadonlyMap<string, readonly string[]> = new Map([
  ['amer', ['us', 'usa', 'vereinigten staaten', 'washington', 'weißen haus', 'weissen haus']],
  ['russ', ['kreml', 'moskau']],
  ['brit', ['london', 'vereinigten königreich', 'vereinigten koenigreich']]
])

/**
 * Whether the adjectives of a phrase agree with an antecedent: each adjective
 * of origin (`der brasilianische Präsident`) needs its first four letters (or
 * an alias: `amerikanisch` → `US`) in the antecedent's context; other
 * adjectives do not count.
 *
 * @param adjectives
 *   The lower-case words between the article and the noun.
 * @param context
 *   Folded text around the antecedent's mention, with its role titles and name.
 * @param strict
 *   Whether an adjective of no known country needs its first five letters in the context (`venezolanische`: `venez`).
 * @returns
 *   `false` when an origin adjective finds nothing in the context.
 */
export function originAgrees(adjectives: readonly string[], context: string, strict = false): boolean {
  for (const adjective of adjectives) {
    if (!originAdjective.test(adjective)) continue
    const forms = originForms(adjective)
    // An origin of no known country is no evidence either way, unless `strict`: then its first five letters must be in the context.
    if (!forms && strict && !containsWord(context, fold(adjective).slice(0, 5))) return false
    if (!forms) continue
    if (forms.some((form) => containsWord(context, form))) continue
    return false
  }
  return true
}

/** Whether the adjectives of a phrase include one of origin of a known country (`ukrainische`). */
export function hasOrigin(adjectives: readonly string[]): boolean {
  return adjectives.some((adjective) => originAdjective.test(adjective) && adjectiveStem(adjective) !== undefined)
}

/**
 * Folded words that show an origin in a context: the adjective's stem (`polnisch`), its country (`Polens`,
 * `Polen`), the country's capital and other names (`Warschau`; `USA`, `Washington`), and for Germany the
 * federal offices (`Bundeskanzler`). `undefined` for an adjective of no known country.
 */
function originForms(adjective: string): string[] | undefined {
  const stem = adjectiveStem(adjective)
  if (!stem) return undefined
  const forms = [fold(stem)]
  const country = demonymAdjectives.get(stem)
  if (country) {
    const name = fold(country.replace(/^(?:der|des|von) /u, ''))
    forms.push(name, name.replace(/s$/u, ''))
  }
  for (const [place, of] of placeAdjectives) if (of === stem) forms.push(fold(place))
  for (const alias of originAliases.get(fold(stem).slice(0, 4)) ?? []) forms.push(fold(alias))
  if (stem === 'deutsch') forms.push('bundes')
  return forms
}


/**
 * Nouns that refer back to a named organization, with the kinds of
 * organization they can stand for: registry `kind`s, and `company`,
 * `party`, `ministry`, `union`, `court` as the name or a classifier noun
 * before a mention shows them.
 */
const organizationNounTable: ReadonlyArray<readonly [readonly string[], string]> = [
  [['company'], 'konzern unternehmen firma hersteller autobauer fluggesellschaft fluglinie airline energiekonzern gaskonzern ölkonzern rüstungskonzern staatskonzern mutterkonzern'],
  [['party'], 'partei regierungspartei oppositionspartei'],
  [['ministry'], 'ministerium'],
  [['authority', 'ministry', 'intelligence-service'], 'behörde'],
  [['union'], 'gewerkschaft'],
  [['court'], 'gericht'],
  [['alliance'], 'bündnis allianz militärbündnis verteidigungsbündnis'],
  [['international-organization', 'ngo'], 'organisation'],
  [['intelligence-service'], 'geheimdienst'],
  [['media'], 'sender fernsehsender zeitung tageszeitung blatt magazin nachrichtenmagazin'],
  // The registry's kind of news agencies is `agency`.
  [['agency', 'media'], 'agentur nachrichtenagentur']
]

export const organizationNouns: ReadonlyMap<string, readonly string[]> = new Map(
  organizationNounTable.flatMap(([kinds, words]) => words.split(' ').map((word): [string, readonly string[]] => [word, kinds]))
)

/** Kinds by a classifier noun before a mention (`der Konzern Gazprom`, `die Billigfluglinie X`), folded. */
const classifierKinds: ReadonlyMap<string, string> = new Map([
  ...[...organizationNouns].flatMap(([noun, kinds]): Array<[string, string]> => (kinds.length === 1 ? [[fold(noun), kinds[0]!]] : [])),
  ...'billigfluglinie billigfluggesellschaft autohersteller chemiekonzern pharmakonzern technologiekonzern internetkonzern mobilfunkanbieter versicherer discounter handelskonzern'.split(' ').map((noun): [string, string] => [noun, 'company'])
])

/** Name shapes that tell the kind of an organization (`Volkswagen AG`, `Arbeiterpartei`, `Finanzministerium`). */
const nameKinds: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:AG|SE|GmbH|KG|KGaA|Inc|Ltd|Corp|plc|Group|Holding|Airlines?|Motors)\.?$/u, 'company'],
  [/partei/iu, 'party'],
  [/ministerium/iu, 'ministry'],
  [/gewerkschaft/iu, 'union'],
  [/gericht(?:shof)?$/iu, 'court']
]

/**
 * The organization noun a word is (`Konzerns` → `konzern`), or `undefined`.
 *
 * @param word
 *   The word as written.
 * @returns
 *   The lower-case noun of `organizationNouns`.
 */
export function orgNounOf(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (organizationNouns.has(lower)) return lower
  const stem = lower.replace(/e?s$/u, '')
  return organizationNouns.has(stem) ? stem : undefined
}

/**
 * Whether an organization fits an organization noun: its registry kind, the
 * kind its name shows, a classifier noun seen before one of its mentions
 * (`classifiers`, folded), or the noun among its registry role nouns
 * (`Bündnis` for the NATO).
 *
 * @param noun
 *   Lower-case noun from `orgNounOf`.
 * @param entity
 *   The organization.
 * @param classifiers
 *   Folded words written right before its mentions so far.
 * @returns
 *   `true` when the noun can stand for it.
 * @example
 *   orgFits('konzern', { name: 'Volkswagen AG', kind: null, roles: [] }, []) // => true
 */
export function orgFits(noun: string, entity: Pick<Entity, 'name' | 'kind' | 'roles'>, classifiers: readonly string[]): boolean {
  const kinds = organizationNouns.get(noun) ?? []
  if (entity.kind && kinds.includes(entity.kind)) return true
  if (nameKinds.some(([shape, kind]) => kinds.includes(kind) && shape.test(entity.name))) return true
  if (classifiers.some((word) => kinds.includes(classifierKinds.get(word) ?? ''))) return true
  const folded = fold(noun)
  return entity.roles.some((role) => (role.nouns ?? []).some((other) => lastWord(fold(other)) === folded))
}

/** First names of women that do not end like one (`-a`, `-e`, `-y`, `-ie`); lower case. */
export const femaleNamesOtherwise: ReadonlySet<string> = new Set([
  'ingrid', 'karin', 'doris', 'kathrin', 'katrin', 'gudrun', 'sigrid', 'ruth', 'elisabeth', 'margit', 'birgit', 'astrid', 'heidrun',
  'iris', 'carmen', 'miriam', 'esther', 'judith', 'agnes', 'beatrix', 'christin', 'kerstin', 'karen', 'ellen', 'helen', 'marion',
  'gülsen', 'aylin', 'yasemin', 'elif', 'meryem', 'hatice', 'ayşe', 'sarah', 'hannah', 'rachel', 'ann', 'kathleen', 'caroline',
  'jacqueline', 'madeleine', 'christiane', 'ilse', 'gertrud', 'waltraud', 'irmgard', 'edith', 'sigrun', 'gun', 'ewelina', 'agnieszka',
  'maryam', 'shirin', 'nasrin', 'leyla', 'ivet', 'ingeborg', 'hildegard', 'liesbeth', 'mechthild', 'rosemarie', 'annegret', 'ulrike',
  'dagmar', 'renate', 'heike', 'silke', 'anke', 'elke', 'frauke', 'meike', 'wiebke', 'sabine', 'jutta', 'britt', 'carol', 'janet',
  'margaret', 'elizabeth', 'mary', 'catherine', 'ruth', 'alison', 'karin', 'lisbeth', 'irén', 'marit', 'tuulikki', 'kristin', 'kirsten'
])

/**
 * Folded text of a paragraph within `radius` characters around `[start, end)`:
 * what a modifier or an origin adjective of a later phrase is checked against.
 *
 * @param info
 *   The paragraph (its `text`).
 * @param start
 *   Start offset of the mention.
 * @param end
 *   End offset of the mention.
 * @param radius
 *   Characters on each side (default 60).
 * @returns
 *   The folded text.
 */
export function contextAround(info: { readonly text: string }, start: number, end: number, radius = 60): string {
  return fold(info.text.slice(Math.max(0, start - radius), Math.min(info.text.length, end + radius)))
}
