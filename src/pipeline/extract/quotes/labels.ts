import { agencyCodes } from '../lexicons/credits.js'
import { cueFormsOf } from '../lexicons/cue-verbs.js'
import { isRoleNoun } from '../lexicons/role-nouns.js'
import { stopwords } from '../lexicons/stopwords.js'
import { memoize } from '../memoize.js'

/**
 * A speaker label at the start of a block: `Jens Stoltenberg, Nato-Generalsekretär`
 * (the whole block), `Olaf Scholz (SPD):`, `LAWROW:`, `Frage:` (before the
 * words of that speaker, in the same block or the next ones).
 */
export interface SpeakerLabel {
  /** The name as written (`Olaf Scholz`, `LAWROW`). */
  readonly name: string
  /** Number of words of the name (particles such as `von der` not counted). */
  readonly words: number
  /** Offset where the name starts (after a title `Dr.`, `Prof.`). */
  readonly nameStart: number
  /** Offset after the name. */
  readonly nameEnd: number
  /** What stands in parentheses after the name (`SPD` in `Olaf Scholz (SPD):`), or `undefined`. */
  readonly aside: string | undefined
  /** Offset where the speaker's words start in the same block: the block's length for a label alone on its line. */
  readonly wordsStart: number
  /** `colon`: the label ends with `:`; `line`: a `Name, Funktion` or `Name (Partei)` line without colon. */
  readonly form: 'colon' | 'line'
}

/** Words that start a `Word:` block without naming a speaker: credit, editorial and list labels. */
const notSpeakers = new Set([
  'foto', 'fotos', 'bild', 'bilder', 'photo', 'quelle', 'quellen', 'video', 'videos', 'grafik', 'karte', 'update', 'hinweis', 'anmerkung',
  'korrektur', 'transparenzhinweis', 'lesen', 'mehr', 'stand', 'titel', 'fazit', 'achtung', 'wichtig', 'hintergrund', 'info', 'infos', 'tipp',
  'zitat', 'zum', 'zur', 'thema', 'themen', 'teilnehmer', 'ergebnis', 'ergebnisse', 'redaktion',
  'mitarbeit', 'text', 'autor', 'autorin', 'von', 'und', 'liveblog', 'eilmeldung', 'newsletter', 'hier', 'anzeige', 'kommentar', 'analyse'
])

/** Labels that mark the outlet's question in an interview. */
export const questionLabels: ReadonlySet<string> = new Set(['frage', 'f'])

/** Labels that mark the interviewee's answer without naming them. */
export const answerLabels: ReadonlySet<string> = new Set(['antwort', 'a'])

/** A name: one to four capitalized (or all-caps) words; hyphens and apostrophes inside. */
const namePattern = /^(?:(?:Dr|Prof)\. )*(\p{Lu}[\p{L}'’-]*(?: (?:von |van |de |di |da |zu |al |bin |ibn |der |den |la |le ){0,2}\p{Lu}[\p{L}'’-]*){0,3})/u
/** Lower-case particles inside a name (`Ursula von der Leyen`): not words of their own for the checks. */
const particles = new Set(['von', 'van', 'de', 'di', 'da', 'zu', 'al', 'bin', 'ibn', 'der', 'den', 'la', 'le'])
/** After the name: a party or function in parentheses, then a function after a comma, then the colon. */
const colonTail = /^(?: ?\([^()]{1,40}\))?(?:, [^:.!?,;]{1,60})?:(?=\s|$)/u
const lineTail = /^(?: ?\([^()]{1,40}\))?(?:, [^:.!?;]{1,90})?$/u

/** The text in parentheses right after the name, if any. */
function asideOf(rest: string): string | undefined {
  return /^ ?\(([^()]{1,40})\)/.exec(rest)?.[1]
}

