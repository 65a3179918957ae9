import { agencyCodes, creditCues, pictureCredits } from '../lexicons/credits.js'
import { firstNames } from '../lexicons/first-names.js'
import { stopwords } from '../lexicons/stopwords.js'

/** A range of characters `[start, end)` of a paragraph that is a credit or sign-off, with the rule that found it. */
export interface CreditRange {
  readonly start: number
  readonly end: number
  /** `tag` (`(dpa/AFP)`), `cue` (`Foto: …`), `picture` (`picture alliance/dpa`), `sign-off` (`ank/dpa`, `Mit Material von …`). */
  readonly rule: 'tag' | 'cue' | 'picture' | 'sign-off'
}

const separators = /[\s/,;&+|]+/u
const initials = /^[a-zäöü]{1,4}$/u
/** Words of a sign-off besides agencies and initials (`Ende/dpa`). */
const signOffWords = new Set(['ende', 'end'])
// Also in capitals (`FOTO: …`, `QUELLE: …`), as transcripts and captions write them.
const cuePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...creditCues, ...creditCues.map((cue) => cue.toUpperCase())].join('|')})\\s?:`, 'gu')
/** `©AFP`, `(c) dpa`: a copyright sign opens a credit. */
const copyrightPattern = /©|\([cC]\)(?=[ \t]?\p{L})/gu
/** `(Reporting by …; Editing by …)`: the English sign-off of agency copy, in brackets. */
const englishSignOff = /\((?:Additional reporting|Reporting|Writing|Editing|Compiled) by [^()]{1,200}\)/gu
/** Any picture credit in any case: a paragraph without one needs no lower-case copy to look for them. */
const anyPictureCredit = new RegExp(pictureCredits.map((credit) => credit.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')).join('|'), 'iu')
const materialPattern = /(?<![\p{L}\p{N}])[Mm]it (?:Material|Informationen|Agenturmaterial) (?:von|der|aus)(?![\p{L}\p{N}])/gu

/** Whether the words of a tag are all agency codes or author initials, with at least one agency (`dpa/AFP`, `leg/reuters`). */
function isTagContent(content: string): boolean {
  const words = content.split(separators).filter((word) => word && word !== 'und')
  if (words.length === 0 || words.length > 6) return false
  let agencies = 0
  for (const word of words) {
    const lower = word.toLowerCase()
    if (agencyCodes.has(lower) || (lower.includes('-') && lower.split('-').every((piece) => agencyCodes.has(piece)))) agencies++
    else if (!initials.test(word) && !signOffWords.has(lower)) return false
  }
  return agencies > 0
}

/** The end of a credit that starts at `start`: the closing bracket when it sits inside one, else the end of the paragraph. */
function creditEnd(text: string, start: number): number {
  let open = -1
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const char = text[k]!
    if (char === '(' || char === '[') open = k
    else if (char !== ' ') break
  }
  if (open < 0) return text.length
  const close = text.indexOf(text[open] === '(' ? ')' : ']', start)
  return close < 0 ? text.length : close + 1
}

/** Words of a credit item that may follow an agency (`Getty Images`, `AP Photo`, `picture alliance`). */
const creditTails = new Set(['images', 'photo', 'photos', 'alliance', 'pool'])
const creditWord = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/uy
const creditSeparator = /[ \t]*[/,|;&+][ \t]*/y
const creditYear = /[ \t]*\d{4}(?:[-–]\d{4})?[ \t]*/y
const creditDomain = /[\p{L}\p{N}-]+\.(?:de|com|ru|net|org|at|ch|eu|tv|info|io|ua|uk|fr)(?![\p{L}\p{N}])/uy
/** A byline paragraph: `Von Anna Weber, dpa`, `Von Ivan Petrow und Lena Koch, AFP`. */
const bylinePattern = /^[ \t]*Von (?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}(?:und (?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3})?\p{Lu}[\p{L}'’-]*,([^,.!?]{2,40})$/u

/** Whether a credit is inside a bracket that opens at most three characters before `start`. */
function bracketed(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const char = text[k]!
    if (char === '(' || char === '[') return true
    if (char !== ' ') return false
  }
  return false
}

/**
 * The end of a copyright credit without brackets whose names start at
 * `from` (after `©` or `(c)`): a year, then items separated by a slash, comma
 * or `|` (`© 2021 Anna Weber/AFP`), each at most three words, capitalized or an
 * agency code, `des`/`der` joining two of them (`Pressedienst des Kremls`). An item ends before a stopword or lower-case word, before a
 * first name after its first word (a caption naming a person), after an
 * agency code (unless `Images`, `Photo` … follows) and at any other mark, so
 * a caption after the credit keeps its names.
 */
function copyrightEnd(text: string, from: number): number {
  creditYear.lastIndex = from
  let k = creditYear.exec(text) ? creditYear.lastIndex : from
  while (text[k] === ' ' || text[k] === '\t') k++
  let end = from
  for (;;) {
    let words = 0
    let previous = ''
    while (words < 3) {
      creditWord.lastIndex = k
      const match = creditWord.exec(text)
      if (!match) break
      const word = match[0]
      const lower = word.toLowerCase()
      const upper = /^\p{Lu}/u.test(word)
      const agency = agencyCodes.has(lower) || agencyCodes.has(lower.split('-')[0]!)
      // `Pressedienst des Kremls/TASS`: a genitive article between capitalized words joins them.
      if (words > 0 && (lower === 'des' || lower === 'der') && /^ \p{Lu}/u.test(text.slice(k + word.length, k + word.length + 2))) {
        k += word.length + 1
        continue
      }
      // `Quelle: ntv.de, jwu/dpa`: a web address, and author initials before an agency code, are items too.
      if (words === 0 && !upper && !agency) {
        creditDomain.lastIndex = k
        const initial = initials.test(word) && text[k + word.length] === '/'
        if (initial || creditDomain.exec(text)) {
          end = initial ? k + word.length : creditDomain.lastIndex
          k = end
          break
        }
      }
      if (words === 0 ? !upper && !agency && !pictureCredits.some((credit) => credit.toLowerCase().startsWith(`${lower} `)) : (stopwords.has(lower) || (!upper && !agency && !creditTails.has(lower)) || firstNames.has(lower) || (agencyCodes.has(previous) && !creditTails.has(lower)))) break
      words++
      previous = lower
      end = match.index + word.length
      k = end
      // One space joins the words of an item.
      if (text[k] !== ' ' || !/[\p{L}\p{N}]/u.test(text[k + 1] ?? '')) break
      k++
    }
    if (words === 0) return end
    creditSeparator.lastIndex = end
    if (!creditSeparator.exec(text)) return end
    k = creditSeparator.lastIndex
  }
}

/** Whether a credit cue at `index` opens a credit: at the start of the paragraph, or after a bracket, a separator or the end of a sentence. */
function opensCredit(text: string, index: number): boolean {
  let k = index - 1
  while (k >= 0 && text[k] === ' ') k--
  return k < 0 || '([|–—-·/.!?“"»«'.includes(text[k]!)
}

/**
 * The credit and sign-off ranges of a paragraph: agency tags in brackets
 * (`Moskau (dpa/AFP) -`, `(leg/reuters)`), credit lines after a cue
 * (`Foto: Name/TASS/dpa`, `Quelle: …`; without brackets up to the end of
 * its names, so a place after it stays the article's), picture agency credits
 * (`picture alliance/dpa`), a copyright sign (`©AFP`, `(c) dpa`; without
 * brackets up to the end of its names: `© Anna Weber/AFP`), and
 * sign-offs (`ank/dpa`, `… sagte er. dpa-infocom`, `Mit Material von dpa und
 * Reuters`, `(Reporting by …; Editing by …)`). Names in them are not entities of the
 * article. Linear in the length of the text.
 *
 * @param text
 *   Paragraph text.
 * @returns
 *   The ranges in text order (they may touch, never overlap in a way that matters).
 * @example
 *   creditRanges('Moskau (dpa) - Lawrow sprach.') // => [{start: 7, end: 12, rule: 'tag'}]
 */
export function creditRanges(text: string): CreditRange[] {
  const ranges: CreditRange[] = []
  // Agency tags in brackets, each at most 60 characters long.
  // (Character codes, not one-character strings: this scans every paragraph.)
  for (let open = 0; open < text.length; open++) {
    const char = text.charCodeAt(open)
    if (char !== 0x28 && char !== 0x5b) continue
    const closeChar = char === 0x28 ? 0x29 : 0x5d
    let close = open + 1
    while (close < text.length && close <= open + 60 && text.charCodeAt(close) !== closeChar && text.charCodeAt(close) !== 0x28 && text.charCodeAt(close) !== 0x5b) close++
    if (text.charCodeAt(close) !== closeChar) continue
    if (isTagContent(text.slice(open + 1, close))) ranges.push({ start: open, end: close + 1, rule: 'tag' })
    open = close
  }
  // Each pattern needs a character or word that most paragraphs lack: no regular expression runs without it.
  if (text.includes(':')) for (const match of text.matchAll(cuePattern)) {
    if (!opensCredit(text, match.index)) continue
    // In brackets the credit runs to the closing one; else to the end of its names (`Foto: Anna Weber/AFP Moskau …` keeps `Moskau`).
    const from = match.index + match[0].length
    ranges.push({ start: match.index, end: bracketed(text, match.index) ? creditEnd(text, match.index) : Math.max(copyrightEnd(text, from), from), rule: 'cue' })
  }
  const lower = anyPictureCredit.test(text) ? text.toLowerCase() : ''
  for (const credit of pictureCredits) {
    const at = lower.indexOf(credit.toLowerCase())
    if (at >= 0) ranges.push({ start: at, end: bracketed(text, at) ? creditEnd(text, at) : Math.max(copyrightEnd(text, at), at + credit.length), rule: 'picture' })
  }
  if (text.includes('©') || text.includes('(c)') || text.includes('(C)')) for (const match of text.matchAll(copyrightPattern)) {
    const from = match.index + match[0].length
    // In brackets the credit runs to the closing one; else to the end of its names (`© Anna Weber/AFP Die Kanzlerin …`).
    const end = bracketed(text, match.index) ? creditEnd(text, match[0] === '©' ? match.index : from) : copyrightEnd(text, from)
    ranges.push({ start: match.index, end: Math.max(end, from), rule: 'cue' })
  }
  if (text.includes(' by ')) for (const match of text.matchAll(englishSignOff)) ranges.push({ start: match.index, end: match.index + match[0].length, rule: 'sign-off' })
  if (text.includes('aterial') || text.includes('Informationen')) for (const match of text.matchAll(materialPattern)) {
    if (opensCredit(text, match.index)) ranges.push({ start: match.index, end: creditEnd(text, match.index), rule: 'sign-off' })
  }
  // A byline with an agency (`Von Anna Weber, dpa`): the author and the agency are no entities of the article.
  if (text.trimStart().startsWith('Von ')) {
    const byline = bylinePattern.exec(text)
    if (byline && isTagContent(byline[1]!)) ranges.push({ start: 0, end: text.length, rule: 'sign-off' })
  }
  // A sign-off as the last word of the paragraph (`… sagte er. ank/dpa`), or the whole paragraph (`dpa`).
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  let start = end
  while (start > 0 && !/[\s.!?:“"»«)]/.test(text[start - 1]!)) start--
  const last = text.slice(start, end)
  // After a sentence's end a lone agency code signs off too (`… sagte er. dpa-infocom`).
  if (last && isTagContent(last) && (last.includes('/') || /(?:^|[.!?“"»])[ \t]*$/u.test(text.slice(Math.max(0, start - 4), start)))) ranges.push({ start, end, rule: 'sign-off' })
  return ranges.sort((a, b) => a.start - b.start)
}
