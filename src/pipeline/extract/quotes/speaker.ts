import { partitionPoint } from '../../../internal/partition-point.js'
import type { Entity } from '../../../schema/entity.js'
import { fold } from '../fold.js'
import { memoize } from '../memoize.js'
import { isCommonNoun } from '../lexicons/common-nouns.js'
import { isGivenName } from '../lexicons/given-names.js'
import { cueFormsOf } from '../lexicons/cue-verbs.js'
import { demonymNouns, demonymStems, isRoleNoun } from '../lexicons/role-nouns.js'
import { mentionsIn, type ArticleInfo, type ParagraphInfo, type PartMention } from './context.js'
import { gapText } from './clause.js'
import { contextAround, femaleNamesOtherwise, hasOrigin, lastWord, orgFits, orgNounOf, originAgrees, roleRefersTo } from './coreference.js'

/** How a speaker phrase was resolved: a name, a role noun, a pronoun, a source phrase (`laut X`), the previous speaker, or an unnamed source. */
export type Resolution = 'name' | 'role' | 'pronoun' | 'source-phrase' | 'continuation' | 'unnamed'

/** A resolved speaker. */
export interface Speaker {
  readonly speaker: string | null
  readonly description: string | null
  /** How the phrase named the speaker. */
  readonly resolution: Resolution
  readonly confidence: number
  /** For a role noun, organization noun or pronoun: the antecedent and the rule that chose it (`korpus extract --explain`). */
  readonly coreference?: string
}

const prepositions = new Set([
  'in', 'im', 'aus', 'nach', 'von', 'vom', 'mit', 'bei', 'beim', 'für', 'gegen', 'zu', 'zum', 'zur', 'über', 'auf', 'an', 'am',
  'unter', 'vor', 'seit', 'um', 'ohne', 'zwischen', 'hinter', 'neben', 'wegen', 'trotz', 'gegenüber', 'laut', 'ins', 'ans', 'des', 'der',
  'außerhalb', 'innerhalb', 'während', 'entlang', 'durch'
])
const locativePrepositions = new Set(['in', 'im', 'aus', 'bei', 'nahe'])
const articles = new Set(['der', 'die', 'das', 'ein', 'eine', 'dieser', 'diese', 'beide', 'mehrere', 'einige', 'viele', 'zahlreiche'])
const indefinites = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines'])
const modifier = /^(?:[a-zäöüß]+(?:e|en|er|es|em)|\p{Lu}[\p{L}]*-)$/u

/** Position in the article: paragraph and offset. */
export interface Position {
  readonly paragraph: number
  readonly offset: number
}

interface Seen {
  readonly paragraph: number
  readonly offset: number
  readonly entity: string
  readonly caption: boolean
  /** Grammatical gender as far as the text or registry tells (role nouns in `-in`, first names), else `undefined`. */
  readonly gender: 'f' | 'm' | undefined
  /** Whether a role is known for the person (from the mention or the registry). */
  readonly hasRole: boolean
  /** Folded role words known for the person (`gewerkschaftschef`, `aussenminister`): from the mention, an apposition, the registry. */
  readonly roleWords: readonly string[]
  /** Whether the mention stands in a prepositional phrase or after an oblique article (`unter X`, `mit dem Minister X`, `den Kanzler X`): no subject, so a pronoun prefers another antecedent. */
  readonly oblique: boolean
  /** The mention as written. */
  readonly text: string
  /** Start offset of the sentence the mention stands in. */
  readonly sentence: number
  /** Whether the mention opens its sentence (after an article, adjectives or a role noun) or stands right before a cue verb: the subject. */
  readonly subject: boolean
  /** Folded text around the mention, the name and role titles: for a modifier (`GdP-Vorsitzende`) or an origin adjective (`der brasilianische Präsident`) to agree with. */
  readonly context: string
  /** Folded roles of the person alone (the mention's, an apposition's, the registry's titles and nouns): an origin adjective found here beats one in the text around another holder. */
  readonly titles: string
}

/** An organization named outside quotation marks, with the classifier nouns written before its mentions so far. */
interface SeenOrg {
  readonly paragraph: number
  readonly offset: number
  readonly entity: string
  readonly caption: boolean
  readonly text: string
  readonly classifiers: readonly string[]
  /** Folded text around the mention and the name, for an origin adjective to agree with. */
  readonly context: string
}

/** First names ending like a woman's (`-a`, `-e`, `-y`) that are men's. */
const maleNamesInA = new Set([
  'luca', 'andrea', 'nikita', 'sascha', 'mustafa', 'joshua', 'ilja', 'kostja', 'mischa', 'jascha', 'juha', 'elia', 'battista', 'uwe', 'ove', 'mike', 'jake',
  'dave', 'george', 'joe', 'steve', 'andre', 'rene', 'pierre', 'jose', 'dante', 'claude', 'andy', 'jimmy', 'tony', 'henry', 'harry', 'jeremy', 'billy',
  'bobby', 'jerry', 'gary', 'larry', 'timothy', 'kyle', 'bruce', 'lee', 'guy', 'jean-yves', 'hervé', 'rémy', 'jacky', 'jesse', 'wayne', 'shane', 'lance'
])

/** The gender that a person's roles or first name suggest: a role whose head (its first noun) ends in `-in`/`-frau` is a woman's, another role noun a man's; else the first name's ending. */
export function genderOf(name: string, roles: readonly string[]): 'f' | 'm' | undefined {
  for (const role of roles) {
    // The head of a title is its first noun: `Sprecherin des Außenministeriums`, `Bundesministerin der Verteidigung`, `stellvertretender Außenminister Russlands`.
    const words = role.split(/\s+/)
    const head = (words.find((word) => /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word)) ?? words.at(-1)!).toLowerCase()
    if (/(?:in|innen|frau)$/.test(head)) return 'f'
    if (head.length > 3) return 'm'
  }
  const first = name.split(/\s+/)[0]!.toLowerCase()
  if (name.split(/\s+/).length < 2) return undefined
  if (maleNamesInA.has(first)) return 'm'
  if (femaleNamesOtherwise.has(first) || /(?:a|e|y|ie)$/.test(first)) return 'f'
  return 'm'
}

interface SeenIndex {
  /** Persons named outside quotation marks, in text order. */
  readonly persons: Seen[]
  /** The same, by the folded head noun of each role known for them (from the mention or the registry). */
  readonly byRoleHead: Map<string, Seen[]>
  /** Organizations named outside quotation marks, in text order. */
  readonly orgs: SeenOrg[]
}

const seenCache = new WeakMap<ArticleInfo, SeenIndex>()

/** `39-Jährige`, `56-jähriger`: a person named by age. */
const ageNoun = /^(?:\d{1,3}-)?[Jj]ährige[nr]?$/

/** Articles of a dative, accusative or genitive noun phrase: a person after one is no subject. */
const obliqueArticles = new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines'])

/** An article or a preposition (`der`, `den`, `unter`, `über`): the modifier pattern's endings match these, but they end the words skipped before a mention. */
const isFunctionWord = (lower: string): boolean => obliqueArticles.has(lower) || articles.has(lower) || prepositions.has(lower)

