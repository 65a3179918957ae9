import { firstNames } from '../lexicons/first-names.js'
import { memoize } from '../memoize.js'
import { outletClassifiers, outletNameEndings, outletNouns, reportWordsNear } from '../lexicons/media-words.js'
import { englishConnectors, organizationClassifierEndings, organizationClassifiers } from '../lexicons/org-shapes.js'
import { stopwords } from '../lexicons/stopwords.js'
import type { Part } from '../tokens.js'
import type { Discovery } from './discover.js'
import { topLevelDomains } from './registry-matcher.js'

const inflections = ['', 's', 'es', 'en', 'n']

/** Whether a word (hyphens included) is a noun that introduces an outlet: one of `outletClassifiers`, inflected, or a compound ending in a longer one. Memoized. */
export const isOutletClassifier: (word: string) => boolean = memoize((word) => outletClassifierUncached(word))
const opening = /^[ \t\u00a0]*[„"»‚]$/u
/** The marks of `opening`, as character codes (`„` `"` `»` `‚`): the one right before a word. */
const openingMarks: ReadonlySet<number> = new Set([0x201e, 0x22, 0xbb, 0x201a])
const closing = /[“"«‘”]/u

function outletClassifierUncached(word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1).toLowerCase()
  for (const ending of inflections) {
    if (ending && !last.endsWith(ending)) continue
    const stem = ending ? last.slice(0, -ending.length) : last
    if (outletClassifiers.has(stem)) return true
    for (const classifier of outletClassifiers) if (classifier.length >= 6 && stem.length > classifier.length && stem.endsWith(classifier)) return true
  }
  return false
}

/** Whether a word (lower case) is a noun that introduces an organization's name: one of `organizationClassifiers`, or a compound ending in one of `organizationClassifierEndings` (`medienkonzern`). */
function isOrganizationClassifier(lower: string): boolean {
  if (organizationClassifiers.has(lower)) return true
  for (const ending of organizationClassifierEndings) if (lower.length >= ending.length + 3 && lower.endsWith(ending)) return true
  return false
}

/** Organization nouns after which a genitive in `-s` is the person the organization belongs to (`die Partei Erdoğans`), not its name. */
const personalClassifiers = /partei$|gewerkschaft$/u

/**
 * Endings of Slavic, Georgian and Armenian surnames (`Deripaska`,
 * `Lukaschenko`, `Medwedew`, `Saakaschwili`): a stem of such a shape before
 * the genitive `-s` is a person even when the article names nobody of it.
 */
const surnameEndings = /(?:ska|zka|enko|enka|ko|ow|ew|jew|ov|ev|in|yn|ina|owa|ewa|ski|sky|skij|skyj|itsch|wili|jan|yan|uk|tschuk)$/u

/**
 * Whether one word after an organization noun at part `i` is the genitive of
 * a person (`die Partei Kowalczyks`, `der Konzern Musks`, `der Konzern
 * Deripaskas`): it ends in `-s` (or an apostrophe) and its stem is a known
 * person's name or surname or has the ending of a surname (`surnameEndings`),
 * or the noun is a party's or union's, whose name is rarely a genitive. The
 * organization is then unnamed.
 */
function genitivePerson(text: string, word: Part, classifier: string, isPerson: (word: string) => boolean): boolean {
  if (word.allCaps || word.text.length < 4) return false
  const apostrophe = /^['’]/u.test(text.slice(word.end, word.end + 1))
  if (!apostrophe && (!word.lower.endsWith('s') || word.lower.endsWith('ss'))) return false
  const stem = apostrophe ? word.text : word.text.slice(0, -1)
  return isPerson(stem) || isPerson(word.text) || (!apostrophe && surnameEndings.test(stem.toLowerCase())) || personalClassifiers.test(classifier)
}

/**
 * Names of outlets and media that a classifier noun introduces (`die
 * Tageszeitung Haaretz`, `der Fernsehsender „Kanal 9“`, `des
 * US-Nachrichtensenders Fox News Channel`): a name in quotation marks right
 * after the noun (up to six words), or one to four capitalized words (a
 * number may follow the first: `Kanal 9`) that end the noun phrase. The first
 * word is no stopword, common noun or first name (`der Zeitung Karl Berger`
 * names a person) unless the name is quoted; after an organization noun three
 * or more capitalized nouns joined by hyphens are a name with the noun (`die
 * Gewerkschaft Nahrung-Genuss-Gaststätten`). An acronym in brackets right after
 * the name is its alias (`Democraten 66 (D66)`). Marks the parts it takes.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by other names (updated).
 * @param isNoun
 *   Whether a capitalized word is a known common noun.
 * @param isPerson
 *   Whether a word is a known person's name or surname (default: none is);
 *   it or its genitive after an organization noun names no organization (`der
 *   Sender Kowalczyk`, `die Partei Erdoğans`).
 * @returns
 *   The outlets found, as organization discoveries (`kind: 'media'`).
 * @example
 *   outletNames('Die Zeitung „Nordkurier“ berichtete.', parts, new Set(), isCommonNoun)[0].name // => 'Nordkurier'
 */
export function outletNames(text: string, parts: readonly Part[], covered: Set<number>, isNoun: (word: string) => boolean, isPerson: (word: string) => boolean = () => false): Discovery[] {
  const found: Discovery[] = []
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!
    if (!part.upper || part.hyphenAfter) continue
    let wordFirst = i
    while (wordFirst > 0 && parts[wordFirst]!.hyphenBefore) wordFirst--
    const media = isOutletClassifier(wordFirst === i ? part.text : text.slice(parts[wordFirst]!.start, part.end))
    // `die Fluggesellschaft Northwest Airlines`, `der Rüstungskonzern Halvorsen`: an organization of another kind.
    if (!media && !isOrganizationClassifier(part.lower)) continue
    // `der Demokratischen Partei Hongkongs`: the noun is part of a name already.
    if (!media && covered.has(i)) continue
    const first = i + 1
    const gap = text.slice(part.end, parts[first]!.start)
    let last = -1
    // The mention's first part: the name's, or the noun's where the noun belongs to the name.
    let start = first
    if (opening.test(gap)) {
      // `„Kanal 9“`: every part up to the closing mark.
      for (let k = first; k < parts.length && k < first + 6; k++) {
        if (closing.test(text.slice(parts[k]!.end, parts[k + 1]?.start ?? text.length))) {
          last = k
          break
        }
        if (/[,.;:!?]/.test(text.slice(parts[k]!.end, parts[k + 1]?.start ?? text.length).replace(/\.(?=\S)/g, ''))) break
      }
    } else if (/^[ \t\u00a0]+$/.test(gap)) {
      const head = parts[first]!
      // `die Gewerkschaft Nahrung-Genuss-Gaststätten`: three or more capitalized nouns joined by hyphens are a name, no compound noun; the noun belongs to it.
      let chain = first
      while (chain + 1 < parts.length && parts[chain]!.hyphenAfter && parts[chain + 1]!.upper) chain++
      if (!media && chain >= first + 2 && head.upper && !parts[chain]!.hyphenAfter) {
        last = chain
        start = wordFirst
        const after = parts[last + 1]
        if (after && /^[ \t\u00a0]+$/.test(text.slice(parts[last]!.end, after.start)) && after.upper) continue
      } else {
        if (!head.upper || (stopwords.has(head.lower) && head.lower !== 'the') || firstNames.has(head.lower) || (!head.allCaps && isNoun(head.text))) continue
        last = first
        // `The Jakarta Post`: an English article makes every capitalized word after it part of the name.
        const english = head.lower === 'the'
        for (let k = first + 1; k < parts.length && k < first + 4; k++) {
          const next = parts[k]!
          const joined = parts[k - 1]!.hyphenAfter || /^[ \t\u00a0]+$/.test(text.slice(parts[k - 1]!.end, next.start))
          if (!joined || !(next.upper || (/^\d+$/.test(next.text) && k === first + 1)) || stopwords.has(next.lower) || (!english && !parts[k - 1]!.hyphenAfter && isNoun(next.text) && !next.allCaps)) break
          last = k
        }
        while (last > first && parts[last]!.hyphenAfter) last--
        if (english && last === first) continue
        const after = parts[last + 1]
        // The name ends the noun phrase: punctuation or a lower-case word follows (not an English connector: `Movement for …`).
        if (after && /^[ \t\u00a0]+$/.test(text.slice(parts[last]!.end, after.start)) && (after.upper || englishConnectors.has(after.text))) continue
      }
    }
    if (last < first) continue
    // `Ver.di`, `Tehrik-i-Taliban`: a word goes on after the name (a full stop or a hyphen before a lower-case letter), half a name.
    if (/^(?:\.|-)\p{Ll}/u.test(text.slice(parts[last]!.end, parts[last]!.end + 2))) continue
    // `die Partei Kowalczyks`: the person whose party it is; the party has no name here.
    if (!media && last === first && genitivePerson(text, parts[first]!, part.lower, isPerson)) continue
    // `hätte der Sender Kowalczyk die Gelegenheit gegeben`: a person of the article after the noun, its object.
    if (last === first && !parts[first]!.allCaps && isPerson(parts[first]!.text)) continue
    let taken = false
    for (let k = start; k <= last; k++) if (covered.has(k)) taken = true
    if (taken) continue
    for (let k = start; k <= last; k++) covered.add(k)
    const name = text.slice(parts[start]!.start, parts[last]!.end)
    found.push({ first: start, last, type: 'organization', name, kind: media ? 'media' : null })
    i = last
    // `die Partei Democraten 66 (D66)`: an acronym in brackets right after the name is its alias.
    const acronym = parts[last + 1]
    if (acronym && /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(acronym.text) && !covered.has(last + 1) && !acronym.hyphenAfter && /^[“"«‘”]?[ \t\u00a0]*\($/u.test(text.slice(parts[last]!.end, acronym.start)) && text[acronym.end] === ')') {
      covered.add(last + 1)
      found.push({ first: last + 1, last: last + 1, type: 'organization', name, kind: media ? 'media' : null })
      i = last + 1
    }
  }
  return found
}

/**
 * Outlets named by their web address in the text (`meduza.io`, `n-tv.de`,
 * `Focus.de`): one word of letters (hyphens joined), a full stop and a
 * top-level domain of `topLevelDomains`, not inside a longer address (no
 * `www.`, `/`, `@` or further `.` around it). Marks the parts it takes.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by other names (updated).
 * @returns
 *   The outlets found, as organization discoveries (`kind: 'media'`).
 * @example
 *   webOutlets('Das schrieb meduza.io am Abend.', parts, new Set())[0].name // => 'meduza.io'
 */
export function webOutlets(text: string, parts: readonly Part[], covered: Set<number>): Discovery[] {
  const found: Discovery[] = []
  if (!text.includes('.')) return found
  for (let i = 1; i < parts.length; i++) {
    const domain = parts[i]!
    const before = parts[i - 1]!
    if (text.slice(before.end, domain.start) !== '.' || !topLevelDomains.has(domain.text) || covered.has(i) || domain.hyphenAfter) continue
    let first = i - 1
    while (first > 0 && parts[first]!.hyphenBefore) first--
    let free = true
    for (let k = first; k < i; k++) if (covered.has(k) || !/^\p{L}+$/u.test(parts[k]!.text)) free = false
    const start = parts[first]!.start
    const ahead = text[domain.end] ?? ''
    if (!free || /[/@.:\p{L}\p{N}]/u.test(text[start - 1] ?? '') || parts[first]!.lower === 'www' || /[/@\p{L}\p{N}]/u.test(ahead) || (ahead === '.' && /\p{L}/u.test(text[domain.end + 1] ?? ''))) continue
    for (let k = first; k <= i; k++) covered.add(k)
    found.push({ first, last: i, type: 'organization', name: text.slice(start, domain.end), kind: 'media' })
  }
  return found
}

/**
 * Outlets named by one quoted compound word that ends like an outlet's name
 * (`wie die „Automobilwoche“ in ihrer Onlineausgabe berichtet`, `der
 * „Wirtschaftswoche“ zufolge`; endings: `outletNameEndings`) with a word of
 * reporting (`reportWordsNear`) at most five words before or after it in the
 * same sentence. A bare outlet noun (`„Tageszeitung“`) and a quoted word without
 * such a word (`die „Aktionswoche“ beginnt`) are none. Marks the parts it takes.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by other names (updated).
 * @returns
 *   The outlets found, as organization discoveries (`kind: 'media'`).
 * @example
 *   quotedOutlets('Das berichtet die „Automobilwoche“.', parts, new Set())[0].name // => 'Automobilwoche'
 */
export function quotedOutlets(text: string, parts: readonly Part[], covered: Set<number>): Discovery[] {
  const found: Discovery[] = []
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!
    if (!part.upper || part.hyphenBefore || covered.has(k) || part.start <= (parts[k - 1]?.end ?? 0) || !openingMarks.has(text.charCodeAt(part.start - 1))) continue
    let last = k
    while (last + 1 < parts.length && parts[last]!.hyphenAfter) last++
    if (!closing.test(text.charAt(parts[last]!.end))) continue
    const word = text.slice(part.start, parts[last]!.end)
    const lower = parts[last]!.lower
    if (outletNouns.has(word.toLowerCase()) || outletClassifiers.has(word.toLowerCase()) || (!outletNameEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending)) && !(last > k && outletNameEndings.includes(lower)))) continue
    let report = false
    for (let j = Math.max(0, k - 5); j <= Math.min(parts.length - 1, last + 5) && !report; j++) {
      if (j >= k && j <= last) continue
      const between = j < k ? text.slice(parts[j]!.end, part.start) : text.slice(parts[last]!.end, parts[j]!.start)
      if (/[.!?;]/u.test(between.replace(/\.(?=\S)/gu, ''))) continue
      if (reportWordsNear.has(parts[j]!.lower)) report = true
    }
    if (!report) continue
    let taken = false
    for (let j = k; j <= last; j++) if (covered.has(j)) taken = true
    if (taken) continue
    for (let j = k; j <= last; j++) covered.add(j)
    found.push({ first: k, last, type: 'organization', name: word, kind: 'media' })
    k = last
  }
  return found
}
