import type { Genre, Paragraph } from '../../schema/article.js'
import type { Entity } from '../../schema/entity.js'
import type { Mention } from '../../schema/mention.js'
import type { AttributedQuote as Quote } from '../../schema/quote.js'
import { byId } from '../compare-ids.js'
import type { Registry } from '../registry/registry.js'
import { adjectiveNames } from './entities/adjective-names.js'
import { compoundOrganizations } from './entities/compounds.js'
import { creditRanges } from './entities/credits.js'
import { discover, type Discovery, thingAcronyms } from './entities/discover.js'
import { isCommonNounOutlet, outletMeant } from './entities/media-context.js'
import { aliasCountries, englishNameBefore, insideLongerName } from './entities/longer-name.js'
import { outletNames, quotedOutlets, webOutlets } from './entities/outlet-names.js'
import { mentionFirst } from './entities/mention-bounds.js'
import { genitiveNames } from './entities/genitive-names.js'
import { nationalBodies } from './entities/national-bodies.js'
import { sameOrganizations } from './entities/same-organization.js'
import { seatNames } from './entities/seat-names.js'
import { otherFirstName } from './entities/other-first-name.js'
import { firstNamePlace } from './entities/first-name-place.js'
import { compassDirection } from './entities/directions.js'
import { productReading } from './entities/products.js'
import { samePersons } from './entities/same-person.js'
import { isClassifierNoun } from './lexicons/classifier-nouns.js'
import { buildNameIndex, matchNames, type NameIndex } from './entities/registry-matcher.js'
import { roleBefore } from './entities/roles.js'
import { fold, slug } from './fold.js'
import { gazetteer } from './lexicons/gazetteer.js'
import { findQuoteMarks } from './normalize-quotes.js'
import type { ArticleInfo, EntityLookup, ParagraphInfo, PartMention } from './quotes/context.js'
import { attributeQuotes, type QuoteExplanation } from './quotes/attribute.js'
import { speakerNames } from './quotes/speaker-names.js'
import { labelName } from './quotes/labels.js'
import { isCommonNoun } from './lexicons/common-nouns.js'
import { isGivenName } from './lexicons/given-names.js'
import { splitSentences } from './sentences.js'
import { tokenize, type Part } from './tokens.js'

/** What the extractor reads: an article's id and its plain-text blocks. */
export interface ExtractInput {
  articleId: string
  paragraphs: readonly Paragraph[]
  /** The article's genre, when its frontmatter gives one: `interview` lets the dialogue pass trust the question-and-answer structure. */
  genre?: Genre
}

/** What the extractor finds in one article. */
export interface Extraction {
  /** Mentions in text order; `entity` is a registry id or a discovered entity's id. */
  mentions: Mention[]
  /** Quotes in text order; ids are assigned by the build. */
  quotes: Omit<Quote, 'id'>[]
  /** Provisional entities (`provisional: true`), sorted by id. */
  discovered: Entity[]
  /** With `explain`: why each quote was attributed, in the order of `quotes`. */
  explanations?: QuoteExplanation[]
}

interface Known {
  index: NameIndex
  known: Map<string, Entity>
  /** Ids of the registry's entities. */
  registryIds: ReadonlySet<string>
  /** Registry and gazetteer entities by folded name and alias (registry first). */
  byName: Map<string, Entity>
}

const gazetteerCache = new WeakMap<Registry, Known>()

function knownEntities(registry: Registry): Known {
  const cached = gazetteerCache.get(registry)
  if (cached) return cached
  const names = new Set<string>()
  const registryIds: ReadonlySet<string> = new Set(registry.map((entity) => entity.id))
  // Registry ids and the ids given to gazetteer entries so far.
  const ids = new Set(registryIds)
  for (const entity of registry) for (const name of [entity.name, ...entity.aliases]) names.add(fold(name))
  const known = new Map<string, Entity>()
  for (const entity of registry) known.set(entity.id, entity)
  const extra: Entity[] = []
  const extended = new Map<string, Entity>()
  const byName = new Map<string, Entity>()
  for (const entity of registry) for (const name of [entity.name, ...entity.aliases]) byName.set(fold(name), entity)
  for (const entry of gazetteer) {
    const all = [entry.name, ...(entry.aliases ?? [])]
    const owner = all.map((name) => byName.get(fold(name))).find((entity) => entity && entity.type === entry.type)
    if (owner) {
      // The registry lists it: its other names from the gazetteer find the registry entity too.
      const more = all.filter((name) => !names.has(fold(name)))
      const base = extended.get(owner.id) ?? owner
      if (more.length > 0) extended.set(owner.id, { ...base, aliases: [...base.aliases, ...more] })
      continue
    }
    if (all.some((name) => names.has(fold(name)))) continue
    let id = slug(entry.name)
    while (ids.has(id)) id = `${id}-x`
    ids.add(id)
    const entity: Entity = { id, type: entry.type, name: entry.name, wikidata: null, aliases: [...(entry.aliases ?? [])], roles: [], kind: entry.kind, provisional: true }
    extra.push(entity)
    known.set(id, entity)
  }
  for (const entity of extra) for (const name of [entity.name, ...entity.aliases]) if (!byName.has(fold(name))) byName.set(fold(name), entity)
  const result = { index: buildNameIndex([...registry.map((entity) => extended.get(entity.id) ?? entity), ...extra]), known, registryIds, byName }
  gazetteerCache.set(registry, result)
  return result
}

