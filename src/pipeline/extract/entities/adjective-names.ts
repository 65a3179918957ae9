import { adjectiveStem } from '../lexicons/demonyms.js'
import { adjectiveNameHeads, nameAdjectives } from '../lexicons/name-heads.js'
import { memoize } from '../memoize.js'
import type { Part } from '../tokens.js'
import type { Discovery } from './discover.js'

/** Adjective shapes with an inflection ending (`Interamerikanische`, `Norddeutschen`, `Statistischen`, `Föderalen`). */
const adjectiveShape = /(?:sch|al|ell|lich|ig|iv|är|ös)(?:e|en|er|es|em)$/u
const inflection = /(?:e|en|er|es|em)$/u

/** Words before a name that begins with an adjective (any case): definite articles and contracted prepositions. */
const determiners = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'beim', 'vom', 'zum', 'zur', 'im', 'am', 'ins'])

/** Heads that take a genitive complement into the name (`Akademie der Wissenschaften`, `Verband der Automobilindustrie`). */
const complementHeads = new Set(['Akademie', 'Partei', 'Union', 'Verband', 'Institut', 'Komitee', 'Zentrum', 'Gewerkschaft'])

/** Strong nominative endings of an adjective before a head of each gender (`Deutscher Verband`, `Deutsche Bank`, `Deutsches Institut`). */
const strongEnding = { m: 'er', f: 'e', n: 'es' } as const

function spaced(text: string, a: Part, b: Part): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))
}

/** The head noun of a word (the last element of a compound, `Journalisten-Verband`, `Entwicklungsbank`), with its nominative and gender. */
function headOf(parts: readonly Part[], k: number): { first: number; nominative: string; gender: 'm' | 'f' | 'n' } | undefined {
  const part = parts[k]!
  if (!part.upper || part.allCaps || part.hyphenAfter) return undefined
  let first = k
  while (first > 0 && parts[first]!.hyphenBefore) first--
  if (first < k - 2) return undefined
  const previous = parts[first - 1]
  if (!previous || !previous.upper || previous.allCaps) return undefined
  for (let k2 = first; k2 <= k; k2++) if (!parts[k2]!.upper) return undefined
  const head = headOfWord(part.text)
  return head ? { first, nominative: head.nominative, gender: head.gender } : undefined
}

/** The head noun a word ends in, in the nominative, with its gender (memoized: the same words come again and again). */
const headOfWord = memoize((text: string): { nominative: string; gender: 'm' | 'f' | 'n' } | null => {
  const lower = text.toLowerCase()
  for (let cut = 0; cut < lower.length - 2; cut++) {
    const head = adjectiveNameHeads.get(lower.slice(cut))
    // Inside a compound word only a head that ends compounds, and a short one only after a joining `s` (`Bundesamt`, not `Zierat`).
    if (head && (cut === 0 || (head.inCompound && (head.nominative.length > 4 || lower[cut - 1] === 's')))) {
      const written = text.slice(0, cut)
      return { nominative: cut === 0 ? head.nominative : written + head.nominative.toLowerCase(), gender: head.gender }
    }
  }
  return null
})

/** Whether a capitalized word is an adjective that begins a name: a nationality, an adjective's shape or a listed one (`Rote`, `Freie`). */
function isNameAdjective(part: Part, isPlace: (word: string) => boolean): boolean {
  if (!part.upper || part.allCaps || part.hyphenBefore || part.hyphenAfter) return false
  if (adjectiveStem(part.lower) !== undefined || adjectiveShape.test(part.lower)) return true
  if (nameAdjectives.has(part.lower.replace(inflection, ''))) return true
  // A place's adjective (`Hamburger`, `Moskauer`): invariant.
  return isPlaceAdjective(part, isPlace)
}

/** Whether a capitalized word is a place's invariant adjective (`Moskauer`, `Hamburger`). */
function isPlaceAdjective(part: Part, isPlace: (word: string) => boolean): boolean {
  return part.lower.endsWith('er') && isPlace(part.text.slice(0, -2))
}

/** The adjective in the strong nominative before a head of `gender` (`Deutschen` → `Deutscher` before `Verband`); a place's adjective stays. */
function nominativeAdjective(part: Part, gender: 'm' | 'f' | 'n', isPlace: (word: string) => boolean): string {
  if (isPlaceAdjective(part, isPlace)) return part.text
  return part.text.replace(inflection, '') + strongEnding[gender]
}

