import type { Entity } from '../../../schema/entity.js'
import { adjectiveOfPrefix, adjectiveStem, countryNames, placeAdjectives, stateAdjectives, stateAdjectiveStem, stateCapitalAdjectives } from '../lexicons/demonyms.js'
import { firstNames } from '../lexicons/first-names.js'
import { isGivenName, isListedGivenNameOnly } from '../lexicons/given-names.js'
import { isClassifierNoun } from '../lexicons/classifier-nouns.js'
import { authorityHeads, capsStoplist, englishConnectors, eventHeads, englishOrgHeads, orgConnectors, orgHeadNominative, orgHeads, orgWordSuffixes, thingHeads, unitAcronyms } from '../lexicons/org-shapes.js'
import { demonymNouns, isRoleNoun } from '../lexicons/role-nouns.js'
import { stopwords } from '../lexicons/stopwords.js'
import type { Part } from '../tokens.js'
import { genitiveCountryAfter } from './national-bodies.js'

/** A name found by rule, not in the registry. */
export interface Discovery {
  /** First part. */
  readonly first: number
  /** Last part. */
  readonly last: number
  /** Entity type. */
  readonly type: Entity['type']
  /** Canonical name for the new entity. */
  readonly name: string
  /** Kind of organization, when known. */
  readonly kind: string | null
  /** Other names it may have in the registry (`russisches Außenministerium`). */
  readonly alternatives?: readonly string[]
}

const ministryPrepositions = new Set(['vom', 'im', 'ins', 'beim', 'des', 'dem', 'das', 'aus'])

/**
 * The country of a ministry word at parts `[first, last]`: a nationality
 * adjective or a capital's adjective before it (`russische Außenministerium`,
 * `Moskauer Außenministerium`), a country prefix
 * (`US-Außenministerium`), the country's genitive after it
 * (`Verteidigungsministerium der Russischen Föderation`), a place after it
 * (`Verteidigungsministerium in London`), or a `US-` compound right before a preposition
 * (`US-Diplomatin vom Außenministerium`); a federal ministry
 * (`Bundesinnenministerium`) is Germany's. `undefined` when not clear.
 */
function ministryCountry(text: string, parts: readonly Part[], first: number, last: number): { stem: string; headFirst: number } | undefined {
  if (last > first) {
    const prefix = adjectiveOfPrefix(parts[first]!.text)
    return prefix ? { stem: prefix, headFirst: first + 1 } : undefined
  }
  // `Bundesinnenministerium`, `Bundesministerium`: a federal ministry of Germany.
  if (parts[first]!.lower.startsWith('bundes')) return { stem: 'deutsch', headFirst: first }
  const previous = first > 0 ? parts[first - 1] : undefined
  const adjective = previous && !previous.upper && spaced(text, previous, parts[first]!) ? adjectiveStem(previous.lower) : undefined
  if (adjective) return { stem: adjective, headFirst: first }
  // A capital's adjective: `das Moskauer Verteidigungsministerium`, `des Kiewer Außenministeriums`.
  const capital = previous && previous.upper && previous.lower.endsWith('er') && spaced(text, previous, parts[first]!) ? placeAdjectives.get(previous.lower.slice(0, -2)) : undefined
  if (capital) return { stem: capital, headFirst: first }
  // `Verteidigungsministerium der Russischen Föderation`, `Außenministerium Polens`: the country's genitive after it.
  const genitive = genitiveCountryAfter(text, parts, last)
  if (genitive) return { stem: genitive, headFirst: first }
  const next = parts[last + 1]
  const place = parts[last + 2]
  if (next && place && next.lower === 'in' && spaced(text, parts[last]!, next) && spaced(text, next, place) && !place.hyphenAfter) {
    const stem = placeAdjectives.get(place.lower)
    if (stem) return { stem, headFirst: first }
  }
  if (previous && ministryPrepositions.has(previous.lower) && first >= 2 && spaced(text, parts[first - 2]!, previous)) {
    let k = first - 2
    while (k > 0 && parts[k]!.hyphenBefore) k--
    if (k < first - 2 && parts[k]!.text === 'US') return { stem: 'amerikanisch', headFirst: first }
  }
  return undefined
}

/**
 * The German state of a ministry word at part `first`: the state's adjective
 * before it (`das bayerische Innenministerium`, `des
 * nordrhein-westfälischen Schulministeriums`) or its capital's
 * (`das Schweriner Umweltministerium`). Names: `Innenministerium Bayerns`,
 * `bayerisches Innenministerium`, and the capital's form as written.
 * `undefined` when none stands there.
 */