/** Whether the text from `start` to `end` is exactly the content of a pair of quotation marks. */
function fillsQuotation(text: string, start: number, end: number): boolean {
  return start > 0 && /[„"»«‚]/u.test(text[start - 1]!) && /[“"«»‘”]/u.test(text[end] ?? '')
}

/** A word in capitals that is no acronym but a name with an article (`LINKE`, `LINKEN` → `Die Linke`): its forms with the article, for the lookup of a discovered name. */
function capitalsWord(name: string): string[] {
  if (!/^\p{Lu}{4,}$/u.test(name)) return []
  const stems = name.endsWith('N') ? [name, name.slice(0, -1)] : [name]
  return stems.flatMap((stem) => ['Die', 'Der', 'Das'].map((article) => `${article} ${stem}`))
}

/**
 * Extract entity mentions and attributed quotes from an article.
 *
 * Names come from the registry (inflected, hyphenated, case and
 * transliteration variants), from a built-in gazetteer of places and
 * organizations, and from rules (first name + surname, role noun + name,
 * organization shapes); quotes from quotation marks, cue verbs, source
 * phrases and Konjunktiv continuations. Linear in the length of the text.
 *
 * @param input
 *   Article id and paragraphs.
 * @param registry
 *   The entity registry.
 * @returns
 *   Mentions, quotes and provisional entities.
 * @example
 *   extract({articleId: 'a', paragraphs: [{type: 'paragraph', text: '„Ja“, sagte Lawrow.'}]}, registry).quotes[0].kind // => 'direct'
 */