/** Whether a mention stands in a prepositional phrase or after an oblique article, skipping adjectives, role nouns and hyphenated parts before it. */
function isOblique(info: ParagraphInfo, mention: PartMention): boolean {
  let j = mention.first - 1
  while (j >= 0 && j > mention.first - 6 && !/[,;:.!?(]/.test(info.text.slice(info.parts[j]!.end, info.parts[j + 1]!.start)) && !isFunctionWord(info.parts[j]!.lower) && (modifier.test(info.parts[j]!.text + (info.parts[j]!.hyphenAfter ? '-' : '')) || isRoleNoun(info.parts[j]!.text) || info.parts[j]!.hyphenAfter)) j--
  const part = info.parts[j]
  if (!part || (j + 1 < info.parts.length && /[,;:.!?(]/.test(info.text.slice(part.end, info.parts[j + 1]!.start)))) return false
  if (obliqueArticles.has(part.lower)) return true
  if (articles.has(part.lower)) {
    const before = info.parts[j - 1]
    return before !== undefined && prepositions.has(before.lower) && !articles.has(before.lower) && !/[,;:.!?(]/.test(info.text.slice(before.end, part.start))
  }
  return prepositions.has(part.lower) && part.lower !== 'der'
}

/** Whether a mention is the subject of its sentence: nothing but an article, adjectives, role nouns or a hyphenated part (at most five) before it in the sentence, or a cue verb right after it (`Lawrow sagte`). */
function isSubject(info: ParagraphInfo, mention: PartMention, sentenceStart: number): boolean {
  const next = info.parts[mention.last + 1]
  if (next && !next.upper && cueFormsOf(next.lower).length > 0 && /^\s+$/.test(info.text.slice(info.parts[mention.last]!.end, next.start))) return true
  let j = mention.first - 1
  while (j >= 0 && j > mention.first - 6 && info.parts[j]!.start >= sentenceStart && (articles.has(info.parts[j]!.lower) || modifier.test(info.parts[j]!.text + (info.parts[j]!.hyphenAfter ? '-' : '')) || isRoleNoun(info.parts[j]!.text) || info.parts[j]!.hyphenAfter)) j--
  return j < 0 || info.parts[j]!.start < sentenceStart
}

/** Start offset of the sentence of a paragraph that holds `offset`. */
function sentenceStartOf(info: ParagraphInfo, offset: number): number {
  const n = partitionPoint(info.sentences.length, (index) => info.sentences[index]!.end <= offset)
  return info.sentences[n]?.start ?? 0
}

/** A role noun without a case ending (`Präsidenten` → `Präsident`), when the stem is a role noun too. */
function uninflected(word: string): string {
  return word.replace(/(?:en|n|s)$/u, (ending) => (isRoleNoun(word.slice(0, -ending.length)) ? '' : ending))
}

/** Folded role words of a role text: its role nouns (`Außenminister Russlands` → `aussenminister`), else its last word (memoized; never change the array). */
const roleWordsOf = memoize((role: string): readonly string[] => {
  const words = role.split(/\s+/).filter((word) => isRoleNoun(word)).map((word) => lastWord(fold(uninflected(word))))
  return words.length > 0 ? words : [lastWord(fold(role))]
})

/** What an entity's registry roles give every mention of it (never change the arrays). */
interface EntityRoles {
  /** Folded head words of its role titles and nouns. */
  readonly heads: readonly string[]
  /** Its role titles. */
  readonly titles: readonly string[]
  /** Its role nouns. */
  readonly nouns: readonly string[]
  /** Folded role words of its titles and nouns. */
  readonly words: readonly string[]
  /** `genderOf` its name and titles. */
  readonly gender: 'f' | 'm' | undefined
}

const noRoles: EntityRoles = { heads: [], titles: [], nouns: [], words: [], gender: undefined }
const rolesCache = new WeakMap<Entity, EntityRoles>()

/** An entity's `EntityRoles`, derived once per entity object (registry entities once per process). */
function rolesOf(entity: Entity): EntityRoles {
  let known = rolesCache.get(entity)
  if (known) return known
  const titles = entity.roles.map((role) => role.title)
  known = {
    heads: entity.roles.flatMap((role) => [role.title, ...(role.nouns ?? [])]).filter(Boolean).map((role) => lastWord(fold(role))),
    titles,
    nouns: entity.roles.flatMap((role) => role.nouns ?? []),
    words: entity.roles.flatMap((role) => [...roleWordsOf(role.title), ...(role.nouns ?? []).map((noun) => lastWord(fold(noun)))]),
    gender: genderOf(entity.name, titles)
  }
  rolesCache.set(entity, known)
  return known
}

/** The role noun of an apposition right after part `last` (`Marta Ruiz, die Gouverneurin von Sonora`, `X, Sprecher der Polizei`), or `undefined`. */
function appositionRole(info: ParagraphInfo, last: number): string | undefined {
  const next = info.parts[last + 1]
  if (!next || !/^\s*,\s*$/.test(info.text.slice(info.parts[last]!.end, next.start))) return undefined
  let j = last + 1
  if (['der', 'die', 'ein', 'eine'].includes(info.parts[j]!.lower)) j++
  while (j < info.parts.length && j < last + 6 && !info.parts[j]!.upper && /^[a-zäöüß-]+(?:e|en|er)$/.test(info.parts[j]!.text)) j++
  let end = j
  while (end < info.parts.length - 1 && info.parts[end]!.hyphenAfter) end++
  const part = info.parts[end]
  if (!part || !info.parts[j]?.upper) return undefined
  const word = info.text.slice(info.parts[j]!.start, part.end)
  return isRoleNoun(word) ? word : undefined
}

/** Words that open another noun phrase after a name: coordinations and possessives. */
const coordinationWords = new Set(['und', 'oder', 'sowie', 'sondern', 'aber', 'während', 'dessen', 'deren', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer'])

/** Words that belong to the noun phrase before a name (`dessen brasilianischen Amtskollegen X`): determiners, possessives, adjectives, role nouns. */
const attachedDeterminers = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'sein', 'seine', 'seinem', 'seinen', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihres', 'dessen', 'deren'])

/**
 * The folded text around a person mention (60 characters each side) that an
 * origin adjective or a compound modifier of a later role noun is checked
 * against, cut where another person is named: after the person before, and
 * before the one after together with the words of its own noun phrase
 * (`des venezolanischen Präsidenten X und dessen brasilianischen Amtskollegen
 * Y`: `brasilianisch` is Y's, not X's).
 */
function personContext(info: ParagraphInfo, index: number): string {
  const mention = info.mentions[index]!
  let left = Math.max(0, mention.mention.start - 60)
  let right = Math.min(info.text.length, mention.mention.end + 60)
  // A coordination or a possessive after the name opens another noun phrase (`X und dessen peruanischer Amtskollege`).
  for (let k = mention.last + 1; k < info.parts.length && info.parts[k]!.start < right; k++) {
    if (!coordinationWords.has(info.parts[k]!.lower) || info.inQuote[k]) continue
    right = info.parts[k]!.start
    break
  }
  for (let n = index + 1; n < info.mentions.length && info.mentions[n]!.mention.start < right; n++) {
    const other = info.mentions[n]!
    if (other.type !== 'person' || other.mention.entity === mention.mention.entity) continue
    let k = other.first - 1
    while (k > mention.last && (attachedDeterminers.has(info.parts[k]!.lower) || /^[a-zäöüß]+(?:e|en|er|es|em)$/u.test(info.parts[k]!.text) || isRoleNoun(info.parts[k]!.text))) k--
    right = Math.max(mention.mention.end, Math.min(right, info.parts[k + 1]!.start))
    break
  }
  for (let n = index - 1; n >= 0 && info.mentions[n]!.mention.end > left; n--) {
    const other = info.mentions[n]!
    if (other.type !== 'person' || other.mention.entity === mention.mention.entity) continue
    left = Math.min(mention.mention.start, Math.max(left, other.mention.end))
    break
  }
  return fold(info.text.slice(left, right))
}

/** `Amtskollege`, `Amtskollegin` (folded, any case ending): a role that is the office of someone else named before. */
const colleagueNoun = /^amtskolleg/u

/** Person mentions of the article in text order, built once per article, so each look-back is a binary search. */
function seenIndex(article: ArticleInfo): SeenIndex {
  const cached = seenCache.get(article)
  if (cached) return cached
  const persons: Seen[] = []
  const byRoleHead = new Map<string, Seen[]>()
  const orgs: SeenOrg[] = []
  const classifiersOf = new Map<string, string[]>()
  for (const info of article.paragraphs) {
    for (const [mentionIndex, mention] of info.mentions.entries()) {
      if (mention.type === 'organization' && !mention.inQuote) {
        // `die Billigfluggesellschaft X`: the noun before the name tells what kind of organization it is.
        // (A mention's parts may include a classifier noun before its text.)
        let first = mention.first
        while (first < mention.last && info.parts[first]!.start < mention.mention.start) first++
        const before = info.parts[first - 1]
        let classifiers = classifiersOf.get(mention.mention.entity)
        if (!classifiers) classifiersOf.set(mention.mention.entity, (classifiers = []))
        if (before?.upper && !/[,;:.!?(]/.test(info.text.slice(before.end, info.parts[first]!.start))) classifiers.push(fold(before.text))
        // The context is folded on first use: most mentions are never asked for it.
        let context: string | undefined
        orgs.push({ paragraph: mention.mention.paragraph, offset: mention.mention.start, entity: mention.mention.entity, caption: info.caption, text: mention.mention.text, classifiers, get context() { return (context ??= `${contextAround(info, mention.mention.start, mention.mention.end)} ${fold(article.entities.get(mention.mention.entity)?.name ?? '')}`) } })
        continue
      }
      if (mention.type !== 'person' || mention.inQuote) continue
      const entity = article.entities.get(mention.mention.entity)
      // A discovered “person” whose whole name is a common noun (`Gericht`) is a misreading, never an antecedent.
      if (entity?.provisional && !/\s/.test(entity.name) && isCommonNoun(entity.name)) continue
      const roles = entity ? rolesOf(entity) : noRoles
      const heads = roles.heads
      const after = appositionRole(info, mention.last)
      const own = [...(mention.mention.role ? [lastWord(fold(mention.mention.role))] : []), ...(after ? [lastWord(fold(after))] : [])]
      const roleTexts = mention.mention.role ? [mention.mention.role, ...roles.titles] : roles.titles
      const roleWords = [...(mention.mention.role ? roleWordsOf(mention.mention.role) : []), ...(after ? roleWordsOf(after) : []), ...roles.words]
      const sentence = sentenceStartOf(info, mention.mention.start)
      // `der venezolanische Präsident X und dessen brasilianischer Amtskollege Y`: a colleague holds the office of the person named before in the paragraph.
      // Its origin is the one its own noun phrase gives (`dessen brasilianischer Amtskollege`), not the partner's written around it.
      let context: string | undefined
      let titles: string | undefined
      if (own.some((word) => colleagueNoun.test(word)) || colleagueNoun.test(fold(info.parts[mention.first - 1]?.text ?? ''))) {
        const partner = [...persons].reverse().find((other) => other.paragraph === mention.mention.paragraph && other.entity !== mention.mention.entity && other.roleWords.length > 0 && !other.roleWords.some((word) => colleagueNoun.test(word)))
        if (partner) {
          roleWords.push(...partner.roleWords)
          own.push(...partner.roleWords)
          let k = mention.first - 1
          while (k > 0 && (attachedDeterminers.has(info.parts[k - 1]!.lower) || /^[a-zäöüß]+(?:e|en|er|es|em)$/u.test(info.parts[k - 1]!.text))) k--
          context = `${fold(info.text.slice(info.parts[Math.max(0, k)]!.start, mention.mention.end))} ${fold(entity?.name ?? '')}`
        }
      }
      const seen: Seen = {
        paragraph: mention.mention.paragraph, offset: mention.mention.start, entity: mention.mention.entity, caption: info.caption,
        gender: mention.mention.role || !entity ? genderOf(entity?.name ?? mention.mention.text, roleTexts) : roles.gender, hasRole: own.length + heads.length > 0,
        roleWords: [...new Set(roleWords)], oblique: isOblique(info, mention), text: mention.mention.text, sentence, subject: isSubject(info, mention, sentence),
        get context() { return (context ??= `${personContext(info, mentionIndex)} ${fold([entity?.name ?? '', ...roleTexts, ...roles.nouns].join(' '))}`) },
        get titles() { return (titles ??= fold([...roleTexts, ...(after ? [after] : []), ...roles.nouns].join(' '))) }
      }
      persons.push(seen)
      for (const head of new Set([...own, ...heads])) {
        const list = byRoleHead.get(head)
        if (list) list.push(seen)
        else byRoleHead.set(head, [seen])
      }
    }
  }
  const index = { persons, byRoleHead, orgs }
  seenCache.set(article, index)
  return index
}

interface Placed {
  readonly paragraph: number
  readonly offset: number
  readonly caption: boolean
}

/** The last entry strictly before a position that passes `accept` (at most the last `depth` are tried); caption entries only count for positions in the caption. */
function lastBefore<T extends Placed>(list: readonly T[] | undefined, article: ArticleInfo, position: Position, accept: (seen: T) => boolean = () => true, depth = 8): T | undefined {
  if (!list) return undefined
  const low = partitionPoint(list.length, (index) => {
    const seen = list[index]!
    return seen.paragraph < position.paragraph || (seen.paragraph === position.paragraph && seen.offset < position.offset)
  })
  for (let n = low - 1; n >= 0 && n >= low - depth; n--) {
    const found = list[n]!
    if (found.caption && !article.paragraphs[position.paragraph]?.caption) return undefined
    if (accept(found)) return found
  }
  return undefined
}

/** The first entry of `list` after `position`, when it stands in the same paragraph, or `undefined`. */
function firstAfter<T extends Placed>(list: readonly T[] | undefined, position: Position): T | undefined {
  if (!list) return undefined
  const low = partitionPoint(list.length, (index) => {
    const seen = list[index]!
    return seen.paragraph < position.paragraph || (seen.paragraph === position.paragraph && seen.offset <= position.offset)
  })
  const found = list[low]
  return found && found.paragraph === position.paragraph && !found.caption ? found : undefined
}

/** The speaker of the last quote before the sentence being attributed, as the attribution loop tells it (`setPreviousSpeaker`). */
export interface PreviousSpeaker {
  /** The speaker (an entity id, or `null` for an unnamed source described by `description`). */
  readonly speaker: string | null
  readonly description: string | null
  /** Where the previous quote starts. */
  readonly paragraph: number
  readonly offset: number
}

const previousSpeakers = new WeakMap<ArticleInfo, PreviousSpeaker>()

/**
 * Tell the resolver the speaker of the last quote found in an article before
 * the sentence the attribution loop works on (or `undefined` to forget it):
 * the first antecedent of a pronoun or a bare role noun (`„…“, sagte X. Der
 * Helfer fügte hinzu, …` → X).
 *
 * @param article
 *   Article info.
 * @param previous
 *   The previous quote's speaker and position, or `undefined`.
 */
export function setPreviousSpeaker(article: ArticleInfo, previous: PreviousSpeaker | undefined): void {
  if (previous) previousSpeakers.set(article, previous)
  else previousSpeakers.delete(article)
}

/** Where a quote found before lies and who speaks it: its words name no antecedent. */
export interface ReportedWords {
  readonly paragraph: number
  readonly start: number
  readonly endParagraph: number
  readonly end: number
  readonly speaker: string | null
}

const reportedWords = new WeakMap<ArticleInfo, readonly ReportedWords[]>()

/**
 * Tell the resolver the quotes found so far in an article (the attribution
 * loop passes its list once and keeps adding to it), or `undefined` to forget
 * them: a person named in the reported words of a quote (`Peskow sagte, Putin
 * habe …`) is no antecedent of a later `er` or `der 54-Jährige` while that
 * quote's speaker is one.
 *
 * @param article
 *   Article info.
 * @param quotes
 *   The quotes in the order found, or `undefined`.
 */
export function setReportedWords(article: ArticleInfo, quotes: readonly ReportedWords[] | undefined): void {
  if (quotes) reportedWords.set(article, quotes)
  else reportedWords.delete(article)
}

/** Whether a person mention stands in the words of one of the last quotes found, and is not that quote's speaker. */
function inReportedWords(article: ArticleInfo, seen: Seen): boolean {
  const list = reportedWords.get(article)
  if (!list) return false
  for (let n = list.length - 1; n >= 0 && n >= list.length - 12; n--) {
    const quote = list[n]!
    if (quote.speaker === seen.entity) continue
    const afterStart = seen.paragraph > quote.paragraph || (seen.paragraph === quote.paragraph && seen.offset >= quote.start)
    const beforeEnd = seen.paragraph < quote.endParagraph || (seen.paragraph === quote.endParagraph && seen.offset < quote.end)
    if (afterStart && beforeEnd) return true
  }
  return false
}

/**
 * `Peskow sagte, Putin habe … . Der 54-Jährige fügte hinzu, …`: when the
 * antecedent found stands in the reported words of a quote, the previous
 * quote's speaker, a person of a compatible gender, is the antecedent instead
 * (the subject of the earlier speech act, not a name in what was said).
 */
function speakerOverReportedName(article: ArticleInfo, position: Position, found: Seen, gender: 'f' | 'm' | undefined): Antecedent | undefined {
  if (!inReportedWords(article, found)) return undefined
  const previous = previousSpeakerAt(article, position)
  if (!previous?.speaker || previous.speaker === found.entity) return undefined
  const seen = lastBefore(seenIndex(article).persons, article, position, (candidate) => candidate.entity === previous.speaker, 40)
  if (!seen || (gender && seen.gender && seen.gender !== gender)) return undefined
  return { seen, rule: `the speaker of the previous quote (\`${found.text}\` is named in its words)` }
}

/** The previous quote's speaker when it stands before `position`, in its paragraph or the one before. */
function previousSpeakerAt(article: ArticleInfo, position: Position): PreviousSpeaker | undefined {
  const previous = previousSpeakers.get(article)
  if (!previous || position.paragraph - previous.paragraph > 1 || previous.paragraph > position.paragraph) return undefined
  if (previous.paragraph === position.paragraph && previous.offset >= position.offset) return undefined
  return previous
}

/** The gender an unnamed source's description shows: a role noun in `-in` is a woman's, else the article's (`der`/`ein` → m, `die`/`eine` → f); `undefined` for a plural or bare noun. */
function descriptionGender(description: string): 'f' | 'm' | undefined {
  const words = description.split(/\s+/)
  const first = words[0]!.toLowerCase()
  const head = words.find((word, index) => index > 0 && /^\p{Lu}/u.test(word)) ?? ''
  if (!isRoleNoun(head) && !/^[A-ZÄÖÜ][a-zäöüß]+(?:sprecher|sprecherin)$/u.test(head)) return undefined
  if (/(?:in)$/u.test(head) && ['die', 'eine'].includes(first)) return 'f'
  if (['der', 'ein', 'dieser'].includes(first) && !/in$/u.test(head)) return 'm'
  return undefined
}

/** A person antecedent, with the rule that chose it (for `--explain`). */
interface Antecedent {
  readonly seen: Seen
  readonly rule: string
}

/**
 * The antecedent of `er`/`sie` before a position, of the persons named outside
 * quotation marks (the last eight) with a compatible gender: the subject of
 * the sentence that names the most recent one (`Putin kritisierte Lawrow.
 * Er sagte …` → Putin); else the most recent one that is no oblique object
 * (`unter X`, `mit dem Minister X`, `den Kanzler X`) within the paragraph
 * and the one before; else the most recent one. A subject is the usual
 * antecedent of a pronoun subject.
 */
function pronounAntecedent(article: ArticleInfo, position: Position, gender?: 'f' | 'm'): Antecedent | undefined {
  const compatible = (seen: Seen) => !gender || !seen.gender || seen.gender === gender
  const nearest = lastBefore(seenIndex(article).persons, article, position, compatible)
  if (!nearest) return undefined
  const speaker = speakerOverReportedName(article, position, nearest, gender)
  if (speaker) return speaker
  // `Putin kritisierte Lawrow. Er sagte …`: of the persons of the sentence that names the nearest one, its subject.
  const subject = lastBefore(seenIndex(article).persons, article, position, (seen) => compatible(seen) && seen.subject && !seen.oblique && seen.paragraph === nearest.paragraph && seen.sentence === nearest.sentence && !inReportedWords(article, seen))
  if (subject && subject !== nearest) return { seen: subject, rule: `the subject of the sentence that names the last ${gender ? 'person of its gender' : 'person'} (\`${nearest.text}\` is no subject)` }
  if (!nearest.oblique) return { seen: nearest, rule: gender ? 'the last person of its gender' : 'the last person named' }
  const other = lastBefore(seenIndex(article).persons, article, position, (seen) => compatible(seen) && !seen.oblique && position.paragraph - seen.paragraph <= 1)
  if (other) return { seen: other, rule: `the last ${gender ? 'person of its gender' : 'person'} who is no oblique object (\`${nearest.text}\` is one)` }
  return { seen: nearest, rule: gender ? 'the last person of its gender' : 'the last person named' }
}

/**
 * The most recent person mentioned outside quotation marks before a position
 * (for `er`, `sie` and role nouns without a known holder), preferring one
 * that is no oblique object. Names in the photo caption do not count for the
 * body.
 *
 * @param article
 *   Article info.
 * @param position
 *   Where to look back from.
 * @param gender
 *   The gender the reference needs (`er`: `m`, singular `sie`: `f`); persons of the other one are skipped.
 * @returns
 *   The entity id, or `undefined`.
 */
export function lastPerson(article: ArticleInfo, position: Position, gender?: 'f' | 'm'): string | undefined {
  return pronounAntecedent(article, position, gender)?.seen.entity
}

/**
 * Resolve a pronoun `er`/`sie` to a speaker: the antecedent of
 * `pronounAntecedent`, with the rule in `coreference`.
 *
 * @param article
 *   Article info.
 * @param pronoun
 *   The pronoun as written.
 * @param position
 *   Where it stands.
 * @param gender
 *   `m` for `er`, `f` for singular `sie`.
 * @returns
 *   The speaker, or `undefined` without a compatible antecedent.
 */
export function resolvePronoun(article: ArticleInfo, pronoun: string, position: Position, gender: 'f' | 'm'): Speaker | undefined {
  const found = pronounAntecedent(article, position, gender)
  // `Ein Polizeisprecher sagte, … Er fügte hinzu, …`: an unnamed previous speaker of the pronoun's gender, quoted after the last such person was named
  // (or after one named only in its words: `Ein Sprecher sagte, Lawrow werde … Er fügte hinzu`), is the antecedent.
  const previous = previousSpeakerAt(article, position)
  if (previous && previous.speaker === null && previous.description && descriptionGender(previous.description) === gender && (!found || found.seen.paragraph < previous.paragraph || (found.seen.paragraph === previous.paragraph && found.seen.offset < previous.offset) || inReportedWords(article, found.seen))) {
    return { speaker: null, description: previous.description, resolution: 'pronoun', confidence: 0.5, coreference: `\`${pronoun}\` → \`${previous.description}\` (paragraph ${previous.paragraph + 1}): the speaker of the previous quote, unnamed` }
  }
  if (!found) return undefined
  return { speaker: found.seen.entity, description: null, resolution: 'pronoun', confidence: 0.6, coreference: `\`${pronoun}\` → \`${found.seen.text}\` (paragraph ${found.seen.paragraph + 1}): ${found.rule}` }
}

/**
 * Resolve an organization noun (`der Konzern`, `die Partei`, `das
 * Ministerium`) to the nearest organization named before it (outside
 * quotation marks, the last twelve) whose kind, name or classifier noun fits
 * (`coreference.ts`, `orgFits`) and with which its origin adjectives agree.
 *
 * @param article
 *   Article info.
 * @param word
 *   The noun as written.
 * @param position
 *   Where it stands.
 * @param adjectives
 *   Lower-case words between the article and the noun; an origin adjective must agree (`originAgrees`).
 * @returns
 *   The speaker, or `undefined` when the word is no organization noun or no organization fits.
 */
export function resolveOrgNoun(article: ArticleInfo, word: string, position: Position, adjectives: readonly string[] = []): Speaker | undefined {
  const noun = orgNounOf(word)
  if (!noun) return undefined
  const found = lastBefore(seenIndex(article).orgs, article, position, (seen) => {
    const entity = article.entities.get(seen.entity)
    return entity !== undefined && entity.type === 'organization' && orgFits(noun, entity, seen.classifiers) && (adjectives.length === 0 || originAgrees(adjectives, seen.context))
  }, 12)
  if (!found) return undefined
  return { speaker: found.entity, description: null, resolution: 'role', confidence: 0.65, coreference: `\`${word}\` → \`${found.text}\` (paragraph ${found.paragraph + 1}): the nearest organization named before that fits the noun` }
}

/**
 * Heads of offices: a role noun ending in one of these (`Richter`,
 * `Polizeisprecherin`, `Oberbürgermeister`) names the holder of an office,
 * who is never the previous quote's speaker unless that speaker was
 * introduced with the office. Lower case, masculine nominative singular.
 */
const officeHeads = new Set([
  'minister', 'sprecher', 'sekretär', 'präsident', 'kanzler', 'botschafter', 'leiter', 'chef', 'vorsitzende', 'vorsitzender',
  'abgeordnete', 'abgeordneter', 'general', 'admiral', 'kommandeur', 'befehlshaber', 'beauftragte', 'beauftragter', 'senator',
  'premier', 'bürgermeister', 'gouverneur', 'könig', 'papst', 'direktor', 'oberhaupt', 'oberst', 'kommandant', 'richter',
  'staatsanwalt', 'staatsanwält', 'kommissar', 'vorstand', 'geschäftsführer', 'intendant', 'bischof', 'bischöf', 'machthaber',
  'koordinator', 'chefredakteur', 'ombudsmann', 'vize', 'landrat', 'polizeichef', 'diktator'
])
const officeEndings = ['', 'in', 'innen', 'en', 'n', 's', 'es', 'e', 'er', 'em']

/** Whether a folded role noun is a bare office head (`sprecher`, `sprecherin`, `minister`), no compound that names the office (`kremlsprecher`). */
const foldedOfficeHeads = new Set([...officeHeads].map((head) => fold(head)))
const isOfficeHead = (key: string): boolean => officeEndings.some((ending) => key.endsWith(ending) && foldedOfficeHeads.has(key.slice(0, key.length - ending.length)))

/** Whether a role noun names an office (`Richter`, `Polizeisprecherin`), not a profession or a part (`Diplomat`, `Helfer`). */
function isOfficeNoun(word: string): boolean {
  const last = word.split('-').at(-1)!.toLowerCase()
  return officeEndings.some((ending) => {
    if (!last.endsWith(ending)) return false
    const stem = last.slice(0, last.length - ending.length)
    for (let cut = 0; cut <= stem.length - 3; cut++) if (officeHeads.has(stem.slice(cut))) return true
    return false
  })
}

/**
 * Resolve a role noun (`der Norweger`, `der Kreml-Sprecher`, `der
 * Außenminister`) to an entity: roles seen with names in the article, then the
 * registry's role nouns and titles; the most recent such person wins. Then a
 * person whose role the noun can name (`der Minister` for `Außenminister X`,
 * `der Vorsitzende` for `Gewerkschaftschef X`: `roleRefersTo`). An age
 * noun (`der 39-Jährige`) is the last person of its gender. A bare role
 * noun without a known holder names the previous quote's speaker (a person
 * of its gender with no other role known: `„…“, sagte X. … so der
 * Diplomat`) unless it names an office (`der Richter`, `die
 * Polizeisprecherin`: `isOfficeNoun`); else it is an unnamed source
 * described by the noun.
 *
 * @param article
 *   Article info.
 * @param word
 *   The role noun as written.
 * @param position
 *   Where it stands.
 * @param gender
 *   The gender its article shows (`der` → `m`, `die` singular → `f`), if known.
 * @param adjectives
 *   Lower-case words between the article and the noun; an origin adjective (`brasilianische`) must agree with the holder (`originAgrees`).
 * @param bare
 *   Whether the noun stands without a complement (`der Diplomat`, not `der Sprecher des Ministeriums`): only then may it name the previous quote's speaker.
 * @returns
 *   The speaker (`speaker: null` for a role noun without a holder), or `undefined` when the word is no role noun.
 */
export function resolveRole(article: ArticleInfo, word: string, position: Position, gender?: 'f' | 'm', adjectives: readonly string[] = [], bare = true): Speaker | undefined {
  const key = fold(uninflected(word))
  const head = lastWord(key)
  const agrees = (seen: Seen) => adjectives.length === 0 || originAgrees(adjectives, seen.context)
  // `der CDU-Vorsitzende` is no `SPD-Vorsitzende`: a compound modifier must stand near the holder too.
  const holders = seenIndex(article).byRoleHead.get(head)
  const holds = (seen: Seen) => key === head || roleRefersTo(key, head, seen.context)
  // An origin the lexicon does not know is evidence only where the text around a holder shows it (`der venezolanische Präsident`); else any holder.
  // `der ukrainische Chefdiplomat` after `Kuleba traf Blinken in Kiew`: a holder whose own roles show the origin comes first.
  const holder = (hasOrigin(adjectives) ? lastBefore(holders, article, position, (seen) => originAgrees(adjectives, seen.titles, true) && holds(seen)) : undefined) ??
    lastBefore(holders, article, position, (seen) => originAgrees(adjectives, seen.context, true) && holds(seen)) ?? lastBefore(holders, article, position, (seen) => agrees(seen) && holds(seen))
  if (holder) return { speaker: holder.entity, description: null, resolution: 'role', confidence: 0.75, coreference: `\`${word}\` → \`${holder.text}\` (paragraph ${holder.paragraph + 1}): the last person named with this role` }
  // `Laut dem Kremlsprecher wird … . Peskow sagte, …`: no holder before, but a person named right after in the paragraph holds this very role
  // (a compound that names the office: a bare `der Sprecher` looks back only).
  const next = firstAfter(holders, position)
  if (next && next.offset - position.offset <= 200 && !isOfficeHead(key) && holds(next) && agrees(next)) {
    return { speaker: next.entity, description: null, resolution: 'role', confidence: 0.6, coreference: `\`${word}\` → \`${next.text}\` (paragraph ${next.paragraph + 1}): the next person named in the paragraph, who holds this role` }
  }
  if (isRoleNoun(word)) {
    // `der Minister` for `Außenminister X`, `der GdP-Vorsitzende` for `Gewerkschaftschef X`: a role of the same office, of a compatible gender.
    // `der GdP-Vorsitzende` for `Gewerkschaftschef X` where the GdP is a union: the modifier names an organization of the kind the holder's role names.
    const modifier = key.includes(' ') ? key.slice(0, key.lastIndexOf(' ')) : undefined
    const named = modifier ? namedOrganization(article, modifier, position) : undefined
    const contextOf = (seen: Seen, role: string) => (named && roleNamesKindOf(article, role, named) ? `${seen.context} ${modifier}` : seen.context)
    const office = (seen: Seen) => (!gender || !seen.gender || seen.gender === gender) && seen.roleWords.some((role) => roleRefersTo(key, role, contextOf(seen, role)))
    const persons = seenIndex(article).persons
    const related = lastBefore(persons, article, position, (seen) => originAgrees(adjectives, seen.context, true) && office(seen), 12) ?? lastBefore(persons, article, position, (seen) => agrees(seen) && office(seen), 12)
    if (related) return { speaker: related.entity, description: null, resolution: 'role', confidence: 0.7, coreference: `\`${word}\` → \`${related.text}\` (paragraph ${related.paragraph + 1}): the last person named with a role of the same office (${related.roleWords.join(', ')})` }
  }
  // `„…“, sagte X. … so der Helfer`: a role noun without a holder in the article names the previous quote's speaker, a person of its gender
  // with no other role known and with whom its origin adjectives agree.
  // Only a singular noun after an article (`der Diplomat`, `die Sprecherin`): `gegenüber Journalisten` names no one.
  // Never an office (`der Richter`, `die Polizeisprecherin`, `der Bürgermeister`): an office names its own holder, not whoever spoke last.
  if (bare && gender && isRoleNoun(word) && !isOfficeNoun(word) && !ageNoun.test(word) && (gender === 'm' || /in$/u.test(word))) {
    const previous = previousSpeakerAt(article, position)
    const seen = previous?.speaker ? lastBefore(seenIndex(article).persons, article, position, (candidate) => candidate.entity === previous.speaker, 40) : undefined
    if (previous && seen && seen.roleWords.length === 0 && (!seen.gender || seen.gender === gender) && agrees(seen)) {
      return { speaker: seen.entity, description: null, resolution: 'role', confidence: 0.6, coreference: `\`${word}\` → \`${seen.text}\` (paragraph ${seen.paragraph + 1}): the speaker of the previous quote, no other role known for them` }
    }
  }
  // `der 39-Jährige`: an age always points back to a person named before, of the article's gender.
  if (ageNoun.test(word)) {
    const person = lastBefore(seenIndex(article).persons, article, position, (seen) => !gender || !seen.gender || seen.gender === gender)
    const speaker = person ? speakerOverReportedName(article, position, person, gender) : undefined
    if (speaker) return { speaker: speaker.seen.entity, description: null, resolution: 'role', confidence: 0.6, coreference: `\`${word}\` → \`${speaker.seen.text}\` (paragraph ${speaker.seen.paragraph + 1}): an age noun, ${speaker.rule}` }
    if (person) return { speaker: person.entity, description: null, resolution: 'role', confidence: 0.6, coreference: `\`${word}\` → \`${person.text}\` (paragraph ${person.paragraph + 1}): an age noun, the last person of its gender` }
  }
  const described = describedPerson(article, word, position, gender, adjectives)
  if (described) return described
  // A role noun without a holder is an unnamed source, never the last person named (`Der Staatsanwalt` after the victim's name).
  if (isRoleNoun(word) || demonymNouns.has(word.toLowerCase()) || ageNoun.test(word)) return { speaker: null, description: word, resolution: 'role', confidence: 0.4 }
  return undefined
}

/** `Politiker`, `Politikerin` and compounds (`SPD-Politikerin`, `Außenpolitiker`): a noun for any politician, so a later name for a person named with an office. */
const politicianNoun = /politiker(?:in)?$/u

/**
 * `Le Drian …` `Der Franzose sagte`, `Verteidigungsministerin Lambrecht …`
 * `Die SPD-Politikerin sagte`: a demonym or a noun for any politician names
 * a person named before without that noun. A demonym takes the last person
 * (this paragraph or the one before) of its gender whose roles, else the
 * text around them, show its country; a politician noun the antecedent a
 * pronoun of its gender would take there (a subject, not a name in reported
 * words), unless the text names another party near that person than the
 * noun's modifier.
 */
function describedPerson(article: ArticleInfo, word: string, position: Position, gender: 'f' | 'm' | undefined, adjectives: readonly string[]): Speaker | undefined {
  const lower = word.toLowerCase()
  const near = (seen: Seen) => position.paragraph - seen.paragraph <= 1 && (!gender || !seen.gender || seen.gender === gender)
  const stem = demonymStems.get(lower)
  if (stem) {
    const origin = [`${stem}e`, ...adjectives]
    const persons = seenIndex(article).persons
    const found = lastBefore(persons, article, position, (seen) => near(seen) && originAgrees(origin, seen.titles, true)) ?? lastBefore(persons, article, position, (seen) => near(seen) && !inReportedWords(article, seen) && originAgrees(origin, seen.context, true))
    if (found) return { speaker: found.entity, description: null, resolution: 'role', confidence: 0.6, coreference: `\`${word}\` → \`${found.text}\` (paragraph ${found.paragraph + 1}): the last person of its gender whose roles or text show the country` }
    return undefined
  }
  const last = lower.split('-').at(-1)!
  if (!gender || !politicianNoun.test(last)) return undefined
  const modifier = lower.includes('-') ? fold(lower.slice(0, lower.lastIndexOf('-'))) : undefined
  const fits = (seen: Seen) => near(seen) && originAgrees(adjectives, seen.context) && !(modifier && otherParty(article, seen, modifier, position))
  const antecedent = pronounAntecedent(article, position, gender)
  const other = antecedent && fits(antecedent.seen) ? undefined : lastBefore(seenIndex(article).persons, article, position, (seen) => !inReportedWords(article, seen) && fits(seen))
  const found = other ? { seen: other, rule: 'the last person of its gender of no other party' } : antecedent
  if (!found || !fits(found.seen)) return undefined
  return { speaker: found.seen.entity, description: null, resolution: 'role', confidence: 0.6, coreference: `\`${word}\` → \`${found.seen.text}\` (paragraph ${found.seen.paragraph + 1}): a noun for any politician, ${found.rule}` }
}

/** Whether the text around a person names a party of the article other than the one `modifier` names (`CDU` for a `SPD-Politiker`). */
function otherParty(article: ArticleInfo, seen: Seen, modifier: string, position: Position): boolean {
  const own = namedOrganization(article, modifier, position)?.entity
  // The last twelve organizations named before the noun (a look-back as for organization nouns, so the check stays linear).
  return lastBefore(seenIndex(article).orgs, article, position, (org) => {
    // The modifier's own mention (`Grünen` of `Grünen-Politikerin`) and its forms (`Grüne`) are no other party.
    const text = fold(org.text)
    if (org.entity === own || modifier.startsWith(text) || text.startsWith(modifier)) return false
    return article.entities.get(org.entity)?.kind === 'party' && seen.context.includes(text)
  }, 12) !== undefined
}

/** The gender a singular article shows: nominative `der`/`die`, or in a genitive (`options.genitive`) `des`/`der`. */
/**
 * Whether a person can be the subject noun phrase in parts `[from, to)` as far as gender shows:
 * a phrase that opens with `der` or singular `die` (`meint die 56-jährige Angestellte`) needs a
 * person of that gender, or one whose gender the text does not show. Any other phrase agrees.
 *
 * @param article
 *   Article info.
 * @param info
 *   The paragraph.
 * @param from
 *   First part of the phrase.
 * @param plural
 *   Whether the verb is plural (then `die` shows no gender).
 * @param entity
 *   The person's entity id.
 * @returns
 *   `false` when the phrase's article shows the other gender.
 */
export function phraseGenderAgrees(article: ArticleInfo, info: ParagraphInfo, from: number, plural: boolean, entity: string): boolean {
  const head = info.parts[from]
  const wanted = head ? articleGender(head.lower, { plural }) : undefined
  if (!wanted) return true
  const seen = seenIndex(article).persons.find((candidate) => candidate.entity === entity && candidate.gender !== undefined)
  return !seen || seen.gender === wanted
}

function articleGender(article: string, options: { plural?: boolean; genitive?: boolean }): 'f' | 'm' | undefined {
  if (options.genitive) return article === 'des' ? 'm' : article === 'der' && !options.plural ? 'f' : undefined
  return article === 'der' ? 'm' : article === 'die' && !options.plural ? 'f' : undefined
}

/** The organization named before `position` whose mention or name is the folded `modifier` (`gdp`), with the classifier nouns seen before it. */
function namedOrganization(article: ArticleInfo, modifier: string, position: Position): SeenOrg | undefined {
  return lastBefore(seenIndex(article).orgs, article, position, (org) => fold(org.text) === modifier || fold(article.entities.get(org.entity)?.name ?? '') === modifier, 200)
}

/** Whether a folded compound role (`gewerkschaftschef`) names by its modifier (`Gewerkschaft`) a kind of organization that `org` is. */
function roleNamesKindOf(article: ArticleInfo, role: string, org: SeenOrg): boolean {
  const entity = article.entities.get(org.entity)
  if (!entity) return false
  for (let cut = 4; cut <= role.length - 3; cut++) {
    const noun = orgNounOf(role.slice(0, cut).replace(/s$/u, ''))
    if (noun && orgFits(noun, entity, org.classifiers)) return true
  }
  return false
}

/** `des Ministeriums`, `der russischen Behörde` at part `at`: the organization an organization noun in the genitive points back to (`resolveOrgNoun`). */
function genitiveOrganization(article: ArticleInfo, info: ParagraphInfo, at: number, to: number): Speaker | undefined {
  if (at >= to || !['des', 'der'].includes(info.parts[at]!.lower) || /[,;:]/.test(gapText(info, at - 1, at))) return undefined
  let j = at + 1
  while (j < to && j < at + 4 && !info.parts[j]!.upper && attributive.test(info.parts[j]!.lower)) j++
  const noun = info.parts[j]
  if (!noun?.upper || noun.hyphenAfter || (j + 1 < to && info.parts[j + 1]!.upper && !/[,;:.!?]/.test(gapText(info, j, j + 1)))) return undefined
  return resolveOrgNoun(article, noun.text, { paragraph: info.index, offset: info.parts[at]!.start }, info.parts.slice(at + 1, j).map((part) => part.lower))
}

/** Articles that open a described noun phrase, before its adjectives (`Der amerikanische Präsident`, `Die polnische Regierung`). */
const phraseArticles = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines'])
/** Attributive adjectives and participles (`amerikanische`, `zuständigen`). */
const attributive = /^[a-zäöüß]+(?:e|en|er|es|em)$/
/** Finite verb forms in `-en`/`-e`/`-er` that end a noun phrase (`Diese wurden …`). */
const finiteForms = new Set(['wurden', 'werden', 'wurde', 'werde', 'haben', 'habe', 'hatten', 'hatte', 'waren', 'wäre', 'wären', 'seien', 'hätten', 'hätte', 'würden', 'würde', 'konnten', 'könnten', 'sollten', 'wollten', 'mussten', 'müssten', 'dürften', 'sagte', 'sagten', 'erklärte', 'erklärten', 'teilte', 'teilten', 'betonte', 'betonten', 'aber', 'oder', 'über', 'unter', 'hinter', 'wieder', 'immer', 'später', 'sehr', 'gerne', 'ebenfalls', 'heute', 'gestern', 'morgen', 'bereits', 'erneut', 'ferner', 'außerdem', 'zunächst', 'daher', 'deshalb', 'wegen'])
const describedDeterminers = new Set([...articles, 'den', 'dem', 'des', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine'])
const leadWords = new Set(['wie', 'nachdem', 'als', 'zudem', 'auch', 'aber', 'doch', 'bereits', 'erst', 'noch', 'nun', 'jetzt', 'dabei', 'daraufhin', 'inzwischen', 'unterdessen', 'zuvor', 'später', 'außerdem', 'jedoch', 'allerdings', 'so', 'und', 'heute', 'gestern', 'damals', 'zunächst', 'schließlich', 'weiter'])

/**
 * The noun phrase that describes an unnamed source in parts `[from, to)`:
 * leading adverbs, subordinators and prepositional phrases skipped
 * (`Bereits vor zwei Wochen`, `Wie`), then a determiner, adjectives, the
 * capitalized head and a genitive after it (`die Gewerkschaft der
 * Fluglotsen`); no finite verb or adverb after the head.
 */
function describeSource(info: ParagraphInfo, from: number, to: number): string | undefined {
  let j = from
  while (j < to) {
    const part = info.parts[j]!
    if (leadWords.has(part.lower)) {
      j++
      continue
    }
    if (prepositions.has(part.lower) && !describedDeterminers.has(part.lower)) {
      // Skip the prepositional phrase: up to and including its first capitalized word (or a number and a noun).
      j++
      while (j < to && !info.parts[j]!.upper) j++
      while (j < to && info.parts[j]!.hyphenAfter) j++
      j++
      continue
    }
    break
  }
  if (j >= to) return undefined
  const start = j
  // Determiners and adjectives before the head: `Der amerikanische Präsident`, `Die polnische Regierung` (a capitalized article is no head).
  if (phraseArticles.has(info.parts[j]!.lower)) {
    j++
    while (j < to && j < start + 4 && !info.parts[j]!.upper && (attributive.test(info.parts[j]!.lower) || /^\d/.test(info.parts[j]!.text)) && !finiteForms.has(info.parts[j]!.lower)) j++
    if (j < to && !info.parts[j]!.upper) j = start
  }
  while (j < to && !info.parts[j]!.upper && j < start + 3) j++
  if (j >= to) return undefined
  const head = j
  while (j < to && (j === head || ((info.parts[j]!.upper || info.parts[j - 1]!.hyphenAfter) && !/[,;:.!?(]/.test(info.text.slice(info.parts[j - 1]!.end, info.parts[j]!.start))))) j++
  // A genitive after the head: `der Sprecher des Ministeriums`.
  if (j < to && ['des', 'der'].includes(info.parts[j]!.lower) && !/[,;:]/.test(info.text.slice(info.parts[j - 1]!.end, info.parts[j]!.start))) {
    let k = j + 1
    while (k < to && !info.parts[k]!.upper && k < j + 3) k++
    if (k < to && info.parts[k]!.upper) {
      while (k < to && (info.parts[k]!.upper || info.parts[k - 1]!.hyphenAfter)) k++
      j = k
    }
  }
  // A place after the head: `die Regierung in Moskau`.
  if (j + 1 < to && ['in', 'aus'].includes(info.parts[j]!.lower) && info.parts[j + 1]!.upper && (j + 2 >= to || !info.parts[j + 2]!.upper)) j += 2
  if (j <= start) return undefined
  return closeQuotation(info.text, info.parts[start]!.start, info.parts[j - 1]!.end, to < info.parts.length ? info.parts[to]!.start : info.text.length)
}

/** A description that opened a quotation mark (`der Fernsehsender „Kanal 7`) ends with its closing mark, when that follows before `limit`. */
function closeQuotation(text: string, start: number, end: number, limit: number): string {
  const phrase = text.slice(start, end)
  const opened = (phrase.match(/„/g) ?? []).length
  const closed = (phrase.match(/[“”]/g) ?? []).length
  if (opened <= closed) return phrase
  const close = text.slice(end, Math.min(limit, end + 40)).search(/[“”]/)
  return close < 0 ? phrase : text.slice(start, end + close + 1)
}

/**
 * Resolve the noun phrase over parts `[from, to)` of a paragraph to a speaker:
 * a name in it (a person before other entities), a pronoun, a role noun, or
 * else an unnamed source described by the phrase (`Beide Seiten`).
 *
 * @param article
 *   Article info.
 * @param info
 *   The paragraph.
 * @param from
 *   First part.
 * @param to
 *   Part after the last.
 * @param options
 *   `unnamed`: whether a phrase without a name gives an unnamed source;
 *   `plural`: whether the verb is plural (so `sie` is a group, not a woman).
 * @returns
 *   The speaker, or `undefined`.
 */
export function resolvePhrase(article: ArticleInfo, info: ParagraphInfo, from: number, to: number, options: { unnamed?: boolean; skipPrepositional?: boolean; modifiers?: boolean; plural?: boolean; genitive?: boolean } = {}): Speaker | undefined {
  if (from >= to) return undefined
  const candidates = mentionsIn(info, from, to).filter((mention) => mention.last < to && !mention.inQuote && (options.modifiers || !info.parts[mention.last]!.hyphenAfter))
  const head = info.parts[from]!
  // `Ein Nato-Diplomat`, `eine Sprecherin`: an indefinite noun phrase is an unnamed source, never an anaphor.
  if (indefinites.has(head.lower) && !candidates.some((mention) => mention.type === 'person')) {
    // `einem Bericht der Zeitung The Jakarta Post`, `ein Reporter des Senders Kanal 9`: a named organization in a genitive after the head is the source.
    const genitive = candidates.find((mention) => mention.type === 'organization' && mention.first > from + 1 && ['des', 'der', 'von', 'vom'].some((word) => info.parts.slice(from + 1, mention.first).some((part) => part.lower === word)))
    if (genitive) return { speaker: genitive.mention.entity, description: null, resolution: 'name', confidence: 0.7 }
    // `ein Sprecher des Ministeriums` after the ministry was named: the organization noun points back to it.
    let noun = from + 1
    while (noun < to && noun < from + 4 && !info.parts[noun]!.upper) noun++
    while (noun + 1 < to && info.parts[noun]!.hyphenAfter) noun++
    const organization = noun < to && candidates.length === 0 && isRoleNoun(info.text.slice(info.parts[from + 1]!.start, info.parts[noun]!.end).split(/\s+/).at(-1)!) ? genitiveOrganization(article, info, noun + 1, to) : undefined
    if (organization) return organization
    let last = Math.min(to, from + 4) - 1
    while (last > from && (!info.parts[last]!.upper || info.parts[last]!.hyphenAfter)) last--
    if (last > from) return { speaker: null, description: info.text.slice(head.start, info.parts[last]!.end), resolution: 'unnamed', confidence: 0.5 }
  }
  // `der Diplomat …`, `der Nato-Generalsekretär`: a role noun right after the article names the speaker.
  let roleless: Speaker | undefined
  if (articles.has(head.lower)) {
    let j = from + 1
    while (j < to && !info.parts[j]!.upper) j++
    let last = j
    while (last + 1 < to && info.parts[last]!.hyphenAfter) last++
    // `der stellvertretende Außenminister Sergej Rjabkow`: the name right after the role noun is the speaker.
    const named = candidates.some((mention) => mention.type === 'person' && mention.first === last + 1 && !/[,;:]/.test(info.text.slice(info.parts[last]!.end, info.parts[last + 1]!.start)))
    if (j < to && !named && !candidates.some((mention) => mention.first <= last && mention.last >= j)) {
      const word = info.text.slice(info.parts[j]!.start, info.parts[last]!.end)
      const adjectives = info.parts.slice(from + 1, j).map((part) => part.lower)
      // `der Sprecher des Weißen Hauses`: a noun with a complement is no bare role noun, so not the previous speaker.
      const bare = !(last + 1 < to && ['des', 'der', 'von', 'vom', 'aus'].includes(info.parts[last + 1]!.lower)) && !candidates.some((mention) => mention.first > last)
      const resolved = resolveRole(article, word, { paragraph: info.index, offset: head.start }, articleGender(head.lower, options), adjectives, bare)
      // `der Sprecher des Ministeriums` after `Ein Sprecher des Auswärtigen Amtes`: an organization noun in the genitive of a role noun without holder
      // points back to the nearest organization that fits, which speaks, as a named one in the genitive does (`der Sprecher der Nato`).
      const genitive = resolved?.speaker === null && candidates.length === 0 ? genitiveOrganization(article, info, last + 1, to) : undefined
      if (genitive) return genitive
      // A role noun without a holder: an unnamed source described by its whole noun phrase, unless a name in the phrase speaks.
      if (resolved && resolved.speaker === null) roleless = { ...resolved, description: describeSource(info, from, to) ?? info.text.slice(head.start, info.parts[last]!.end) }
      else if (resolved) return resolved
      // `der Konzern`, `die Partei`: an organization noun after the article, without a name in the phrase, points back to the nearest organization that fits.
      if (!resolved && last === j && candidates.length === 0 && ['der', 'die', 'das'].includes(head.lower)) {
        const organization = resolveOrgNoun(article, word, { paragraph: info.index, offset: head.start }, adjectives)
        if (organization) return organization
      }
    }
  }
  const usable = candidates.filter((mention) => {
    // `das Komitee (gestern) in Oslo`: a place in a prepositional phrase after a noun is where the speaker is, not who speaks.
    if (mention.type === 'place' && mention.first > from + 1 && locativePrepositions.has(info.parts[mention.first - 1]!.lower) && info.parts.slice(from, mention.first - 1).some((part) => part.upper && !describedDeterminers.has(part.lower))) return false
    if (!options.skipPrepositional) return true
    let j = mention.first - 1
    while (j >= from && (modifier.test(info.parts[j]!.text + (info.parts[j]!.hyphenAfter ? '-' : '')) || isRoleNoun(info.parts[j]!.text) || info.parts[j]!.hyphenAfter)) j--
    if (j >= from && articles.has(info.parts[j]!.lower)) j--
    // `Russland hat … durch Kreml-Sprecher X bezeichnet`: a person after `durch` is the mouth the speech went through, and speaks.
    return !(j >= from && prepositions.has(info.parts[j]!.lower) && !(info.parts[j]!.lower === 'durch' && mention.type === 'person'))
  })
  const person = usable.find((mention) => mention.type === 'person')
  const chosen = person ?? usable[0]
  if (chosen) return { speaker: chosen.mention.entity, description: null, resolution: 'name', confidence: 0.9 }
  if (roleless) return roleless
  const first = info.parts[from]!
  const position = { paragraph: info.index, offset: first.start }
  if (first.lower === 'er' || first.lower === 'sie') {
    // Plural `sie` (`sie forderten`) refers to no single person: an unnamed group.
    if (first.lower === 'sie' && options.plural) return { speaker: null, description: first.text, resolution: 'unnamed', confidence: 0.3 }
    const person = resolvePronoun(article, first.text, position, first.lower === 'er' ? 'm' : 'f')
    if (person) return person
    // No compatible person before it: a speaker the text does not name here.
    return { speaker: null, description: first.text, resolution: 'unnamed', confidence: 0.3 }
  }
  for (let j = from; j < to && j < from + 5; j++) {
    const part = info.parts[j]!
    if (!part.upper || part.hyphenAfter || (j === from && describedDeterminers.has(part.lower))) continue
    let wordStart = j
    while (wordStart > from && info.parts[wordStart]!.hyphenBefore) wordStart--
    const word = info.text.slice(info.parts[wordStart]!.start, part.end)
    const resolved = resolveRole(article, word, position)
    if (resolved) return resolved
    break
  }
  // `Li erklärte` after `Li Fei`: a lone word that is the first word of a person's name named before (a family name written first), no given name.
  if (to === from + 1 && first.upper && !first.allCaps && !isGivenName(first.lower)) {
    const folded = fold(first.text)
    const person = lastBefore(seenIndex(article).persons, article, position, (seen) => {
      const words = fold(article.entities.get(seen.entity)?.name ?? seen.text).split(' ')
      return words.length > 1 && words[0] === folded
    }, 40)
    if (person) return { speaker: person.entity, description: null, resolution: 'name', confidence: 0.7, coreference: `\`${first.text}\` → \`${person.text}\` (paragraph ${person.paragraph + 1}): the first word of the name, a family name written first` }
  }
  if (options.unnamed && (articles.has(first.lower) || first.upper)) {
    // `… musste er betonen`: a pronoun right before the cue is the subject.
    const lastPart = info.parts[to - 1]!
    if (to - 1 > from && (lastPart.lower === 'er' || lastPart.lower === 'sie') && !info.inQuote[to - 1]) return resolvePhrase(article, info, to - 1, to, options)
    return { speaker: null, description: describeSource(info, from, to) ?? null, resolution: 'unnamed', confidence: 0.4 }
  }
  return undefined
}