/**
 * Organization names that are capitalized adjectives before an
 * organization head noun inside a sentence, after an article or a
 * contracted preposition (also at a sentence start: `Das Deutsche Rote Kreuz`): `des Deutschen Journalisten-Verbands`, `das
 * Bayerische Fernsehen`, `der Interamerikanischen Entwicklungsbank`, `beim
 * Hamburger Schach-Club`, `das Deutsche Rote Kreuz` (a city's adjective
 * before a bare head is none: `das Moskauer Gericht`). German writes the
 * adjective of a name with a capital letter and that of a common noun in
 * lower case (`die russische Bank`), so the capital inside a sentence is the
 * sign. The name is the strong nominative (`Deutscher Journalisten-Verband`);
 * a party takes the genitive of a known place after it (`der Demokratischen
 * Partei Serbiens` → `Demokratische Partei Serbiens`; the mention is the party, the place a mention of its own). Heads and listed
 * adjectives: `adjectiveNameHeads`, `nameAdjectives` in `lexicons/name-heads.ts`.
 * Marks the parts it takes.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken (updated).
 * @param isPlace
 *   Whether a word as written is a known place.
 * @returns
 *   The names found, as discoveries.
 * @example
 *   adjectiveNames('Er sprach beim Bayerischen Rundfunk.', parts, new Set(), isPlace)[0].name // => 'Bayerischer Rundfunk'
 */
export function adjectiveNames(text: string, parts: readonly Part[], covered: Set<number>, isPlace: (word: string) => boolean): Discovery[] {
  const found: Discovery[] = []
  for (let k = 1; k < parts.length; k++) {
    if (covered.has(k)) continue
    const head = headOf(parts, k)
    if (!head) continue
    let first = head.first
    while (first > 0 && first > head.first - 3 && !covered.has(first - 1) && isNameAdjective(parts[first - 1]!, isPlace) && spaced(text, parts[first - 1]!, parts[first]!)) first--
    if (first === head.first) continue
    // `das Moskauer Gericht`, `die Berliner Bank`: a city's adjective before a bare head is a common noun of that city (a name of that shape is in the registry); `der Hamburger Schach-Club` is a name.
    if (head.first === k && adjectiveNameHeads.has(parts[k]!.lower) && !adjectiveNameHeads.get(parts[k]!.lower)!.byCity && parts.slice(first, head.first).every((part) => isPlaceAdjective(part, isPlace))) continue
    const before = parts[first - 1]
    if (!before || !determiners.has(before.lower) || !spaced(text, before, parts[first]!)) continue
    let taken = false
    for (let j = first; j <= k; j++) if (covered.has(j)) taken = true
    if (taken) continue
    let name = [
      ...parts.slice(first, head.first).map((part) => nominativeAdjective(part, head.gender, isPlace)),
      text.slice(parts[head.first]!.start, parts[k]!.start) + head.nominative
    ].join(' ')
    const after = parts[k + 1]
    // The place stays a mention of its own; the party is named with it.
    const ofPlace = head.nominative === 'Partei' && after !== undefined && after.upper && !after.hyphenAfter && spaced(text, parts[k]!, after) && after.lower.endsWith('s') && isPlace(after.text.slice(0, -1))
    if (ofPlace) name += ` ${after.text}`
    // A genitive complement of one capitalized noun in `-en`, `-ie`, `-ät` (`der Chinesischen Akademie der Sozialwissenschaften`).
    let last = k
    const article = parts[k + 1]
    const noun = parts[k + 2]
    if (!ofPlace && article && noun && complementHeads.has(head.nominative) && (article.text === 'der' || article.text === 'des') && !covered.has(k + 2) && noun.upper && !noun.allCaps && !noun.hyphenAfter && spaced(text, parts[k]!, article) && spaced(text, article, noun) && /(?:en|ie|ät)$/u.test(noun.lower) && !isPlace(noun.text) && !isPlace(noun.text.replace(/s$/u, ''))) {
      last = k + 2
      name += text.slice(parts[k]!.end, noun.end)
    }
    for (let j = first; j <= last; j++) covered.add(j)
    // As written it may be a registry name (`Deutsche Bundestag`), unless a place made it another one.
    found.push({ first, last, type: 'organization', name, kind: head.nominative === 'Partei' ? 'party' : null, ...(ofPlace ? {} : { alternatives: [text.slice(parts[first]!.start, parts[last]!.end)] }) })
    k = last
  }
  return found
}