function ministryState(text: string, parts: readonly Part[], first: number, base: string): string[] | undefined {
  const previous = first > 0 ? parts[first - 1] : undefined
  if (!previous || previous.hyphenAfter || !spaced(text, previous, parts[first]!)) return undefined
  let k = first - 1
  while (k > 0 && parts[k]!.hyphenBefore) k--
  const word = text.slice(parts[k]!.start, previous.end)
  const capital = previous.upper && k === first - 1 ? stateCapitalAdjectives.get(previous.lower) : undefined
  const stem = capital ?? (previous.upper ? undefined : stateAdjectiveStem(word))
  if (!stem) return undefined
  return [`${base} ${stateAdjectives.get(stem)!}`, `${stem}es ${base}`, ...(capital ? [`${word} ${base}`] : [])]
}

/**
 * Words of federal bodies: `Bundes` + a word + an authority head
 * (`Bundeskartellamt`, `Bundessozialgericht`, `Bundesnetzagentur`,
 * `Bundesrechnungshof`, `Bundesärztekammer`), or a word + `bundesamt`
 * (`Umweltbundesamt`, `Kraftfahrt-Bundesamt`), genitive included. The bare
 * heads (`Bundesamt`, `Bundesbehörde`) name none. Only a word that starts
 * with `Bundes` or holds `undesamt` can match (the rule tests that first).
 */
const federalBody = /^(?:Bundes\p{Ll}{3,}(?:amt|agentur|anstalt|gericht|gerichtshof|rechnungshof|finanzhof|kammer)|\p{Lu}[\p{L}-]{2,}(?:b|-B)undesamt)(?:(?<=(?:amt|gericht|hof))e?s)?$/u

/** Role nouns that are also an inflected adjective (`der Oberste Gerichtshof`, `dem Obersten Gericht`). */
const adjectiveHomographs = new Set(['oberste', 'obersten', 'oberster', 'oberstes', 'oberstem'])

const particles = new Set(['von', 'van', 'der', 'de', 'al', 'bin', 'da', 'di', 'le', 'la', 'zu', 'dos', 'del'])
const patronymic = /(?:owitsch|ewitsch|itsch|owna|ewna|ytsch|ovich|evich)$/

function spaced(text: string, a: Part, b: Part): boolean {
  // One space, the usual case, without a slice.
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 0x20) return true
  return /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start))
}

function wordOf(parts: readonly Part[], index: number): [number, number] {
  let first = index
  let last = index
  while (first > 0 && parts[first]!.hyphenBefore) first--
  while (last < parts.length - 1 && parts[last]!.hyphenAfter) last++
  return [first, last]
}

function surnameLike(part: Part): boolean {
  return part.upper && !part.allCaps && part.text.length >= 2 && !stopwords.has(part.lower) && !/\d/.test(part.text) && !isRoleNoun(part.text) && !demonymNouns.has(part.lower)
}

