import { cueFormsOf } from '../lexicons/cue-verbs.js'
import { isGivenName } from '../lexicons/given-names.js'
import { isRoleNoun } from '../lexicons/role-nouns.js'
import { stopwords } from '../lexicons/stopwords.js'
import { memoize } from '../memoize.js'
import type { Part } from '../tokens.js'

/** A name found in the speaker slot of a cue verb: parts `[first, last]`. */
export interface SpeakerName {
  readonly first: number
  readonly last: number
  readonly name: string
}

const determiners = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'dieser', 'diese', 'dieses', 'jeder', 'jede', 'alle', 'beide', 'viele', 'mehrere', 'einige'])
/** Strong adjective endings that open a noun phrase without article (`Bisheriger Amtsinhaber`, `Nächster Termin`). */
const strongAdjective = /(?:ig|isch|lich|st|bar|sam)(?:e|er|es|en|em)$/

/** Whether a word is a common noun or a compound ending in one (`Bundesstaat`: `Staat`). */
function nounOrCompound(word: string, isNoun: (word: string) => boolean): boolean {
  let memoized = compoundTests.get(isNoun)
  if (!memoized) {
    memoized = memoize((value) => nounOrCompoundUncached(value, isNoun))
    compoundTests.set(isNoun, memoized)
  }
  return memoized(word)
}

/** `nounOrCompound` memoized per noun test: a word is tested once per process, not at every occurrence. */
const compoundTests = new WeakMap<(word: string) => boolean, (word: string) => boolean>()

/** `nounOrCompound`, computed. */
function nounOrCompoundUncached(word: string, isNoun: (word: string) => boolean): boolean {
  if (isNoun(word)) return true
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const tail = word.slice(cut)
    if (isNoun(tail[0]!.toUpperCase() + tail.slice(1))) return true
  }
  return false
}

