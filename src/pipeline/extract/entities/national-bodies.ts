import { adjectiveOfPrefix, adjectiveStem, countryNames, demonymAdjectives, placeAdjectives } from '../lexicons/demonyms.js'
import { nationalBodies as bodies } from '../lexicons/national-bodies.js'
import type { Part } from '../tokens.js'
import type { Discovery } from './discover.js'

function spaced(text: string, a: Part, b: Part): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))
}

/** Nationality stems by the country's genitive as written after a body (`Russlands` → `russisch`, `der Ukraine` → `ukrainisch`), longest first. */
const genitives: ReadonlyArray<readonly [string[], string]> = (() => {
  const seen = new Set<string>()
  const list: Array<[string[], string]> = []
  for (const [stem, country] of demonymAdjectives) {
    if (stem === 'us' || seen.has(country)) continue
    seen.add(country)
    list.push([country.toLowerCase().split(' '), stem])
  }
  list.push([['der', 'vereinigten', 'staaten'], 'amerikanisch'], [['der', 'russischen', 'föderation'], 'russisch'])
  return list.sort((a, b) => b[0].length - a[0].length)
})()

/**
 * The nationality stem of a country's genitive right after part `last`
 * (`Russlands`, `der Ukraine`, `der Russischen Föderation` → `russisch`,
 * `ukrainisch`), or `undefined`. The genitive must end there (`der Ukraine`,
 * not `der Ukraine-Krise`).
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param last
 *   The part before the genitive.
 * @returns
 *   The stem, or `undefined`.
 * @example
 *   genitiveCountryAfter('Ministerium der Ukraine', parts, 0) // => 'ukrainisch'
 */
export function genitiveCountryAfter(text: string, parts: readonly Part[], last: number): string | undefined {
  for (const [words, stem] of genitives) {
    let k = last
    let ok = true
    for (const word of words) {
      const part = parts[k + 1]
      if (!part || part.lower !== word || !spaced(text, parts[k]!, part)) {
        ok = false
        break
      }
      k++
    }
    if (ok && !parts[k]!.hyphenAfter) return stem
  }
  return undefined
}

/** The forms of every body's first word: most parts start none. */
const firstWords: ReadonlySet<string> = new Set(bodies.flatMap((body) => [...body.words[0]!]))

/** The parts `[first, last]` of a body's words at part `i` with its entry, or `undefined`. */
function bodyAt(text: string, parts: readonly Part[], i: number): { last: number; name: string } | undefined {
  if (!firstWords.has(parts[i]!.lower)) return undefined
  for (const body of bodies) {
    let k = i
    let ok = true
    for (let w = 0; w < body.words.length; w++) {
      const part = parts[k]
      if (!part || !part.upper || (w > 0 && part.hyphenBefore) || part.hyphenAfter || !body.words[w]!.has(part.lower) || (w > 0 && !spaced(text, parts[k - 1]!, part))) {
        ok = false
        break
      }
      k++
    }
    if (ok) return { last: k - 1, name: body.name }
  }
  return undefined
}

/**
 * The country of a body at parts `[first, last]`: a lower-case nationality
 * adjective before it (`das ukrainische Oberste Gericht`), the
 * country's genitive after it (`des Obersten Gerichts Russlands`, `der
 * Nationale Sicherheitsrat der Ukraine`), or `in` and a country or capital
 * (`das Verfassungsgericht in Kiew`). `undefined` when the text does not say.
 */
function countryOf(text: string, parts: readonly Part[], first: number, last: number): string | undefined {
  const before = parts[first - 1]
  if (before && spaced(text, before, parts[first]!)) {
    if (!before.upper) {
      const stem = adjectiveStem(before.lower)
      if (stem) return stem
    }
    // `Russlands Verfassungsgericht`: the country's genitive before the body.
    if (before.upper && !before.hyphenAfter) {
      const genitive = genitives.find(([words]) => words.length === 1 && words[0] === before.lower)
      if (genitive) return genitive[1]
    }
  }
  const after = genitiveCountryAfter(text, parts, last)
  if (after) return after
  const preposition = parts[last + 1]
  const place = parts[last + 2]
  if (preposition?.lower === 'in' && place && spaced(text, parts[last]!, preposition) && spaced(text, preposition, place) && !place.hyphenAfter) return placeAdjectives.get(place.lower)
  return undefined
}

