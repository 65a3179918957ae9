import { fold } from '../fold.js'
import { demonymNouns, isRoleNoun } from '../lexicons/role-nouns.js'
import { mentionsIn, type ArticleInfo, type ParagraphInfo, type PartMention } from './context.js'
import type { Quote } from '../../../schema/quote.js'

/** A resolved speaker. */
export interface Speaker {
  readonly speaker: string | null
  readonly description: string | null
  readonly attribution: Quote['attribution']
  readonly confidence: number
}

const prepositions = new Set([
  'in', 'im', 'aus', 'nach', 'von', 'vom', 'mit', 'bei', 'beim', 'für', 'gegen', 'zu', 'zum', 'zur', 'über', 'auf', 'an', 'am',
  'unter', 'vor', 'seit', 'um', 'ohne', 'zwischen', 'hinter', 'neben', 'wegen', 'trotz', 'gegenüber', 'laut', 'ins', 'ans', 'des', 'der'
])
const articles = new Set(['der', 'die', 'das', 'ein', 'eine', 'dieser', 'diese', 'beide', 'mehrere', 'einige', 'viele', 'zahlreiche'])
const modifier = /^(?:[a-zäöüß]+(?:e|en|er|es|em)|\p{Lu}[\p{L}]*-)$/u

/** Position in the article: paragraph and offset. */
export interface Position {
  readonly paragraph: number
  readonly offset: number
}

function before(mention: PartMention, position: Position): boolean {
  return mention.mention.paragraph < position.paragraph || (mention.mention.paragraph === position.paragraph && mention.mention.start < position.offset)
}

/**
 * The most recent person mentioned outside quotation marks before a position
 * (for `er`, `sie` and role nouns without a known holder).
 *
 * @param article
 *   Article info.
 * @param position
 *   Where to look back from.
 * @returns
 *   The entity id, or `undefined`.
 */
export function lastPerson(article: ArticleInfo, position: Position): string | undefined {
  for (let p = position.paragraph; p >= 0; p--) {
    const mentions = article.paragraphs[p]!.mentions
    for (let m = mentions.length - 1; m >= 0; m--) {
      const mention = mentions[m]!
      if (mention.type === 'person' && !mention.inQuote && before(mention, position)) return mention.mention.entity
    }
  }
  return undefined
}

/**
 * Resolve a role noun (`der Norweger`, `der Kreml-Sprecher`, `der
 * Außenminister`) to an entity: roles seen with names in the article, then the
 * registry's role nouns and titles; the most recent such person wins. A role
 * noun without a known holder falls back to the last person mentioned.
 *
 * @param article
 *   Article info.
 * @param word
 *   The role noun as written.
 * @param position
 *   Where it stands.
 * @returns
 *   The speaker, or `undefined` when the word is no role noun.
 */
export function resolveRole(article: ArticleInfo, word: string, position: Position): Speaker | undefined {
  const key = fold(word.replace(/(?:en|n|s)$/u, (ending) => (isRoleNoun(word.slice(0, -ending.length)) ? '' : ending)))
  const head = key.split(' ').at(-1)!
  const matchesRole = (candidate: string) => {
    const folded = fold(candidate)
    return folded === key || folded.split(' ').at(-1) === head || folded.endsWith(` ${key}`)
  }
  for (let p = position.paragraph; p >= 0; p--) {
    const mentions = article.paragraphs[p]!.mentions
    for (let m = mentions.length - 1; m >= 0; m--) {
      const mention = mentions[m]!
      if (mention.type !== 'person' || mention.inQuote || !before(mention, position)) continue
      const entity = article.entities.get(mention.mention.entity)
      const roles = [mention.mention.role ?? '', ...(entity?.roles ?? []).flatMap((role) => [role.title, ...(role.nouns ?? [])])]
      if (roles.some((role) => role && matchesRole(role))) return { speaker: mention.mention.entity, description: null, attribution: 'role', confidence: 0.75 }
    }
  }
  if (isRoleNoun(word) || demonymNouns.has(word.toLowerCase())) {
    const person = lastPerson(article, position)
    if (person) return { speaker: person, description: null, attribution: 'role', confidence: 0.45 }
  }
  return undefined
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
 *   `unnamed`: whether a phrase without a name gives an unnamed source.
 * @returns
 *   The speaker, or `undefined`.
 */
export function resolvePhrase(article: ArticleInfo, info: ParagraphInfo, from: number, to: number, options: { unnamed?: boolean; skipPrepositional?: boolean; modifiers?: boolean } = {}): Speaker | undefined {
  if (from >= to) return undefined
  const candidates = mentionsIn(info, from, to).filter((mention) => mention.last < to && !mention.inQuote && (options.modifiers || !info.parts[mention.last]!.hyphenAfter))
  // `der Diplomat …`, `der Nato-Generalsekretär`: a role noun right after the article names the speaker.
  const head = info.parts[from]!
  if (articles.has(head.lower)) {
    let j = from + 1
    while (j < to && !info.parts[j]!.upper) j++
    let last = j
    while (last + 1 < to && info.parts[last]!.hyphenAfter) last++
    if (j < to && !candidates.some((mention) => mention.first <= last && mention.last >= j)) {
      const word = info.text.slice(info.parts[j]!.start, info.parts[last]!.end)
      const resolved = resolveRole(article, word, { paragraph: info.index, offset: head.start })
      if (resolved) return resolved
    }
  }
  const usable = candidates.filter((mention) => {
    if (!options.skipPrepositional) return true
    let j = mention.first - 1
    while (j >= from && (modifier.test(info.parts[j]!.text + (info.parts[j]!.hyphenAfter ? '-' : '')) || isRoleNoun(info.parts[j]!.text) || info.parts[j]!.hyphenAfter)) j--
    if (j >= from && articles.has(info.parts[j]!.lower)) j--
    return !(j >= from && prepositions.has(info.parts[j]!.lower))
  })
  const person = usable.find((mention) => mention.type === 'person')
  const chosen = person ?? usable[0]
  if (chosen) return { speaker: chosen.mention.entity, description: null, attribution: 'name', confidence: 0.9 }
  const first = info.parts[from]!
  const position = { paragraph: info.index, offset: first.start }
  if (first.lower === 'er' || first.lower === 'sie') {
    const person = lastPerson(article, position)
    if (person) return { speaker: person, description: null, attribution: 'pronoun', confidence: 0.6 }
    return undefined
  }
  for (let j = from; j < to && j < from + 5; j++) {
    const part = info.parts[j]!
    if (!part.upper || part.hyphenAfter) continue
    let wordStart = j
    while (wordStart > from && info.parts[wordStart]!.hyphenBefore) wordStart--
    const word = info.text.slice(info.parts[wordStart]!.start, part.end)
    const resolved = resolveRole(article, word, position)
    if (resolved) return resolved
    break
  }
  if (options.unnamed && (articles.has(first.lower) || first.upper)) {
    const last = info.parts[Math.min(to, from + 4) - 1]!
    return { speaker: null, description: info.text.slice(first.start, last.end), attribution: 'unnamed', confidence: 0.5 }
  }
  return undefined
}