/** Whether a part could be one word of a personal name: capitalized, not all caps, no stopword, role noun or adjective-like word, not yet taken. */
function nameWord(part: Part | undefined, covered: ReadonlySet<number>, index: number, isNoun: (word: string) => boolean): boolean {
  if (!part || !part.upper || part.allCaps || covered.has(index) || part.text.length < 2) return false
  // The shape first: it needs no lookup.
  if (!/^\p{Lu}[\p{Ll}'’]/u.test(part.text)) return false
  return !stopwords.has(part.lower) && !isRoleNoun(part.text) && !nounOrCompound(part.text, isNoun)
}

/**
 * Whether part `index` opens a double surname after a known first name, though
 * it is a common noun (`Roswitha Müller-Lenz`, `Anna Koch-Berger`): it is
 * hyphenated onto a name word, and the word before it is a given name.
 */
function doubleSurnameStart(parts: readonly Part[], index: number, covered: ReadonlySet<number>, isNoun: (word: string) => boolean): boolean {
  const part = parts[index]
  if (!part?.hyphenAfter || !part.upper || part.allCaps || covered.has(index) || !/^\p{Lu}[\p{Ll}]/u.test(part.text) || stopwords.has(part.lower) || isRoleNoun(part.text)) return false
  return isGivenName(parts[index - 1]?.lower ?? '') && nameWord(parts[index + 1], covered, index + 1, isNoun)
}

function isCueForm(part: Part | undefined): boolean {
  return part !== undefined && !part.upper && cueFormsOf(part.lower).length > 0
}

/** `von der Staatsanwaltschaft sagte`: an affiliation (`von`/`vom`, an article, one to three capitalized words) from part `k`, then a cue verb. */
function affiliationThenCue(text: string, parts: readonly Part[], k: number): boolean {
  const opener = parts[k]
  if (!opener || (opener.lower !== 'von' && opener.lower !== 'vom')) return false
  let j = k + 1
  if (opener.lower === 'von' && ['der', 'dem', 'den'].includes(parts[j]?.lower ?? '')) j++
  const head = j
  while (j < parts.length && j < head + 3 && parts[j]!.upper && /^[\s-]*$/.test(text.slice(parts[j - 1]!.end, parts[j]!.start))) j++
  return j > head && /^\s+$/.test(text.slice(parts[j - 1]!.end, parts[j]?.start ?? text.length)) && isCueForm(parts[j])
}

/**
 * Names of persons that neither the registry nor the name rules know, found
 * where a speaker stands: two or three capitalized words (a hyphenated
 * surname counts as one) right before a cue verb (`Gülsen Kaya sagte`, also
 * after an affiliation: `Mayra Ortiz von der Staatsanwaltschaft sagte`), or
 * right after one (or after `laut`) at the end of a clause (`…, sagte Tomás
 * Herrera.`), between commas before one (`Der Sprecher, Tomás Herrera,
 * sagte`), or before an apposition that a cue follows (`Aylin Demir, die Anwältin der
 * Familie, erklärte`). No word may be a stopword, a role noun, a known
 * common noun or adjective-like after a determiner; the whole must stand
 * outside other names.
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by names (not changed).
 * @param isNoun
 *   Whether a capitalized word is a known common noun (default: none is).
 * @returns
 *   The names in text order.
 * @example
 *   speakerNames('Gülsen Kaya sagte, …', parts, new Set())[0].name // => 'Gülsen Kaya'
 */
export function speakerNames(text: string, parts: readonly Part[], covered: ReadonlySet<number>, isNoun: (word: string) => boolean = () => false): SpeakerName[] {
  const found: SpeakerName[] = []
  for (let i = 0; i < parts.length - 1; i++) {
    const previous = parts[i - 1]
    if (parts[i]!.hyphenBefore || (previous && (determiners.has(previous.lower) || previous.upper && !/[,;:.!?(–—]/.test(text.slice(previous.end, parts[i]!.start))))) continue
    if (!nameWord(parts[i], covered, i, isNoun) || parts[i]!.hyphenAfter) continue
    // The surname: one or more words, the last one possibly hyphenated (`Müller-Lenz`).
    let last = i + 1
    if (!(nameWord(parts[last], covered, last, isNoun) || doubleSurnameStart(parts, last, covered, isNoun)) || !/^ $/.test(text.slice(parts[i]!.end, parts[last]!.start))) continue
    while (parts[last]!.hyphenAfter && nameWord(parts[last + 1], covered, last + 1, isNoun)) last++
    if (nameWord(parts[last + 1], covered, last + 1, isNoun) && !parts[last]!.hyphenAfter && /^ $/.test(text.slice(parts[last]!.end, parts[last + 1]!.start)) && last - i < 2) last++
    if (parts[last]!.hyphenAfter) continue
    const next = parts[last + 1]
    const gap = next ? text.slice(parts[last]!.end, next.start) : ''
    const before = /^\s+$/.test(gap) && (isCueForm(next) || affiliationThenCue(text, parts, last + 1))
    const closes = next === undefined || /^\s*[,.;:!?]/.test(gap)
    const after = previous !== undefined && ((isCueForm(previous) && closes) || (previous.lower === 'laut' && (closes || next?.upper === false)))
    // `Der Sprecher des Amtes, Tomás Herrera, teilte mit`: a name between commas, then the cue.
    const between = previous !== undefined && /,\s*$/.test(text.slice(previous.end, parts[i]!.start)) && /^,\s*$/.test(gap) && isCueForm(next)
    // `Aylin Demir, die Anwältin der Familie, erklärte …`: an apposition, then a cue within a dozen words.
    let apposition = false
    if (!before && !after && !between && /^,\s*$/.test(gap) && next && ['der', 'die'].includes(next.lower)) {
      for (let j = last + 2; j < parts.length && j < last + 14; j++) {
        if (/[.!?;:]/.test(text.slice(parts[j - 1]!.end, parts[j]!.start))) break
        if (/,/.test(text.slice(parts[j - 1]!.end, parts[j]!.start))) {
          apposition = isCueForm(parts[j])
          break
        }
      }
    }
    if (!before && !after && !between && !apposition) continue
    if (strongAdjective.test(parts[i]!.lower)) continue
    found.push({ first: i, last, name: text.slice(parts[i]!.start, parts[last]!.end) })
    i = last
  }
  return found
}