/** A known place's genitive right after a body, as written (`Simbabwes`, `von Simbabwe`, `der Mongolei`), for a country without a nationality stem in the lexicon; or `undefined`. */
function placeAfter(text: string, parts: readonly Part[], last: number, isPlace: (word: string) => boolean): string | undefined {
  const next = parts[last + 1]
  if (!next || !spaced(text, parts[last]!, next)) return undefined
  if (next.upper && !next.hyphenAfter && next.lower.endsWith('s') && isPlace(next.text.slice(0, -1))) return next.text
  const place = parts[last + 2]
  if ((next.lower === 'von' || next.lower === 'der') && place && place.upper && !place.hyphenAfter && spaced(text, next, place) && isPlace(place.text)) return `${next.text} ${place.text}`
  return undefined
}

/**
 * Bodies that every country has under the same name (`Oberstes Gericht`,
 * `Verfassungsgericht`, `Nationaler Sicherheitsrat`, `Zentrale
 * Wahlkommission`): named by the country the text gives
 * (`des Obersten Gerichts Russlands` → `Oberstes Gericht Russlands`, `das
 * ukrainische Verfassungsgericht` → `Verfassungsgericht der Ukraine`,
 * `US-Verfassungsgericht` → `Verfassungsgericht der USA`), so one
 * country's court is never another's. Without a country in the text the
 * words name no entity (as a ministry without its country) and no other rule
 * takes them. The name's other forms (`ukrainisches Verfassungsgericht`) are
 * alternatives, so a registry entry of that name is found. Marks the parts it
 * reads.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken (updated).
 * @param isPlace
 *   Whether a word as written is a known place (`von Simbabwe`, `Simbabwes` for a country the nationality lexicon lacks).
 * @returns
 *   The bodies with a country, as organization discoveries.
 * @example
 *   nationalBodies('Das Oberste Gericht Russlands urteilte.', parts, new Set(), isPlace)[0].name // => 'Oberstes Gericht Russlands'
 */
export function nationalBodies(text: string, parts: readonly Part[], covered: Set<number>, isPlace: (word: string) => boolean): Discovery[] {
  const found: Discovery[] = []
  for (let i = 0; i < parts.length; i++) {
    if (covered.has(i) || !parts[i]!.upper) continue
    const body = bodyAt(text, parts, i)
    if (!body) continue
    // `US-Verfassungsgericht`: a country prefix makes one word with the body; another compound (`Landes-…`) is no such body.
    const prefix = parts[i]!.hyphenBefore ? parts[i - 1] : undefined
    const prefixStem = prefix && !prefix.hyphenBefore ? adjectiveOfPrefix(prefix.text) : undefined
    if (parts[i]!.hyphenBefore && !prefixStem) continue
    const first = prefixStem ? i - 1 : i
    let taken = false
    for (let k = first; k <= body.last; k++) if (covered.has(k)) taken = true
    if (taken) continue
    for (let k = first; k <= body.last; k++) covered.add(k)
    const stem = prefixStem ?? countryOf(text, parts, first, body.last)
    if (stem) {
      const [name, ...alternatives] = countryNames(body.name, stem)
      found.push({ first, last: body.last, type: 'organization', name: name!, kind: 'state', alternatives })
    } else {
      const place = placeAfter(text, parts, body.last, isPlace)
      if (place) found.push({ first, last: body.last, type: 'organization', name: `${body.name} ${place}`, kind: 'state' })
    }
    i = body.last
  }
  return found
}