/** The part of an acronym in parentheses right after a name (`… in Europa (OSZE)`), or `undefined`. */
function acronymAfter(text: string, parts: readonly Part[], last: number): number | undefined {
  const next = parts[last + 1]
  if (!next || !next.allCaps || next.hyphenAfter || next.text.length > 8) return undefined
  if (!/^\s*\($/.test(text.slice(parts[last]!.end, next.start)) || text[next.end] !== ')') return undefined
  return last + 1
}

/**
 * The last part of a name that an unknown acronym at part `i` begins (`FC St.
 * Pauli`, `SC Freiburg`, `IG Metall`, `KP Chinas`, `SG ACT Baunatal`, `VSC
 * Klingenthal`), or `undefined` when the acronym stands alone. The words
 * after it are capitalized, no stopword, first name or role noun, joined by
 * one space (an abbreviation's full stop after a two-letter word: `St.`), at
 * most three; the name must end the noun phrase. After an acronym of two
 * letters (a name prefix: `FC`, `IG`, `KP`) the next word may be a common
 * noun (`IG Metall`); after a longer one it may not, so `die LDPR Sanktionen
 * fordert` keeps `LDPR` alone.
 */
function acronymNameEnd(text: string, parts: readonly Part[], covered: ReadonlySet<number>, i: number, isNoun: (word: string) => boolean): number | undefined {
  const prefix = parts[i]!.text.length === 2
  let last = i
  for (let k = i + 1; k < parts.length && k <= i + 3; k++) {
    const part = parts[k]!
    const previous = parts[k - 1]!
    const gap = text.slice(previous.end, part.start)
    const abbreviation = previous.text.length === 2 && !previous.allCaps && gap === '. '
    if (!(spaced(text, previous, part) || abbreviation) || covered.has(k) || !part.upper || part.hyphenBefore) break
    if (stopwords.has(part.lower) || firstNames.has(part.lower) || isRoleNoun(part.text) || isClassifierNoun(part.text)) break
    if (!part.allCaps && isNoun(part.text) && !(prefix && k === i + 1)) break
    last = k
    // `IG Metall-Vorsitzender`: the compound after the name ends it.
    if (part.hyphenAfter) break
  }
  if (last === i) return undefined
  // A two-letter word must not end it (`St.` needs its name).
  if (parts[last]!.text.length < 2) return undefined
  const following = parts[last + 1]
  if (following && spaced(text, parts[last]!, following) && following.upper) return undefined
  return last
}

/** Whether the acronym at part `i` stands in brackets after the name of an event or a thing (`„Arctic Energy Summit“ (AES)`, `Klimakonferenz (COP)`, `Raumstation (ISS)`: `eventHeads`, `thingHeads`); the caller leaves one after a known organization alone (`Münchner Sicherheitskonferenz (MSC)`). */
function eventBefore(text: string, parts: readonly Part[], i: number): boolean {
  const before = parts[i - 1]
  if (!before || !/^[“"«»]?[ \t]*\($/u.test(text.slice(before.end, parts[i]!.start))) return false
  const word = before.lower
  for (const head of eventHeads) if (word === head || (head.length >= 5 && word.endsWith(head))) return true
  // `Internationalen Raumstation (ISS)`, `Müllverbrennungsanlage (MVA)`: a thing, no organization.
  for (const head of thingHeads) if (word.replace(/(?:e?s|en|n)$/u, '').endsWith(head) || word.endsWith(head)) return true
  return false
}

/**
 * Acronyms that a paragraph defines in brackets after the name of an event or
 * a thing (`Internationale Raumstation (ISS)`): they name no organization
 * elsewhere in the article either (`der 18. Versorgungsflug für die ISS`).
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts taken by known names (an acronym after a known organization is left alone).
 * @returns
 *   The acronyms as written.
 */
export function thingAcronyms(text: string, parts: readonly Part[], covered: ReadonlySet<number>): string[] {
  const found: string[] = []
  for (let i = 1; i < parts.length; i++) if (parts[i]!.allCaps && !covered.has(i) && !covered.has(i - 1) && text[parts[i]!.end] === ')' && eventBefore(text, parts, i)) found.push(parts[i]!.text)
  return found
}

/** Whether an initial stands right before a part (`J.P. Morgan`): the name began before it. */
function initialBefore(text: string, part: Part): boolean {
  return /\p{Lu}\.[ \t]?$/u.test(text.slice(Math.max(0, part.start - 3), part.start))
}

/** Whether a short word is written with a full stop (`Co.`, `Dr.`): an abbreviation, no surname. */
function abbreviated(text: string, part: Part): boolean {
  return part.text.length <= 3 && text[part.end] === '.' && /\p{Lu}/u.test(part.text[0]!) && !/^\p{Lu}\p{Ll}{3}/u.test(part.text)
}

/** Whether a short capitalized word that no lexicon knows stands right before part `i` inside a sentence (`Chui Sai On`). */
function unknownWordBefore(text: string, parts: readonly Part[], covered: ReadonlySet<number>, i: number, isNoun: (word: string) => boolean): boolean {
  const before = parts[i - 1]
  // A long word is rather a German noun the lexicon lacks (`Tennisspieler`) than a part of a name.
  if (!before || !before.upper || before.allCaps || before.text.length >= 8 || covered.has(i - 1) || !spaced(text, before, parts[i]!) || before.hyphenAfter) return false
  if (stopwords.has(before.lower) || isRoleNoun(before.text) || isClassifierNoun(before.text) || demonymNouns.has(before.lower) || isNoun(before.text) || firstNames.has(before.lower)) return false
  // At a sentence start any word is capitalized.
  let k = before.start - 1
  while (k >= 0 && ' \t„"»«‚('.includes(text[k]!)) k--
  return k >= 0 && !'.!?:;'.includes(text[k]!)
}

/** Articles that may open an apposition before its role noun (`Gabriela Koch, die Vorsitzende …`). */
const appositionArticles = new Set(['der', 'die', 'ein', 'eine'])

/**
 * Whether a surname that is also a German noun (`Koch`, `Schimmer`) shows it is a surname:
 * it is the first half of a double surname whose last half is no noun (`Koch-Mehrin`), or
 * the name is followed by an apposition with a role noun (`Gabriela Koch, Vorsitzende des …`,
 * `…, die Sprecherin der …`). A first name that only the package's lists know needs this.
 */
function surnameShown(text: string, parts: readonly Part[], j: number, isNoun: (word: string) => boolean): boolean {
  const [, last] = wordOf(parts, j)
  if (last > j && parts[last]!.upper && !isNoun(parts[last]!.text)) return true
  let k = last + 1
  if (!parts[k] || !/^,\s*$/u.test(text.slice(parts[last]!.end, parts[k]!.start))) return false
  if (appositionArticles.has(parts[k]!.text)) k++
  // Adjectives before the role noun (`die langjährige Vorsitzende`).
  while (parts[k] && !parts[k]!.upper && /(?:e|en|er)$/u.test(parts[k]!.text) && k <= last + 3) k++
  const head = parts[k]
  return head !== undefined && head.upper && isRoleNoun(text.slice(head.start, parts[wordOf(parts, k)[1]]!.end))
}

/** Particles that join further surnames of a person (`Lula da Silva`, `Abu Musab al-Zarqawi`, `Zia ul-Haq`). */
const surnameParticles = new Set(['da', 'de', 'do', 'dos', 'del', 'della', 'di', 'van', 'von', 'al', 'el', 'ul', 'bin', 'ibn', 'ben'])

/**
 * The last part of a person's name whose surname ends at `last`, with up to
 * two more surnames (`Ayaan Hirsi Ali`, `Nicanor Duarte Frutos`, `Luiz
 * Inácio Lula da Silva`, `Abu Musab al-Zarqawi`): each capitalized, no common
 * noun, stopword or role noun, not taken, after one space or a particle; a
 * first name only when no surname follows it.
 */
function moreSurnames(text: string, parts: readonly Part[], covered: ReadonlySet<number>, last: number, isNoun: (word: string) => boolean): number {
  for (let words = 0; words < 2; words++) {
    let k = last + 1
    if (!parts[k] || !spaced(text, parts[last]!, parts[k]!)) break
    // `da Silva`, `al-Zarqawi`: a particle, by a space or a hyphen.
    if (surnameParticles.has(parts[k]!.text) && parts[k + 1] && (parts[k]!.hyphenAfter || spaced(text, parts[k]!, parts[k + 1]!))) k++
    const next = parts[k]
    if (!next || covered.has(k) || !surnameLike(next) || isNoun(next.text) || isClassifierNoun(next.text) || abbreviated(text, next)) break
    const end = wordOf(parts, k)[1]
    // A first name that a surname follows begins the next person (`… Merkel Olaf Scholz`); one that ends the name is a surname (`Hirsi Ali`).
    const after = parts[end + 1]
    if (firstNames.has(next.lower) && after && spaced(text, parts[end]!, after) && surnameLike(after)) break
    last = end
  }
  return last
}

/** Keep a discovery unless one of its parts is taken already, and mark its parts taken. */
function take(found: Discovery[], covered: Set<number>, discovery: Discovery): void {
  for (let k = discovery.first; k <= discovery.last; k++) if (covered.has(k)) return
  for (let k = discovery.first; k <= discovery.last; k++) covered.add(k)
  found.push(discovery)
}

/** Particles inside a name after a role noun (`Pérez de Cuéllar`, `da Silva`, `van der Bellen`). */
const nameParticles = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'ter'])

/** The last part of one name word starting at part `k`: hyphen compounds (`Ramos-Falcão`) and an elided prefix (`O’Brannigan`, `D’Amico`) belong to it. */
function nameWordEnd(text: string, parts: readonly Part[], k: number): number {
  let last = k
  for (;;) {
    const next = parts[last + 1]
    if (!next) return last
    if (parts[last]!.hyphenAfter && next.upper) last++
    else if (parts[last]!.text.length <= 2 && /^['’]$/.test(text.slice(parts[last]!.end, next.start)) && next.upper) last++
    else return last
  }
}

/** Whether parts `[k, end]` can be one word of a name after a role noun: capitalized, no stopword, role noun, nationality noun, number or (unless `loose`) common noun. */
function nameWordAt(parts: readonly Part[], covered: ReadonlySet<number>, k: number, end: number, isNoun: (word: string) => boolean, loose: boolean): boolean {
  for (let n = k; n <= end; n++) {
    const part = parts[n]!
    if (covered.has(n) || !part.upper || /\d/.test(part.text) || (part.allCaps && part.text.length > 2)) return false
  }
  const head = parts[k]!
  // A lone initial (`Melissa C. Jackson`) is no word of its own.
  if (end === k && head.text.length < 2) return false
  if (stopwords.has(head.lower) || isRoleNoun(head.text) || demonymNouns.has(head.lower) || isClassifierNoun(head.text)) return false
  return loose || !isNoun(head.text) || firstNames.has(head.lower) || (end > k && !isNoun(parts[end]!.text))
}

/**
 * A full name of two to four words after a role noun at part `i`
 * (`Außenminister Jorge Ramos-Falcão`, `Konzernchef Declan O’Brannigan`,
 * `Innenminister Alfredo Pérez Calvo`): each word capitalized, hyphen
 * compounds and elided prefixes (`O’`) included, particles between words; no
 * word a stopword, role noun or (after the first word) a common noun unless the
 * first is a known first name. The name must end the noun phrase.
 */
function roleFullName(text: string, parts: readonly Part[], covered: Set<number>, i: number, isNoun: (word: string) => boolean): { last: number } | undefined {
  const start = i + 1
  if (!parts[start] || !spaced(text, parts[i]!, parts[start]!)) return undefined
  const firstEnd = nameWordEnd(text, parts, start)
  if (!nameWordAt(parts, covered, start, firstEnd, isNoun, false)) return undefined
  const known = firstNames.has(parts[start]!.lower)
  let last = firstEnd
  let words = 1
  let k = firstEnd + 1
  while (words < 4 && k < parts.length && spaced(text, parts[k - 1]!, parts[k]!)) {
    let w = k
    // `der`/`den` only after `von`/`van` (`van der Bellen`), so `Müller der Ältere` stays apart.
    while (w < parts.length && w < k + 2 && nameParticles.has(parts[w]!.text) && (!['der', 'den'].includes(parts[w]!.text) || (w > k && ['von', 'van'].includes(parts[w - 1]!.text))) && parts[w + 1] && spaced(text, parts[w]!, parts[w + 1]!)) w++
    if (!parts[w]) break
    // A middle initial (`George W. Bush`) joins the next word.
    if (w === k && /^\p{Lu}$/u.test(parts[w]!.text) && parts[w + 1] && text.slice(parts[w]!.end, parts[w + 1]!.start) === '. ' && !covered.has(w)) {
      const end = nameWordEnd(text, parts, w + 1)
      if (!nameWordAt(parts, covered, w + 1, end, isNoun, known)) break
      last = end
      words += 2
      k = end + 1
      continue
    }
    const end = nameWordEnd(text, parts, w)
    // After a particle only a name: `zu den Beweggründen` is no part of one.
    if (!nameWordAt(parts, covered, w, end, isNoun, known && w === k)) break
    last = end
    words++
    k = end + 1
  }
  if (words < 2) return undefined
  const following = parts[last + 1]
  if (following && !/[,.;:!?)(„“"»«–—]/.test(text.slice(parts[last]!.end, following.start)) && following.upper) return undefined
  return { last }
}

/** The name of a person right after the role noun at part `i` (`Regierungssprecher Hebestreit`, `Außenminister Jorge Ramos-Falcão`): taken; its last part, or `undefined`. */
function roleName(text: string, parts: readonly Part[], covered: Set<number>, found: Discovery[], i: number, isNoun: (word: string) => boolean = () => false): number | undefined {
  const part = parts[i]!
  const j = i + 1
  const candidate = parts[j]
  const full = roleFullName(text, parts, covered, i, isNoun)
  if (full) {
    const before = found.length
    take(found, covered, { first: j, last: full.last, type: 'person', name: text.slice(candidate!.start, parts[full.last]!.end), kind: null })
    return found.length > before ? full.last : undefined
  }
  if (!candidate || !spaced(text, part, candidate) || !surnameLike(candidate) || candidate.hyphenAfter || covered.has(j) || firstNames.has(candidate.lower)) return undefined
  // `vom Obersten Gericht`, `der Oberste Gerichtshof`: an inflected adjective, not the rank before a name.
  if (adjectiveHomographs.has(part.lower)) return undefined
  let last = j
  const next = parts[j + 1]
  if (next && spaced(text, candidate, next) && surnameLike(next) && !next.hyphenAfter && !covered.has(j + 1)) last = j + 1
  const after = text.slice(parts[last]!.end, parts[last]!.end + 1)
  const following = parts[last + 1]
  // The name must end the noun phrase: punctuation or a lower-case word follows.
  if (after === '-' || (following && !/[,.;:!?)(„“"»«]/.test(text.slice(parts[last]!.end, following.start)) && following.upper)) return undefined
  take(found, covered, { first: j, last, type: 'person', name: text.slice(candidate.start, parts[last]!.end), kind: null })
  return last
}

/**
 * Find names that the registry does not list: first name + surname
 * (`Wendy Sherman`), role noun + name (`Regierungssprecher Hebestreit`),
 * organizations by shape (`…ministerium`, `Organisation für …`, acronyms) —
 * never from a capital letter alone.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by registry names (updated).
 * @param isNoun
 *   Whether a capitalized word is a known common noun (default: none is), so no name after a role noun.
 * @param isThing
 *   Whether an acronym names an event or a thing in the article (`thingAcronyms`; default: none does).
 * @returns
 *   The discoveries in text order.
 * @example
 *   discover(text, tokenize(text), new Set())
 */
export function discover(text: string, parts: readonly Part[], covered: Set<number>, isNoun: (word: string) => boolean = () => false, isThing: (acronym: string) => boolean = () => false): Discovery[] {
  const found: Discovery[] = []
  // English organization names by their head: `European Council on Foreign Relations`, `Atlantic Council`, `Institute for the Study of War`.
  for (let h = 0; h < parts.length; h++) {
    if (!englishOrgHeads.has(parts[h]!.lower) || !parts[h]!.upper || parts[h]!.hyphenBefore || parts[h]!.hyphenAfter) continue
    let first = h
    for (;;) {
      // `People’s Power Party`: a possessive `’s` joins the word before it.
      const possessive = first > 1 && parts[first - 1]!.text === 's' && /^['’]$/u.test(text.slice(parts[first - 2]!.end, parts[first - 1]!.start)) && spaced(text, parts[first - 1]!, parts[first]!)
      const k = possessive ? first - 2 : first - 1
      const word = parts[k]
      // A German city's adjective (`die Kiewer Bank`) or a long German noun (`die Fluglinie Nordic Airlines`) makes no English name; a short one may be English (`Alpha Bank`).
      const german = word !== undefined && ((word.lower.endsWith('er') && placeAdjectives.has(word.lower.slice(0, -2))) || (word.text.length >= 7 && isNoun(word.text)))
      if (!word || !word.upper || word.hyphenAfter || (!possessive && !spaced(text, word, parts[first]!)) || stopwords.has(word.lower) || covered.has(k) || isRoleNoun(word.text) || isClassifierNoun(word.text) || german) break
      first = k
    }
    // `Deutsch-Russisches Forum`: a German compound adjective, no English name.
    if (parts[first]!.hyphenBefore) continue
    let last = h
    let j = h + 1
    if (englishConnectors.has(parts[j]?.lower ?? '') && ['for', 'on', 'of'].includes(parts[j]!.lower)) {
      // `Rat für Außen- und Sicherheitspolitik`: an elided compound before `und`/`oder` goes on.
      // `University of Chicago in Illinois`: the German `in` before a place ends it.
      while (j < parts.length && (spaced(text, parts[j - 1]!, parts[j]!) || (text.slice(parts[j - 1]!.end, parts[j]!.start) === '- ' && ['und', 'oder'].includes(parts[j]!.lower))) && !covered.has(j) && parts[j]!.lower !== 'in' && (englishConnectors.has(parts[j]!.lower) || (parts[j]!.upper && !stopwords.has(parts[j]!.lower)))) {
        if (parts[j]!.upper) last = j
        j++
      }
    }
    // `Human Rights Commission of Pakistan`: a known place after `of` ends the name and stays a mention of its own.
    let nameEnd = last
    const of = parts[last + 1]
    const place = parts[last + 2]
    if (of && place && of.lower === 'of' && covered.has(last + 2) && place.upper && spaced(text, parts[last]!, of) && spaced(text, of, place) && !place.hyphenAfter && !(parts[last + 3] && spaced(text, place, parts[last + 3]!) && parts[last + 3]!.upper)) nameEnd = last + 2
    if (last === first) continue
    const name = text.slice(parts[first]!.start, parts[nameEnd]!.end)
    take(found, covered, { first, last, type: 'organization', name, kind: null })
    h = nameEnd
    const acronym = acronymAfter(text, parts, nameEnd)
    if (acronym !== undefined) take(found, covered, { first: acronym, last: acronym, type: 'organization', name, kind: null })
  }
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    // A hyphenated role noun (`Grünen-Politikerin`, `CDU-Außenpolitiker`) + name.
    if (part.hyphenBefore && part.upper && !part.hyphenAfter && !covered.has(i)) {
      const [wordFirst] = wordOf(parts, i)
      if (isRoleNoun(text.slice(parts[wordFirst]!.start, part.end))) {
        const last = roleName(text, parts, covered, found, i, isNoun)
        if (last !== undefined) i = last
      }
      continue
    }
    if (covered.has(i) || !part.upper || part.hyphenBefore) continue
    const [, wordLast] = wordOf(parts, i)
    // First name (possibly hyphenated: `Hans-Peter`) + particles + surname.
    // A first name that only the package's lists know needs a surname that is no German noun (`Nicanor Duarte`, not `Salva Tore`),
    // is never in capitals (`ERI`, `NEMA`: the acronym rule reads them), and does not follow an unknown capitalized word (`Chui Sai On`: the name began before it).
    // (Loops over the word's parts instead of a slice and three callbacks: this runs for every capitalized word.)
    let given = true
    let listed = false
    let capitals = false
    for (let k = i; k <= wordLast && given; k++) {
      if (!isGivenName(parts[k]!.lower)) given = false
      else if (isListedGivenNameOnly(parts[k]!.lower)) listed = true
      if (parts[k]!.allCaps) capitals = true
    }
    if (given && !initialBefore(text, part) && !(listed && (capitals || unknownWordBefore(text, parts, covered, i, isNoun)))) {
      let j = wordLast + 1
      // `der` only after `von`/`van` (`von der Leyen`), so `Ernst der Lage` is no name.
      while (j < parts.length && particles.has(parts[j]!.lower) && spaced(text, parts[j - 1]!, parts[j]!) && (parts[j]!.lower !== 'der' || ['von', 'van'].includes(parts[j - 1]!.lower))) j++
      const surname = parts[j]
      if (surname && spaced(text, parts[j - 1]!, surname) && surnameLike(surname) && !covered.has(j) && !(listed && isNoun(surname.text) && !surnameShown(text, parts, j, isNoun)) && !abbreviated(text, surname)) {
        let [, last] = wordOf(parts, j)
        const next = parts[last + 1]
        if (next && spaced(text, parts[last]!, next) && next.upper && (patronymic.test(surname.lower) || firstNames.has(surname.lower)) && surnameLike(next) && !covered.has(last + 1)) {
          last = wordOf(parts, last + 1)[1]
        }
        last = moreSurnames(text, parts, covered, last, isNoun)
        take(found, covered, { first: i, last, type: 'person', name: text.slice(part.start, parts[last]!.end), kind: null })
        i = last
        continue
      }
    }
    // `Staatsanwaltschaft Görlitz`: an authority and its seat, a capitalized word that is no common noun and ends the noun phrase.
    const authority = i === wordLast ? authorityHeads.get(part.lower) : undefined
    const seat = parts[i + 1]
    if (authority && seat && spaced(text, part, seat) && surnameLike(seat) && !seat.hyphenAfter && !covered.has(i + 1) && !isNoun(seat.text) && !firstNames.has(seat.lower)) {
      const after = parts[i + 2]
      if (!after || !spaced(text, seat, after) || !after.upper) {
        take(found, covered, { first: i, last: i + 1, type: 'organization', name: `${part.text[0]}${authority.slice(1)} ${seat.text}`, kind: 'authority' })
        i++
        continue
      }
    }
    // Organization words by shape.
    const lastPart = parts[wordLast]!
    const federal = i === wordLast && /^bundesministeriums?$/.test(part.lower)
    const after = parts[i + 1]
    // `Bundesministerium des Innern`, `der Finanzen`: the genitive is its name.
    if (federal && after && ['des', 'der'].includes(after.lower) && parts[i + 2]?.upper && spaced(text, part, after) && spaced(text, after, parts[i + 2]!) && !covered.has(i + 2) && !parts[i + 2]!.hyphenAfter) {
      take(found, covered, { first: i, last: i + 2, type: 'organization', name: `Bundesministerium ${after.text} ${parts[i + 2]!.text}`, kind: 'ministry' })
      i += 2
      continue
    }
    // `Umweltbundesamt`, `Bundeskartellamt`, `Bundessozialgericht`, `Kraftfahrt-Bundesamt`: a federal body by the shape of its word.
    const word = text.slice(part.start, lastPart.end)
    const next = parts[wordLast + 1]
    // `Bundesanstalt für …`: the rule for `… für …` names it.
    if (!covered.has(wordLast) && (word.startsWith('Bundes') || word.includes('undesamt')) && federalBody.test(word) && next?.lower !== 'für') {
      take(found, covered, { first: i, last: wordLast, type: 'organization', name: word.replace(/(?<=(?:amt|gericht|hof))e?s$/u, ''), kind: 'authority' })
      i = wordLast
      continue
    }
    // `Bundesministerium für Wirtschaft`: the rule for `… für …` names it.
    if (orgWordSuffixes.some((suffix) => lastPart.lower.endsWith(suffix)) && !covered.has(wordLast) && !(federal && after?.lower === 'für')) {
      const stem = federal ? undefined : ministryCountry(text, parts, i, wordLast)
      const state = federal || stem || i !== wordLast ? undefined : ministryState(text, parts, i, part.text.replace(/ministeriums$/, 'ministerium'))
      if (state) take(found, covered, { first: i, last: wordLast, type: 'organization', name: state[0]!, kind: 'ministry', alternatives: state.slice(1) })
      // A ministry without its country (`das Verteidigungsministerium`) names no entity of its own.
      else if (stem) {
        const base = text.slice(parts[stem.headFirst]!.start, lastPart.end).replace(/ministeriums$/, 'ministerium')
        // A federal ministry keeps its own name (`Bundesinnenministerium`).
        const names = base.startsWith('Bundes') ? [base, ...countryNames(base, stem.stem)] : countryNames(base, stem.stem)
        take(found, covered, { first: i, last: wordLast, type: 'organization', name: names[0]!, kind: 'ministry', alternatives: names.slice(1) })
      }
      i = wordLast
      continue
    }
    // `Organisation für Sicherheit und Zusammenarbeit in Europa`.
    if (i === wordLast && orgHeads.has(part.lower) && parts[i + 1]?.lower === 'für') {
      let last = i
      let j = i + 1
      // A first name or a compound ends it (`der Bundesagentur für Arbeit Frank-Jürgen Weise`).
      // `Rat für Außen- und Sicherheitspolitik`: an elided compound before `und`/`oder` goes on.
      while (j < parts.length && (spaced(text, parts[j - 1]!, parts[j]!) || (text.slice(parts[j - 1]!.end, parts[j]!.start) === '- ' && ['und', 'oder'].includes(parts[j]!.lower))) && !covered.has(j) && !firstNames.has(parts[j]!.lower) && !parts[j]!.hyphenAfter && (orgConnectors.has(parts[j]!.lower) || parts[j]!.upper)) {
        if (parts[j]!.upper) last = j
        j++
      }
      if (last > i + 1) {
        // The name in the nominative: `des Bundesamtes für Verfassungsschutz` → `Bundesamt für Verfassungsschutz`.
        const nominative = orgHeadNominative.get(part.lower)
        const head = nominative ? part.text[0]! + nominative.slice(1) : part.text
        const name = head + text.slice(part.end, parts[last]!.end)
        take(found, covered, { first: i, last, type: 'organization', name, kind: null })
        const acronym = acronymAfter(text, parts, last)
        if (acronym !== undefined) take(found, covered, { first: acronym, last: acronym, type: 'organization', name, kind: null })
        i = acronym ?? last
        continue
      }
    }
    // Acronyms standing alone (`OSZE`, `SPD`).
    if (part.allCaps && i === wordLast && !part.hyphenAfter && part.text.length >= 2 && part.text.length <= 6 && !capsStoplist.has(part.text) && !unitAcronyms.has(part.text.toUpperCase()) && !/^[IVXLC]+$/.test(part.text)) {
      const next = parts[i + 1]
      const joined = next !== undefined && spaced(text, part, next)
      // `WM 2006`, `KR 1635/10`, `ALG II`: an event, a file code, a benefit — no organization.
      if (joined && (/^\d/.test(next.text) || /^[IVX]{1,3}$/.test(next.text))) continue
      // `A400M`, `S400`, `MH17`: a type or flight code, no organization (`MI6` is one).
      if (/\d{2}/.test(part.text)) continue
      // `Arctic Energy Summit (AES)`: the acronym of an event.
      if ((!covered.has(i - 1) && eventBefore(text, parts, i)) || isThing(part.text)) continue
      const last = joined ? acronymNameEnd(text, parts, covered, i, isNoun) : undefined
      if (last !== undefined) {
        // `FC St. Pauli`, `IG Metall`, `KP Chinas`: the acronym begins a longer name.
        take(found, covered, { first: i, last, type: 'organization', name: text.slice(part.start, parts[last]!.end), kind: null })
        i = last
        continue
      }
      take(found, covered, { first: i, last: i, type: 'organization', name: part.text, kind: null })
      continue
    }
    // Role noun + name (`Regierungssprecher Hebestreit`).
    if (i === wordLast && isRoleNoun(part.text) && !part.hyphenAfter) {
      const last = roleName(text, parts, covered, found, i, isNoun)
      if (last !== undefined) i = last
    }
  }
  return found
}
