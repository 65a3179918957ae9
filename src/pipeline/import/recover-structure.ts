import type { Credit, Paragraph } from '../../schema/article.js'
import { normalizeText } from '../normalize/normalize-text.js'
import { speakerLabel, splitLabelLines } from '../extract/quotes/labels.js'
import { agencyNames } from './agencies.js'

/** What the structure of a raw article text tells. */
export interface RecoveredArticle {
  /** Date of a ` date YYYY-MM` marker line, or `undefined`. */
  date: string | undefined
  /** The marker as written (`date 2021-10`), or `undefined`. */
  dateMarker: string | undefined
  /** Photo caption and credit, when the text starts with one. */
  image: { caption: string; credit: string } | undefined
  /** Place of a dateline (`Moskau` in `Moskau - …`), or `undefined`. */
  dateline: string | undefined
  /** Photo and agency credits, in text order. */
  credits: Credit[]
  /** Agencies named in credits (text and photo credits). */
  agencies: string[]
  /** Body blocks: paragraphs and subheadings. */
  blocks: Paragraph[]
}

const dateMarker = /^\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/
const creditLabel = /(?:^|[\s(])(?:Foto|Fotos|Bild|Bilder|Photo|Quelle|Video|Grafik)[ \t]*:/
const datelinePattern = /^(\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){0,2})(?:[ \t]*\(([^()]{1,30})\))?[ \t]+[-–—][ \t]+(?=\S)/u
const agencyCredit = /\(([A-Za-z]{1,12}(?:[ \t]*\/[ \t]*[A-Za-z-]{1,12}){0,4})\)[ \t]*$/
const finalPunctuation = /[.,:;!…"“”»«'’)\]]$/u

/**
 * Recover the structure of a raw article as received: a ` date YYYY-MM`
 * marker, a leading photo caption with its credits (`Foto: …`, `(Bild: dpa)`),
 * a dateline (`Brüssel - `), a trailing agency credit (`(leg/reuters)`) and
 * subheadings (short standalone lines without final punctuation); a line
 * that starts with a speaker label (`Frage: …`, `Lawrow: …`, a `Name,
 * Funktion` line before the words) starts a paragraph of its own.
 * The text is normalized (NFC, LF, collapsed whitespace); no word is dropped:
 * what leaves the body goes into the returned metadata.
 *
 * @param raw
 *   The raw text.
 * @returns
 *   The recovered article.
 * @example
 *   recoverStructure(' date 2022-01 Brüssel - Die Nato tagt.').dateline // => 'Brüssel'
 */
export function recoverStructure(raw: string): RecoveredArticle {
  let text = normalizeText(raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'))
  const result: RecoveredArticle = {
    date: undefined,
    dateMarker: undefined,
    image: undefined,
    dateline: undefined,
    credits: [],
    agencies: [],
    blocks: []
  }

  const marker = dateMarker.exec(text)
  if (marker) {
    result.date = marker[1]
    result.dateMarker = `date ${marker[1]}`
    text = text.slice(marker[0].length)
  }

  const chunks = text
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()))
    .filter((lines) => lines.some(Boolean))
    .map((lines) => lines.filter(Boolean))

  // A caption: the first block carries a credit label.
  const firstLine = chunks[0]?.join(' ')
  if (firstLine !== undefined && chunks.length > 1) {
    const label = creditLabel.exec(firstLine)
    if (label) {
      const at = label.index + (label[0].startsWith('(') || /\s/.test(label[0][0]!) ? 1 : 0)
      const creditStart = firstLine[at - 1] === '(' ? at - 1 : at
      const caption = firstLine.slice(0, creditStart).trim()
      const credit = firstLine.slice(creditStart).trim()
      result.image = { caption, credit }
      for (const piece of parseCredits(credit)) {
        result.credits.push({ kind: 'photo', text: piece })
        addAgencies(result.agencies, piece.split(/[/,;]/))
      }
      chunks.shift()
    }
  }

  // A trailing agency credit.
  const last = chunks.at(-1)
  if (last) {
    const lastLine = last[last.length - 1]!
    const credit = agencyCredit.exec(lastLine)
    if (credit && credit[1]!.split('/').some((part) => agencyNames[part.trim().toLowerCase()])) {
      const parts = credit[1]!.split('/').map((part) => part.trim())
      result.credits.push({ kind: 'agency', text: parts.join('/') })
      addAgencies(result.agencies, parts)
      const rest = lastLine.slice(0, credit.index).trimEnd()
      if (rest) last[last.length - 1] = rest
      else last.pop()
      if (last.length === 0) chunks.pop()
    }
  }

  // Speaker labels (`Frage: …`, `Lawrow: …`, a `Name, Funktion` line) start blocks of their own.
  const blocks = chunks.flatMap(splitLabelLines)
  blocks.forEach((lines, index) => {
    // Lines of one chunk: a short first line without punctuation over a new sentence is a subheading.
    if (lines.length > 1 && isSubheading(lines[0]!) && /^[\p{Lu}\d„"»«]/u.test(lines[1]!)) {
      result.blocks.push({ type: 'heading', text: lines[0]! })
      lines = lines.slice(1)
    }
    const joined = lines.join(' ')
    const isLast = index === blocks.length - 1
    result.blocks.push({ type: !isLast && isSubheading(joined) ? 'heading' : 'paragraph', text: joined })
  })

  // A dateline opens one of the first two paragraphs.
  for (const block of result.blocks.slice(0, 2)) {
    if (block.type !== 'paragraph') continue
    const match = datelinePattern.exec(block.text)
    if (!match) continue
    result.dateline = match[1]
    if (match[2]) {
      addAgencies(result.agencies, match[2].split('/'))
      result.credits.push({ kind: 'agency', text: match[2].trim() })
    }
    block.text = block.text.slice(match[0].length)
    break
  }

  return result
}

/**
 * Whether a standalone line reads as a subheading: at most eight words and
 * 80 characters, starting with a capital or digit, no final punctuation other
 * than a question mark, no comma, and no speaker label (`Frage: …`).
 */
function isSubheading(line: string): boolean {
  const words = line.split(' ')
  if (words.length > 8 || line.length > 80 || line.includes(',')) return false
  if (!/^[\p{Lu}\d„"»«]/u.test(line)) return false
  // A speaker label opens a question or answer (`Frage: Und jetzt?`), no subheading.
  if (speakerLabel(line)?.form === 'colon') return false
  return !finalPunctuation.test(line)
}

/** Add the agencies among `parts` (`dpa`, `Reuters`) to `agencies`, once each. */
function addAgencies(agencies: string[], parts: readonly string[]): void {
  for (const part of parts) {
    const name = agencyNames[part.trim().toLowerCase()]
    if (name && !agencies.includes(name)) agencies.push(name)
  }
}

/** Split `Foto: A (Bild: B) (Foto: C)` into `['A', 'B', 'C']`. */
function parseCredits(credit: string): string[] {
  const pieces: string[] = []
  let rest = credit
  while (rest) {
    const match = /^\(?(?:Foto|Fotos|Bild|Bilder|Photo|Quelle|Video|Grafik)[ \t]*:[ \t]*/.exec(rest)
    if (!match) break
    rest = rest.slice(match[0].length)
    const next = rest.search(/\(?(?:Foto|Fotos|Bild|Bilder|Photo|Quelle|Video|Grafik)[ \t]*:/)
    const piece = (next === -1 ? rest : rest.slice(0, next)).replace(/\)$/, '').trim()
    if (piece) pieces.push(piece)
    rest = next === -1 ? '' : rest.slice(next).trim()
  }
  return pieces
}