/** Whether a lower-case word of the text is a form of a cue verb (`sagte`, `betonte`). */
function hasCue(text: string): boolean {
  return text.split(/[\s,()]+/).some((word) => /^\p{Ll}/u.test(word) && cueFormsOf(word).length > 0)
}

/** Whether a name word may name a speaker: no stopword, no credit or editorial label. */
function speakerWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (questionLabels.has(lower) || answerLabels.has(lower)) return true
  return !stopwords.has(lower) && !notSpeakers.has(lower)
}

/**
 * The speaker label a block starts with, if any. A `colon` label is a name
 * (one to four capitalized words, all caps allowed) with an optional party in
 * parentheses and function after a comma, then `:`; the speaker's words
 * follow in the block or, for a label alone on its line, in the next blocks.
 * A `line` label is a whole block `Name, Funktion` or `Name (Partei)` of at
 * most twelve words, without final punctuation and without a cue verb (so
 * `Jens Stoltenberg, Nato-Generalsekretär, sagte …` is none), with a name of
 * two words or more. Whether the name is a person is for the caller to
 * check (`Frage:` is a label too, see `questionLabels`). Linear.
 *
 * @param text
 *   The block's text.
 * @returns
 *   The label, or `undefined`.
 * @example
 *   speakerLabel('Olaf Scholz (SPD): Wir bleiben dabei.')?.wordsStart // => 19
 */
export function speakerLabel(text: string): SpeakerLabel | undefined {
  return labelOfBlock(text) ?? undefined
}

/** `speakerLabel`, memoized: the dialogue pass and the name rules ask for the label of the same block several times. */
const labelOfBlock = memoize((text: string): SpeakerLabel | null => labelOfBlockUncached(text) ?? null, 4096)

/** `speakerLabel`, computed. */
function labelOfBlockUncached(text: string): SpeakerLabel | undefined {
  const name = namePattern.exec(text)
  if (!name) return undefined
  const nameStart = name[0].length - name[1]!.length
  const words = name[1]!.split(' ').filter((word) => !particles.has(word))
  // A role noun may stand before the name (`Bundeskanzler Olaf Scholz:`), not make it.
  if (!words.every(speakerWord) || words.every((word) => isRoleNoun(word))) return undefined
  const rest = text.slice(name[0].length)
  const colon = colonTail.exec(rest)
  if (colon) {
    // A cue verb makes it a sentence (`X, der Gouverneur, sagte:`).
    if (hasCue(colon[0])) return undefined
    let wordsStart = name[0].length + colon[0].length
    while (wordsStart < text.length && /\s/.test(text[wordsStart]!)) wordsStart++
    return { name: name[1]!, words: words.length, nameStart, nameEnd: name[0].length, aside: asideOf(rest), wordsStart, form: 'colon' }
  }
  if (words.length < 2 || rest.length === 0 || text.length > 120 || text.split(' ').length > 12) return undefined
  if (!lineTail.test(rest)) return undefined
  // A slash or © makes it a credit, a cue verb a sentence (`Jens Stoltenberg, Nato-Generalsekretär, betonte`).
  if (/[/©]/.test(rest) || hasCue(rest)) return undefined
  return { name: name[1]!, words: words.length, nameStart, nameEnd: name[0].length, aside: asideOf(rest), wordsStart: text.length, form: 'line' }
}

