import type { Entity } from '../../../schema/entity.js'
import { fold, isAsciiAlphanumeric, translit } from '../fold.js'
import { isClassifierNoun } from '../lexicons/classifier-nouns.js'
import { isGivenName } from '../lexicons/given-names.js'
import { memoize } from '../memoize.js'
import { isAllCaps, type Part } from '../tokens.js'

/** What a name in the index points to. */
export interface NameTarget {
  /** Entity id. */
  readonly entity: string
  /** Entity type. */
  readonly type: Entity['type']
}

interface TrieNode {
  next: Map<string, TrieNode>
  targets: NameTarget[]
}

/** A match of a name over parts `[first, last]`. */
export interface NameMatch {
  readonly first: number
  readonly last: number
  readonly target: NameTarget
}

/** An index of names (registry names, aliases, derived forms) for matching in parts. */
export interface NameIndex {
  readonly plain: TrieNode
  readonly persons: TrieNode
  /** Names written with a lower-case first letter (`dpa`, `taz`, `n-tv`), as written: they match only so. */
  readonly lowerNames: ReadonlySet<string>
  /**
   * Entities with a name or alias that starts lower case (`russische Außenministerium`): only they match a
   * lower-case start. `Europäische Solidarität` (a party) is no match of `die europäische Solidarität`.
   */
  readonly lowerStart: ReadonlySet<string>
}

const newNode = (): TrieNode => ({ next: new Map(), targets: [] })
const adjectiveEndings = ['e', 'en', 'er', 'es', 'em']
const geoSuffixes = ['halbinsel', 'region']