export function extract(input: ExtractInput, registry: Registry, options: { explain?: boolean } = {}): Extraction {
  const { index, known, registryIds, byName } = knownEntities(registry)
  const texts = input.paragraphs.map((paragraph) => paragraph.text)
  const partsByParagraph = texts.map(tokenize)
  const covered = texts.map(() => new Set<number>())
  const discovered = new Map<string, Entity>()
  /** Matched names; `phraseFirst` is the classifier noun before the name (`Nachrichtenagentur` in `Nachrichtenagentur AFP`): part of the noun phrase that quote attribution reads, never of the mention. */
  const raw: Array<Array<{ first: number; last: number; entity: string; type: Entity['type']; phraseFirst?: number }>> = texts.map(() => [])

  const isPlaceName = (word: string): boolean => byName.get(fold(word))?.type === 'place'
  const countriesOf = (id: string): ReadonlySet<string> => aliasCountries(known.get(id))
  const compoundNames = {
    fold,
    isName: (folded: string) => byName.has(folded),
    isKnown: (folded: string) => {
      const type = byName.get(folded)?.type
      return type === 'organization' || type === 'place'
    }
  }
  const compounds: Discovery[][] = texts.map((text, p) => {
    const parts = partsByParagraph[p]!
    // Credit and sign-off tags (`(dpa/AFP)`, `Foto: …`) name no entity of the article.
    const credits = creditRanges(text)
    if (credits.length > 0) {
      let r = 0
      parts.forEach((part, k) => {
        while (r < credits.length && credits[r]!.end <= part.start) r++
        for (let c = r; c < credits.length && credits[c]!.start < part.end; c++) if (part.start >= credits[c]!.start && part.end <= credits[c]!.end) covered[p]!.add(k)
      })
    }
    return compoundOrganizations(text, parts, covered[p]!, compoundNames)
  })
  /** Registry surnames after an unknown first name (`Zinowij Klitschko`) and cities before a surname (`Paris Hilton`): persons of their own. */
  const otherPersons: Array<Array<{ first: number; last: number }>> = texts.map(() => [])
  texts.forEach((text, p) => {
    const parts = partsByParagraph[p]!
    for (const match of matchNames(index, text, parts, covered[p]!)) {
      // `die Welt` is the world unless the text says it means the outlet.
      if (match.target.type === 'organization' && isCommonNounOutlet(parts, match.first, match.last) && !outletMeant(text, parts, match.first, match.last)) continue
      // `der Nationale Sicherheitsrat`, `der Demokratischen Partei Serbiens`: another organization than the one matched.
      if (match.target.type === 'organization' && insideLongerName(text, parts, covered[p]!, match.first, match.last, known.get(match.target.entity)?.kind, isPlaceName, countriesOf(match.target.entity))) {
        // Free for the longer name (`des Deutschen Roten Kreuzes`).
        for (let k = match.first; k <= match.last; k++) covered[p]!.delete(k)
        continue
      }
      // `die Los Angeles Times`: an English head word of the registry (`Times`) after capitalized words ends a longer name.
      if (match.target.type === 'organization' && englishNameBefore(text, parts, covered[p]!, match.first, match.last)) {
        for (let k = match.first; k <= match.last; k++) covered[p]!.delete(k)
        continue
      }
      // `Daniil Medvedev`, `Kristina Schröder`: another person of the registry person's surname.
      const other = match.target.type === 'person' ? otherFirstName(text, parts, covered[p]!, match.first, known.get(match.target.entity)!, isCommonNoun) : undefined
      if (other) {
        for (let k = match.first; k <= match.last; k++) covered[p]!.delete(k)
        // A first name no list knows: no other rule reads the name, so it is a person here.
        if (other === 'unknown') otherPersons[p]!.push({ first: match.first - 1, last: match.last })
        continue
      }
      // `im Westen der Provinz`: a direction inside a place, not the West.
      if (match.target.type === 'place' && compassDirection(text, parts, match.first, match.last)) continue
      // `Paris Hilton`: a city whose name is a first name, before a surname: a person.
      const personLast = match.target.type === 'place' && match.first === match.last && known.get(match.target.entity)?.kind === 'city' ? firstNamePlace(text, parts, covered[p]!, match.first, isCommonNoun, (word) => byName.get(fold(word))?.type !== undefined && byName.get(fold(word))?.type !== 'organization') : undefined
      if (personLast !== undefined) {
        covered[p]!.delete(match.first)
        otherPersons[p]!.push({ first: match.first, last: personLast })
        continue
      }
      // `Sputnik V`, `der Airbus landete`: a thing it makes, not the organization.
      if (match.target.type === 'organization' && productReading(text, parts, match.first, match.last, known.get(match.target.entity)?.kind)) continue
      const first = mentionFirst(parts, match.first, match.last)
      const before = parts[first - 1]
      const classified = before !== undefined && before.upper && !before.hyphenAfter && isClassifierNoun(before.text) && /^[ \t\u00a0]+$/.test(text.slice(before.end, parts[first]!.start))
      raw[p]!.push({ first, last: match.last, entity: match.target.entity, type: match.target.type, ...(classified ? { phraseFirst: first - 1 } : {}) })
    }
  })
  const localEntities: Entity[] = []
  const localAcronyms = new Map<string, string>()
  // The name of a speaker label (`Gülsen Kaya, Sprecherin`, `TOMÁS HERRERA:`) is a person, before other rules read it.
  texts.forEach((text, p) => {
    const parts = partsByParagraph[p]!
    const label = input.paragraphs[p]!.type === 'caption' ? undefined : labelName(text, parts, covered[p]!, isCommonNoun)
    const others = otherPersons[p]!.filter(({ first, last }) => !covered[p]!.has(first) && !covered[p]!.has(last)).map(({ first, last }) => ({ first, last, name: text.slice(parts[first]!.start, parts[last]!.end) }))
    for (const found of label ? [label, ...others] : others) personOf(p, found)
  })
  function personOf(p: number, found: { first: number; last: number; name: string }): void {
    for (let k = found.first; k <= found.last; k++) covered[p]!.add(k)
    const same = byName.get(fold(found.name))
    let id = same?.type === 'person' ? same.id : slug(found.name)
    if (same?.type !== 'person' && !discovered.has(id)) {
      while (known.has(id)) id = `${id}-neu`
      const entity: Entity = { id, type: 'person', name: found.name, wikidata: null, aliases: [], roles: [], kind: null, provisional: true }
      discovered.set(id, entity)
      localEntities.push(entity)
    }
    raw[p]!.push({ first: found.first, last: found.last, entity: id, type: 'person' })
  }
  // Surnames after a first name anywhere in the article (`Jarosław Kowalczyk`), and the registry's persons: their genitive after `die Partei` is no party name.
  const surnames = new Set<string>()
  for (const parts of partsByParagraph) {
    for (let k = 0; k + 1 < parts.length; k++) if (parts[k]!.upper && isGivenName(parts[k]!.lower) && parts[k + 1]!.upper && !parts[k]!.hyphenAfter && !parts[k + 1]!.allCaps && !isCommonNoun(parts[k + 1]!.text)) surnames.add(parts[k + 1]!.lower)
  }
  const isPersonName = (word: string): boolean => surnames.has(word.toLowerCase()) || byName.get(fold(word))?.type === 'person'
  const things = new Set(texts.flatMap((text, p) => thingAcronyms(text, partsByParagraph[p]!, covered[p]!)))
  const isThing = (acronym: string): boolean => things.has(acronym)
  texts.forEach((text, p) => {
    for (const found of [...compounds[p]!, ...nationalBodies(text, partsByParagraph[p]!, covered[p]!, isPlaceName), ...genitiveNames(text, partsByParagraph[p]!, covered[p]!, isPlaceName), ...outletNames(text, partsByParagraph[p]!, covered[p]!, isCommonNoun, isPersonName), ...webOutlets(text, partsByParagraph[p]!, covered[p]!), ...quotedOutlets(text, partsByParagraph[p]!, covered[p]!), ...adjectiveNames(text, partsByParagraph[p]!, covered[p]!, isPlaceName), ...seatNames(text, partsByParagraph[p]!, covered[p]!, isPlaceName), ...discover(text, partsByParagraph[p]!, covered[p]!, isCommonNoun, isThing)]) {
      // A discovered name that the registry or gazetteer knows is that entity, never a new one.
      const same = [found.name, ...(found.alternatives ?? []), ...capitalsWord(found.name)].map((name) => byName.get(fold(name))).find((entity) => entity && entity.type === found.type)
      if (same) {
        raw[p]!.push({ first: found.first, last: found.last, entity: same.id, type: same.type })
        continue
      }
      // `VIDEO`, `FOTO`, `REPORTER`: a German noun in capitals that no entry knows is no acronym.
      if (found.first === found.last && /^\p{Lu}{5,}$/u.test(found.name) && isCommonNoun(found.name[0] + found.name.slice(1).toLowerCase())) continue
      // An acronym defined earlier in the article (`Institut für Sicherheitspolitik (ISP)`) names the same entity.
      let id = localAcronyms.get(found.name) ?? slug(found.name)
      const existing = discovered.get(id)
      if (existing && found.last === found.first && /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(partsByParagraph[p]![found.first]!.text)) {
        const acronym = partsByParagraph[p]![found.first]!.text
        if (acronym !== found.name && !existing.aliases.includes(acronym)) existing.aliases.push(acronym)
        localAcronyms.set(acronym, id)
      }
      if (!existing) {
        while (registryIds.has(id) || (known.has(id) && !known.get(id)!.provisional)) id = `${id}-neu`
        const entity: Entity = { id, type: found.type, name: found.name, wikidata: null, aliases: [], roles: [], kind: found.kind, provisional: true }
        discovered.set(id, entity)
        localEntities.push(entity)
      }
      raw[p]!.push({ first: found.first, last: found.last, entity: id, type: found.type })
    }
  })
  // Names of unknown persons where a speaker stands (`Gülsen Kaya sagte`): persons of their own.
  texts.forEach((text, p) => {
    for (const found of speakerNames(text, partsByParagraph[p]!, covered[p]!, isCommonNoun)) {
      for (let k = found.first; k <= found.last; k++) covered[p]!.add(k)
      let id = slug(found.name)
      if (!discovered.has(id)) {
        while (registryIds.has(id) || (known.has(id) && !known.get(id)!.provisional)) id = `${id}-neu`
        const entity: Entity = { id, type: 'person', name: found.name, wikidata: null, aliases: [], roles: [], kind: null, provisional: true }
        discovered.set(id, entity)
        localEntities.push(entity)
      }
      raw[p]!.push({ first: found.first, last: found.last, entity: id, type: 'person' })
    }
  })
  // Surnames of discovered persons, later in the article (`Sherman`).
  if (localEntities.length > 0) {
    const local = buildNameIndex(localEntities)
    texts.forEach((text, p) => {
      for (const match of matchNames(local, text, partsByParagraph[p]!, covered[p]!)) raw[p]!.push({ first: match.first, last: match.last, entity: match.target.entity, type: match.target.type })
    })
  }
  /** The entities of a type that the article mentions so far, by id. */
  const mentioned = (type: Entity['type']): Map<string, Entity> => {
    const found = new Map<string, Entity>()
    for (const items of raw) for (const item of items) if (item.type === type && !found.has(item.entity)) found.set(item.entity, discovered.get(item.entity) ?? known.get(item.entity)!)
    return found
  }
  /** Point the mentions of merged entities at the entity they stand for, and drop the merged ones. */
  const mergeInto = (merged: ReadonlyMap<string, string>): void => {
    if (merged.size === 0) return
    for (const items of raw) for (const item of items) item.entity = merged.get(item.entity) ?? item.entity
    for (const id of merged.keys()) discovered.delete(id)
  }
  // `Rice` after `Condoleezza Rice`: a discovered person named by the last words of another one of the article is that person.
  mergeInto(samePersons(mentioned('person'), (id) => discovered.has(id) && !registryIds.has(id)))
  // `Tutogen` after `Tutogen Medical`, `AK` and `AK Vorratsdatenspeicherung`: a discovered organization named by the first words of another one of the article is that one.
  mergeInto(sameOrganizations(mentioned('organization'), (id) => discovered.has(id) && !known.has(id)))

  const used = new Set<string>()
  const marks = findQuoteMarks(texts)
  const marksByParagraph: ParagraphInfo['marks'][number][][] = texts.map(() => [])
  for (const span of marks) {
    for (let p = span.paragraph; p <= span.endParagraph; p++) {
      marksByParagraph[p]!.push({ open: span.paragraph === p ? span.open : 0, close: span.endParagraph === p ? span.close : texts[p]!.length, span })
    }
  }
  const infos: ParagraphInfo[] = texts.map((text, p) => {
    const parts = partsByParagraph[p]!
    const paragraphMarks = marksByParagraph[p]!
    // One sweep: spans are outermost only and in text order.
    let m = 0
    const inQuote = parts.map((part) => {
      while (m < paragraphMarks.length && paragraphMarks[m]!.close <= part.end) m++
      const mark = paragraphMarks[m]
      return mark !== undefined && part.start > mark.open && part.end < mark.close
    })
    const mentions: PartMention[] = raw[p]!
      .sort((a, b) => a.first - b.first)
      .map((item) => {
        const start = parts[item.first]!.start
        const end = parts[item.last]!.end
        used.add(item.entity)
        return {
          mention: {
            articleId: input.articleId,
            paragraph: p,
            start,
            end,
            entity: item.entity,
            text: text.slice(start, end),
            role: item.type === 'person' ? roleBefore(text, parts, item.first) : null
          },
          type: item.type,
          first: item.phraseFirst ?? item.first,
          last: item.last,
          // A name that fills a quotation (`der Sender „Kanal 9“`) is named, not quoted.
          inQuote: inQuote[item.first]! && !fillsQuotation(text, start, end)
        }
      })
    const sentences = input.paragraphs[p]!.type === 'heading' ? [{ start: 0, end: text.length }] : splitSentences(text, paragraphMarks.map((mark) => [mark.open, mark.close] as const))
    return { index: p, text, heading: input.paragraphs[p]!.type === 'heading', caption: input.paragraphs[p]!.type === 'caption', parts, mentions, marks: paragraphMarks, sentences, inQuote }
  })
  // The article's entities: what it discovered, over the known ones (no copy of the registry per article).
  const entities: EntityLookup = { get: (id) => discovered.get(id) ?? known.get(id) }
  const article: ArticleInfo = { paragraphs: infos, entities, genre: input.genre }
  const attributed = attributeQuotes(article, { explain: options.explain === true })
  const quotes = attributed.quotes.map((quote) => ({ articleId: input.articleId, ...quote }))
  for (const quote of quotes) {
    if (quote.speaker) used.add(quote.speaker)
    if (quote.via) used.add(quote.via)
  }
  const provisional = [...used]
    .map((id) => entities.get(id))
    .filter((entity): entity is Entity => Boolean(entity && entity.provisional && !registryIds.has(entity.id)))
    .sort(byId)
  const result: Extraction = { mentions: infos.flatMap((info) => info.mentions.map((mention) => mention.mention)), quotes, discovered: provisional }
  if (options.explain) result.explanations = attributed.explanations
  return result
}

/** @internal Parts of a paragraph, for tests. */
export type { Part }