/** Lines that open a new block inside a run of lines: a speaker label after a line that ended a sentence or was a label. */
const sentenceEnd = /[.!?…:“”"»«]$/u

/**
 * Split the lines of one block (a run of non-blank lines) where a speaker
 * label starts a line, so that `Lawrow: …` / `Frage: …` lines and a
 * `Name, Funktion` line before the words become blocks of their own; the
 * plain-text import and the Markdown parser both join the other lines of a
 * block with a space. A line opens a new block only after a line that ended
 * a sentence (or was itself a label), and a `line` label only before a line
 * that starts with a capital, a digit or a quotation mark, so a hard-wrapped
 * paragraph stays whole.
 *
 * @param lines
 *   The block's lines, trimmed, none empty.
 * @returns
 *   The blocks' lines (the same array in one piece when nothing splits).
 * @example
 *   splitLabelLines(['Frage: Wie geht es weiter?', 'Lawrow: Wir warten ab.']) // => [['Frage: Wie geht es weiter?'], ['Lawrow: Wir warten ab.']]
 */
export function splitLabelLines(lines: readonly string[]): string[][] {
  if (lines.length < 2) return [[...lines]]
  const result: string[][] = [[lines[0]!]]
  let previousLabel = labelLine(lines[0]!, lines[1])
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!
    const label = labelLine(line, lines[index + 1])
    const previous = lines[index - 1]!
    if (label && (previousLabel || sentenceEnd.test(previous))) result.push([line])
    else if (previousLabel === 'line') result.push([line])
    else result.at(-1)!.push(line)
    previousLabel = label
  }
  return result
}

/** The kind of label a line is, considering the line after it. */
function labelLine(line: string, next: string | undefined): SpeakerLabel['form'] | undefined {
  const label = speakerLabel(line)
  if (!label) return undefined
  if (label.form === 'colon') return label.words <= 4 ? 'colon' : undefined
  return next === undefined || /^[\p{Lu}\d„"»«‚]/u.test(next) ? 'line' : undefined
}

/** A person's name in a speaker label: parts `[first, last]` and the name (title case for an all-caps label). */
export interface LabelName {
  readonly first: number
  readonly last: number
  readonly name: string
}

/**
 * The name of a speaker label that nobody listed (`Gülsen Kaya, Sprecherin
 * des Verbands`, `TOMÁS HERRERA:`, `Kiesewetter (CDU):`), so that its words
 * get a provisional person: two or three words, or one with a party in
 * parentheses (no agency code), none taken by another name, none a stopword,
 * role noun or German common noun.
 *
 * @param text
 *   The block's text.
 * @param parts
 *   Its parts.
 * @param covered
 *   Parts already taken by names (not changed).
 * @param isNoun
 *   Whether a capitalized word is a known common noun.
 * @returns
 *   The name, or `undefined`.
 * @example
 *   labelName('Gülsen Kaya, Sprecherin', parts, new Set(), () => false)?.name // => 'Gülsen Kaya'
 */
export function labelName(text: string, parts: ReadonlyArray<{ readonly text: string; readonly start: number; readonly end: number }>, covered: ReadonlySet<number>, isNoun: (word: string) => boolean): LabelName | undefined {
  const label = speakerLabel(text)
  if (!label || label.words > 3) return undefined
  // One word is a name only with a party after it (`Kiesewetter (CDU):`), not an agency code (`Kiew (dpa):`).
  if (label.words < 2 && !(label.aside && /^\p{Lu}[\p{L}/ ]{0,24}$/u.test(label.aside) && !label.aside.split(/[/ ]/).some((code) => agencyCodes.has(code.toLowerCase())))) return undefined
  let first = 0
  while (first < parts.length && parts[first]!.start < label.nameStart) first++
  let last = first
  while (last + 1 < parts.length && parts[last + 1]!.end <= label.nameEnd) last++
  if (parts[last]?.end !== label.nameEnd) return undefined
  const title = (word: string) => (word === word.toUpperCase() ? word[0]! + word.slice(1).toLowerCase() : word)
  for (let k = first; k <= last; k++) {
    const word = title(parts[k]!.text)
    if (covered.has(k)) return undefined
    if (particles.has(parts[k]!.text)) continue
    if (word.length < 2 || stopwords.has(word.toLowerCase()) || isRoleNoun(word) || isNoun(word)) return undefined
  }
  const name = text.slice(label.nameStart, label.nameEnd).split(/([ -])/).map((word) => (particles.has(word.toLowerCase()) && word === word.toUpperCase() ? word.toLowerCase() : title(word))).join('')
  return { first, last, name }
}