function splitName(name: string): string[] {
  return name.split(/[\s\-\u2010\u2011/]+|(?<=\.)/u).map((part) => part.replace(/[.,'’]/g, '')).filter(Boolean)
}

function keyOf(part: string): string {
  const folded = fold(part).replace(/ /g, '')
  const letters = part.replace(/\P{L}/gu, '')
  // Short acronyms (`EU`, `UN`, `USA`) match only in capitals.
  if (letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) return `!${folded}`
  return folded
}

function insert(root: TrieNode, keys: string[], target: NameTarget): void {
  let node = root
  for (const key of keys) {
    let child = node.next.get(key)
    if (!child) {
      child = newNode()
      node.next.set(key, child)
    }
    node = child
  }
  if (!node.targets.some((existing) => existing.entity === target.entity)) node.targets.push(target)
}

/** Particles between the surnames of a person (`Lula da Silva`, `Ortega y Gasset`). */
const surnameParticles = new Set(['da', 'de', 'do', 'dos', 'das', 'y'])

/**
 * The words of a person's name of two or more words that name the person
 * alone: the last one (`Stoltenberg`), and a word right before a particle
 * of Portuguese or Spanish names that is no first name (`Lula` of `Luiz
 * Inácio Lula da Silva`; not `Ursula` of `Ursula von der Leyen`). At least
 * three letters long.
 */
function surnamesOf(parts: readonly string[]): string[] {
  if (parts.length < 2) return []
  const found = parts.at(-1)!.length >= 3 ? [parts.at(-1)!] : []
  for (let k = 0; k + 2 < parts.length; k++) {
    const word = parts[k]!
    // A first name may be a surname after two names (`Luiz Inácio Lula`), not as a person's first or second name (`Ana Maria de Souza`).
    if (surnameParticles.has(parts[k + 1]!) && word.length >= 3 && /^\p{Lu}/u.test(word) && (k >= 2 || !isGivenName(word.toLowerCase()))) found.push(word)
  }
  return found
}

/**
 * Build a name index from entities: each name and alias, adjective-inflected
 * variants of multi-word names (`Schwarzes Meer` → `Schwarzen Meer`), and for
 * persons the surname alone (`Stoltenberg`, `Lula` of `Lula da Silva`) and transliteration keys
 * (`Grushko` finds `Gruschko`).
 *
 * @param entities
 *   Registry entities, then other known entities (earlier ones win a name).
 * @returns
 *   The index.
 * @example
 *   const index = buildNameIndex(registry)
 */
export function buildNameIndex(entities: readonly Entity[]): NameIndex {
  const plain = newNode()
  const persons = newNode()
  const lowerNames = new Set<string>()
  const lowerStart = new Set<string>()
  const claimed = new Map<string, string>()
  const surnames = new Map<string, Entity[]>()
  for (const entity of entities) {
    const target = { entity: entity.id, type: entity.type }
    const names = [entity.name, ...entity.aliases]
    for (const name of names) {
      let parts = splitName(name)
      // `Nachrichtenagentur AFP`: the common noun before the name is never part of the mention.
      if (parts.length > 1 && isClassifierNoun(parts[0]!)) parts = parts.slice(1)
      if (parts.length === 0) continue
      if (/^\p{Ll}/u.test(name)) lowerNames.add(name)
      if (/^\p{Ll}/u.test(parts[0]!)) lowerStart.add(entity.id)
      const keys = parts.map(keyOf)
      const joined = keys.join(' ')
      const owner = claimed.get(joined)
      if (owner && owner !== entity.id) continue
      claimed.set(joined, entity.id)
      insert(plain, keys, target)
      if (entity.type !== 'person' && parts.length > 1 && /^\p{Lu}/u.test(parts[0]!)) {
        const first = keys[0]!
        for (const ending of adjectiveEndings) {
          if (!first.endsWith(ending)) continue
          const stem = first.slice(0, -ending.length)
          for (const other of adjectiveEndings) insert(plain, [stem + other, ...keys.slice(1)], target)
        }
      }
      if (entity.type === 'person') {
        insert(persons, parts.map(translit), target)
        for (const surname of surnamesOf(parts)) {
          const list = surnames.get(keyOf(surname)) ?? []
          if (!list.includes(entity)) list.push(entity)
          surnames.set(keyOf(surname), list)
        }
      }
    }
  }
  for (const [key, list] of surnames) {
    if (list.length !== 1 || claimed.has(key)) continue
    const entity = list[0]!
    const target = { entity: entity.id, type: entity.type }
    insert(plain, [key], target)
    insert(persons, [translit(key)], target)
  }
  return { plain, persons, lowerNames, lowerStart }
}

/** Top-level domains of outlets' web addresses (`tagesschau.de`, `rt.com`). */
export const topLevelDomains: ReadonlySet<string> = new Set(['de', 'com', 'ru', 'ua', 'at', 'ch', 'net', 'org', 'io', 'eu', 'info', 'online', 'news', 'tv', 'fm'])

function separatorOk(text: string, previous: Part, next: Part): boolean {
  if (next.hyphenBefore) return true
  // One space, the usual case, without a slice.
  if (next.start - previous.end === 1 && text.charCodeAt(previous.end) === 0x20) return true
  const between = text.slice(previous.end, next.start)
  if (/^[ \t\u00a0]+$/.test(between)) return true
  // `tagesschau.de`, `Bild.de`: a web address's top-level domain.
  if (between === '.' && topLevelDomains.has(next.text)) return true
  return between === '. ' && previous.text.length <= 3
}

/** Keys a part may match in the plain index: folded, `!`-marked for capitals, and without a genitive ending. */
function variantKeys(text: string, allCaps: boolean): readonly string[] {
  const key = fold(text).replace(/ /g, '')
  const result = [key]
  if (allCaps) result.unshift(`!${key}`)
  if (key.length > 3 && (key.endsWith('s') || key.endsWith('’'))) result.push(key.slice(0, -1))
  if (key.length > 4 && key.endsWith('es')) result.push(key.slice(0, -2))
  return result
}

/** The keys of one part's text in both indexes, and its folded form: one lookup per part instead of one per index. */
interface PartKeys {
  /** `variantKeys` (the `!` form when the part is all capitals). */
  readonly plain: readonly string[]
  /** The transliteration key. */
  readonly person: readonly string[]
  /** `fold` of the text. */
  readonly folded: string
}

/** `PartKeys` of a part's text (whether it is all capitals follows from the text). */
const keysOfText = memoize((text): PartKeys => {
  return { plain: variantKeys(text, isAllCaps(text)), person: [translit(text)], folded: fold(text) }
})

function variants(part: Part): readonly string[] {
  return keysOfText(part.text).plain
}

function personVariants(part: Part): readonly string[] {
  return keysOfText(part.text).person
}

function walk(root: TrieNode, text: string, parts: readonly Part[], index: number, keyFn: (part: Part) => readonly string[], firstKeys: readonly string[] = keyFn(parts[index]!)): NameMatch | undefined {
  // Most parts start no name: no arrays for them.
  if (!hasChild(root, firstKeys)) return undefined
  let best: NameMatch | undefined
  let frontier: TrieNode[] = [root]
  for (let j = index; j < parts.length && j < index + 8; j++) {
    const part = parts[j]!
    if (j > index && !separatorOk(text, parts[j - 1]!, part)) break
    const keys = j === index ? firstKeys : keyFn(part)
    const next: TrieNode[] = []
    for (const node of frontier) {
      for (const key of keys) {
        const child = node.next.get(key)
        if (child && !next.includes(child)) next.push(child)
      }
    }
    if (next.length === 0) break
    frontier = next
    const withTargets = firstWithTargets(next)
    if (withTargets) best = { first: index, last: j, target: withTargets.targets[0]! }
  }
  return best
}

function hasChild(node: TrieNode, keys: readonly string[]): boolean {
  for (const key of keys) if (node.next.has(key)) return true
  return false
}

function firstWithTargets(nodes: readonly TrieNode[]): TrieNode | undefined {
  for (const node of nodes) if (node.targets.length > 0) return node
  return undefined
}

/**
 * Find the names of an index in a paragraph's parts, longest match first,
 * left to right. Inflected forms match (`Stoltenbergs`, `Russlands`,
 * `Nato-Russland-Rates`), so do case variants (`Nato`, `NATO`), hyphen
 * compounds (`Kreml-Sprecher` → `Kreml`) and place compounds
 * (`Krimhalbinsel` → `Krim`). `US-` before a hyphen is an adjective, not a
 * mention of the USA.
 *
 * @param index
 *   Name index.
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken (updated).
 * @returns
 *   Matches in text order.
 * @example
 *   matchNames(index, text, tokenize(text), new Set())
 */
export function matchNames(index: NameIndex, text: string, parts: readonly Part[], covered: Set<number>): NameMatch[] {
  const matches: NameMatch[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (covered.has(i)) continue
    if (!part.upper) {
      // A name that starts with a lower-case adjective (`russische Außenministerium`) needs more words, ending in a capitalized one.
      if (part.hyphenBefore || !index.plain.next.has(isAsciiAlphanumeric(part.text) ? part.lower : fold(part.text))) continue
      const lower = walk(index.plain, text, parts, i, variants)
      if (!lower) continue
      // A name written in lower case (`dpa`) matches as written; other lower-case starts need a capitalized last word.
      const asWritten = index.lowerNames.has(text.slice(part.start, parts[lower.last]!.end))
      if (!asWritten && (lower.last === lower.first || !parts[lower.last]!.upper || !index.lowerStart.has(lower.target.entity))) continue
      let taken = false
      for (let k = lower.first; k <= lower.last; k++) if (covered.has(k)) taken = true
      if (taken) continue
      for (let k = lower.first; k <= lower.last; k++) covered.add(k)
      matches.push(lower)
      i = lower.last
      continue
    }
    const keys = keysOfText(part.text)
    let match = walk(index.plain, text, parts, i, variants, keys.plain)
    const personMatch = walk(index.persons, text, parts, i, personVariants, keys.person)
    if (personMatch && (!match || personMatch.last > match.last)) match = personMatch
    if (!match && !part.hyphenAfter) {
      const key = keys.folded
      for (const suffix of geoSuffixes) {
        if (!key.endsWith(suffix) || key.length <= suffix.length + 2) continue
        const head = index.plain.next.get(key.slice(0, -suffix.length))
        const target = head?.targets.find((candidate) => candidate.type === 'place')
        if (target) match = { first: i, last: i, target }
      }
    }
    if (!match) continue
    if (match.first === match.last && part.hyphenAfter && part.text === 'US') continue
    let overlap = false
    for (let k = match.first; k <= match.last; k++) if (covered.has(k)) overlap = true
    if (overlap) continue
    for (let k = match.first; k <= match.last; k++) covered.add(k)
    matches.push(match)
    i = match.last
  }
  return matches
}
