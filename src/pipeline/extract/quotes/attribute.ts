import type { Quote } from '../../../schema/quote.js'
import { isKonjunktivOne, konjunktivTwo } from '../lexicons/konjunktiv.js'
import { marksOverlapping, mentionsIn, type ArticleInfo, type ParagraphInfo } from './context.js'
import { findCues, type CueHit } from './cues.js'
import { resolvePhrase, type Speaker } from './speaker.js'

/** A quote without id and article id. */
export type FoundQuote = Omit<Quote, 'id' | 'articleId'>

const markChars = /[„“”"«»‚‘‹›]/g
const subordinatorsRejected = new Set(['als', 'nachdem', 'bevor', 'während', 'weil', 'obwohl', 'seit', 'seitdem', 'sobald', 'um', 'sodass', 'indem', 'falls'])
const reportOpeners = new Set(['dass', 'ob', 'wie', 'was', 'wer', 'warum', 'wann', 'weshalb', 'inwieweit'])
const sourceNounList = /^(?:Angaben|Informationen|Einschätzung|Einschätzungen|Darstellung|Darstellungen|Aussage|Aussagen|Ansicht|Auffassung|Meinung|Worten|Berichten|Medienberichten|Meldungen|Schätzungen|Erkenntnissen|Untersuchungen|Ermittlungen|Recherchen|Vorstellungen|Zeugenaussagen|Auskunft|Auskünften|Angabe|Bericht|Berichts|Studie|Hochrechnung|Umfrage|Schätzung|Mitteilung|Willen|Meinungen)$/
/** Nouns of a source phrase after `nach`/`gemäß`: `Angaben`, `Einschätzung`, and compounds in `-angaben` (`Behördenangaben`). */
const sourceNouns = { test: (word: string): boolean => sourceNounList.test(word) || (word.length > 8 && /^\p{Lu}/u.test(word) && word.endsWith('angaben')) }
const sourceNeedsComplement = /^(?:Bericht|Berichts|Studie|Hochrechnung|Umfrage|Mitteilung|Willen)$/
const phraseDeterminers = new Set(['dem', 'der', 'den', 'des', 'einem', 'einer', 'eines', 'ihrem', 'ihrer', 'seinem', 'seiner'])

interface State {
  last: { speaker: Speaker; serial: number; paragraph: number; via: string | null } | undefined
  serial: number
  pendingColon: { speaker: Speaker; cue: string | null } | undefined
}

const leadTrim = new Set([' ', ',', ';', ':', '–', '—', '-'])
const tailTrim = new Set([' ', ',', ';', ':', '–', '—', '-', '.'])

/** Remove quotation marks, collapse white space and trim punctuation at both ends (linear). */
function cleanText(text: string): string {
  const collapsed = text.replace(markChars, '').replace(/\s+/g, ' ')
  let a = 0
  let b = collapsed.length
  while (a < b && leadTrim.has(collapsed[a]!)) a++
  while (b > a && tailTrim.has(collapsed[b - 1]!)) b--
  return collapsed.slice(a, b).trim()
}

function hasKonjunktiv(info: ParagraphInfo, from: number, to: number, second = false): boolean {
  for (let k = from; k < to; k++) {
    if (info.inQuote[k]) continue
    const part = info.parts[k]!
    if (part.upper) continue
    if (isKonjunktivOne(part.lower)) return true
    if (second && konjunktivTwo.has(part.lower)) return true
  }
  return false
}

function firstAtOrAfter(info: ParagraphInfo, offset: number, key: 'start' | 'end'): number {
  let low = 0
  let high = info.parts.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (info.parts[mid]![key] < offset) low = mid + 1
    else high = mid
  }
  return low
}

function partsIn(info: ParagraphInfo, start: number, end: number): [number, number] {
  const from = firstAtOrAfter(info, start, 'start')
  let to = firstAtOrAfter(info, end + 1, 'end')
  if (to < from) to = from
  return [from, to]
}

function gapText(info: ParagraphInfo, a: number, b: number): string {
  return info.text.slice(info.parts[a]!.end, info.parts[b]!.start)
}

function containsMark(info: ParagraphInfo, start: number, end: number): boolean {
  return marksOverlapping(info, start, end).some((mark) => mark.open >= start && mark.close <= end)
}

const termDeterminers = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des',
  'sein', 'seine', 'seinen', 'seiner', 'seinem', 'seines', 'ihr', 'ihre', 'ihren', 'ihrer', 'ihrem', 'ihres',
  'unser', 'unsere', 'unseren', 'unserer', 'unserem', 'unseres', 'dieser', 'diese', 'diesen', 'diesem', 'dieses', 'sogenannte', 'sogenannten', 'genannte', 'genannten'
])

/**
 * Whether a quotation mark span names a term rather than quoting words: a
 * short capitalized noun phrase after a definite article or possessive (`die
 * „Politik der offenen Tür“`, `seine „Ultimaten“`), or one word between such a
 * determiner and a noun (`die „guten“ Franzosen`).
 */
function isTermMark(info: ParagraphInfo, mark: ParagraphInfo['marks'][number]): boolean {
  if (mark.span.endParagraph !== info.index || mark.span.paragraph !== info.index) return false
  const inner = info.text.slice(mark.span.start, mark.span.end).trim()
  if (!inner || /[.!?,;:]$/.test(inner) || inner.includes(',')) return false
  const words = inner.split(/\s+/)
  if (words.length > 5) return false
  let b = mark.open
  while (b > 0 && /\s/.test(info.text[b - 1]!)) b--
  let a = b
  while (a > 0 && b - a < 16 && /\p{L}/u.test(info.text[a - 1]!)) a--
  const determiner = info.text.slice(a, b).toLowerCase()
  if (!termDeterminers.has(determiner)) return false
  if (/^\p{Lu}/u.test(inner)) return true
  const next = /^\s*(\p{Lu})/u.exec(info.text.slice(mark.close, mark.close + 3))
  return words.length === 1 && next !== null
}

/** Whether `[start, end)` overlaps a quotation of words (not a term in marks): what makes reported speech `mixed`. */
function hasQuotedWords(info: ParagraphInfo, start: number, end: number): boolean {
  return marksOverlapping(info, start, end).some((mark) => !isTermMark(info, mark))
}

/** The end of the noun phrase after a verb: up to punctuation, `laut`, a preposition of time/place or a lower-case word. */
function phraseEnd(info: ParagraphInfo, from: number, to: number): number {
  let j = from
  while (j < to) {
    if (j > from && /[,;:.!?(–—]/.test(gapText(info, j - 1, j))) break
    const part = info.parts[j]!
    if (j > from && ['laut', 'am', 'im', 'in', 'auf', 'bei', 'beim', 'nach', 'vor', 'gegenüber', 'zu', 'zum', 'zur', 'mit', 'und', 'jedoch', 'aber', 'dann', 'erneut', 'außerdem', 'weiter', 'zudem', 'noch', 'auch', 'dem', 'den', 'einem', 'einer'].includes(part.lower)) break
    j++
  }
  return j
}

function viaAfter(info: ParagraphInfo, from: number, to: number): string | null {
  for (let j = from; j < to && j < from + 8; j++) {
    const part = info.parts[j]!
    if (part.lower === 'laut' || (part.lower === 'gegenüber' && false)) {
      const mention = mentionsIn(info, j + 1, j + 5).find((m) => !m.inQuote)
      if (mention) return mention.mention.entity
    }
    if (/[.!?]/.test(j > from ? gapText(info, j - 1, j) : '')) break
  }
  return null
}

/**
 * A name in apposition after a speaker phrase without a person (`die
 * Sprecherin des Außenministeriums, Maria Sacharowa, am Mittwoch`): a person
 * right after the comma that ends the phrase, followed by a comma or the end.
 */
function apposition(info: ParagraphInfo, from: number, end: number, to: number): Speaker | undefined {
  if (end >= to || end <= from || !/^\s*,\s*$/.test(gapText(info, end - 1, end))) return undefined
  if (mentionsIn(info, from, end).some((mention) => mention.type === 'person' && !mention.inQuote)) return undefined
  const person = mentionsIn(info, end, end + 1).find((mention) => mention.type === 'person' && !mention.inQuote)
  if (!person) return undefined
  if (person.last + 1 < to && !/[,.;]/.test(gapText(info, person.last, person.last + 1))) return undefined
  return { speaker: person.mention.entity, description: null, attribution: 'name', confidence: 0.9 }
}

/** `Laut Interfax erklärte X, …`: the medium in a `laut` phrase before the cue relays the speaker. */
function viaBefore(info: ParagraphInfo, from: number, cueIndex: number, speaker: string | null): string | null {
  for (let j = from; j < cueIndex; j++) {
    if (info.parts[j]!.lower !== 'laut' || info.inQuote[j]) continue
    const mention = mentionsIn(info, j + 1, cueIndex).find((m) => !m.inQuote && m.mention.entity !== speaker)
    if (mention) return mention.mention.entity
  }
  return null
}

const auxiliaries = new Set(['hat', 'hatte', 'habe', 'hätte', 'haben', 'hatten'])

/**
 * `hatte X (in einem Interview) erklärt`: an auxiliary at part `k` and a cue
 * participle that closes the clause within a few words; the speaker stands
 * between them.
 */
function auxiliaryCue(info: ParagraphInfo, k: number, to: number): CueHit | undefined {
  const part = info.parts[k]
  if (!part || info.inQuote[k] || !auxiliaries.has(part.lower)) return undefined
  const cue = findCues(info, k + 1, Math.min(to, k + 20)).find((hit) => hit.index > k + 1)
  if (!cue || cue.index !== cue.end) return undefined
  for (let j = k + 1; j < cue.index; j++) if (['nicht', 'nie', 'niemals', 'kein', 'keine'].includes(info.parts[j]!.lower) || /[,;:.!?]/.test(gapText(info, j - 1, j))) return undefined
  if (cue.index + 1 < to && !/[,;:.!?]/.test(gapText(info, cue.index, cue.index + 1))) return undefined
  return cue
}

const directiveCues = new Set(['fordern', 'auffordern', 'aufrufen', 'ankündigen', 'raten', 'empfehlen', 'drängen', 'mahnen', 'appellieren', 'versprechen', 'zusagen', 'zusichern', 'warnen', 'drohen', 'vorwerfen', 'vorschlagen', 'verlangen', 'beschuldigen', 'plädieren', 'bekräftigen', 'betonen', 'erklären', 'zurückweisen', 'bestreiten', 'dementieren', 'unterstellen'])

/** Whether the clause from part `from` (up to the next comma) holds a `zu` infinitive (`zu verlassen`, `anzunehmen`). */
function zuInfinitive(info: ParagraphInfo, from: number, to: number): boolean {
  for (let j = from; j < to && j < from + 30; j++) {
    if (j > from && /[,;:.!?]/.test(gapText(info, j - 1, j))) return false
    const part = info.parts[j]!
    if (info.inQuote[j] || part.upper) continue
    if (part.lower === 'zu' && j + 1 < to && /^\p{Ll}+e?n$/u.test(info.parts[j + 1]!.text)) return true
    if (/^(?:an|auf|aus|ab|bei|ein|fest|fort|her|hin|mit|nach|vor|weg|zurück|zusammen|durch|um|über|unter|wieder)zu\p{Ll}{2,}e?n$/u.test(part.lower)) return true
  }
  return false
}

function make(info: ParagraphInfo, startOffset: number, endParagraph: number, endOffset: number, text: string, kind: Quote['kind'], speaker: Speaker, cue: string | null, via: string | null = null): FoundQuote {
  return {
    paragraph: info.index,
    start: startOffset,
    end: endOffset,
    endParagraph,
    text,
    kind,
    speaker: speaker.speaker,
    description: speaker.description,
    via,
    cue,
    attribution: speaker.attribution,
    confidence: speaker.confidence
  }
}

/** Keep a quote of the sentence, and its speaker as the last one (for continuations). */
function remember(out: FoundQuote[], state: State, info: ParagraphInfo, serial: number, quote: FoundQuote, speaker: Speaker): void {
  out.push(quote)
  state.last = { speaker, serial, paragraph: info.index, via: quote.via }
}

/**
 * A quote of reported speech over `[start, end)` of a paragraph: the clause
 * cleaned (or `textOverride`), the end before trailing punctuation, `mixed`
 * when quoted words are in it. `undefined` for fewer than three words.
 */
function buildQuote(info: ParagraphInfo, start: number, end: number, speaker: Speaker, cue: string | null, via: string | null = null, textOverride?: string): { quote: FoundQuote; speaker: Speaker } | undefined {
  const text = info.text
  const clause = textOverride ?? cleanText(text.slice(start, end))
  if (clause.split(/\s+/).length < 3) return undefined
  let e = end
  while (e > start && /[\s.!?,;:]/.test(text[e - 1]!)) e--
  const kind: Quote['kind'] = hasQuotedWords(info, start, end) ? 'mixed' : 'indirect'
  return { quote: make(info, start, info.index, e, clause, kind, speaker, cue, via), speaker }
}

/** Subject of a cue verb: a name before it that is not inside a prepositional phrase, else the phrase right after it. */
function subjectOf(article: ArticleInfo, info: ParagraphInfo, from: number, cue: CueHit, to: number): Speaker | undefined {
  let start = from
  let depth = 0
  for (let j = cue.index - 1; j > from; j--) {
    const gap = gapText(info, j - 1, j)
    // Commas inside parentheses (`… Authority, NEMA)`) do not end the subject.
    for (const char of gap) {
      if (char === ')') depth++
      else if (char === '(' && depth > 0) depth--
    }
    if (depth === 0 && /[,;:]/.test(gap.replace(/\([^()]*\)?/g, '')) && !info.inQuote[j]) {
      start = j
      break
    }
  }
  const pre = resolvePhrase(article, info, start, cue.index, { skipPrepositional: true })
  if (pre && pre.attribution !== 'role') return pre
  // `Emily Lau, die Vorsitzende der Partei, sagte, …`: a person opening the sentence, with an apposition or relative clause before the cue.
  if (start > from && (!pre || pre.confidence < 0.6)) {
    const opener = mentionsIn(info, from, from + 2).find((mention) => mention.type === 'person' && !mention.inQuote && (mention.first === from || ['der', 'die'].includes(info.parts[from]!.lower)))
    if (opener && /,/.test(gapText(info, opener.last, opener.last + 1)) || opener && info.parts[opener.last + 1] && ['von', 'vom'].includes(info.parts[opener.last + 1]!.lower)) {
      return { speaker: opener!.mention.entity, description: null, attribution: 'name', confidence: 0.85 }
    }
  }
  const afterEnd = phraseEnd(info, cue.index + 1, to)
  const next = info.parts[cue.index + 1]
  if (next && !['dem', 'den', 'des', 'einem', 'einer'].includes(next.lower)) {
    const post = resolvePhrase(article, info, cue.index + 1, Math.min(afterEnd, cue.end > cue.index ? cue.end : afterEnd))
    if (post) return post
  }
  if (pre) return pre
  const first = info.parts[start]!
  if (start < cue.index && !first.upper) return undefined
  return resolvePhrase(article, info, start, cue.index, { unnamed: true, skipPrepositional: true })
}

/**
 * Find the quotes of one sentence and update the running state (the last
 * speaker, for continuations).
 */
function sentenceQuotes(article: ArticleInfo, info: ParagraphInfo, sentence: { start: number; end: number }, state: State): FoundQuote[] {
  const [from, to] = partsIn(info, sentence.start, sentence.end)
  if (from >= to) return []
  const serial = state.serial
  const marks = marksOverlapping(info, sentence.start, sentence.end).filter((mark) => mark.open >= sentence.start)
  const sentenceEnd = sentence.end
  const out: FoundQuote[] = []
  const continuing = state.last && state.last.serial === serial - 1 ? state.last : undefined

  // 1. Direct quotes: a quotation that is the reported speech itself.
  for (const mark of marks) {
    const span = mark.span
    const inner = cleanInner(article, span)
    const words = inner.split(/\s+/).filter(Boolean).length
    const beforeText = info.text.slice(sentence.start, mark.open)
    const afterText = span.endParagraph === info.index ? info.text.slice(mark.close, sentenceEnd) : ''
    const [afterFrom] = partsIn(info, mark.close, sentenceEnd)
    // A short quotation that opens the sentence and is followed by `, cue` is a quote too (`„Das ist inakzeptabel“, erklärte X`).
    const cueNext = words >= 2 && !beforeText.trim() && /^\s*,\s*$/.test(afterText.slice(0, Math.max(0, (info.parts[afterFrom]?.start ?? mark.close) - mark.close))) && findCues(info, afterFrom, to)[0]?.index === afterFrom
    const substantial = words >= 4 || /[.!?]$/.test(inner) || cueNext
    if (!substantial) continue
    // „…“, sagte X. / „…“, so X. / „…“ – X
    const after = /^\s*(?:[,–—-]\s*)?/.exec(afterText)![0]
    if (!beforeText.trim() && afterText.trim() && /[,–—-]/.test(after)) {
      const cues = findCues(info, afterFrom, to)
      const cue = cues[0]
      const first = info.parts[afterFrom]
      if (cue && cue.index === afterFrom) {
        const end = phraseEnd(info, cue.index + 1, to)
        const speaker = apposition(info, cue.index + 1, end, to) ?? resolvePhrase(article, info, cue.index + 1, end) ?? continuing?.speaker
        if (speaker) {
          let text = inner
          let endOffset = span.end
          const second = marks.find((other) => other.open > mark.close && /^,?$/.test(info.text.slice(info.parts[end - 1]!.end, other.open).replace(/\s/g, '')))
          if (second) {
            text = `${inner} ${cleanInner(article, second.span)}`
            endOffset = second.span.end
          }
          remember(out, state, info, serial, make(info, span.start, second ? second.span.endParagraph : span.endParagraph, endOffset, text, 'direct', speaker, cue.text, viaAfter(info, end, to)), speaker)
          return out
        }
      }
      // „…“, hatte X (in einem Interview) erklärt.
      const aux = auxiliaryCue(info, afterFrom, to)
      if (aux) {
        const speaker = resolvePhrase(article, info, afterFrom + 1, phraseEnd(info, afterFrom + 1, aux.index))
        if (speaker) {
          remember(out, state, info, serial, make(info, span.start, span.endParagraph, span.end, inner, 'direct', speaker, `${first!.text} … ${aux.text}`), speaker)
          return out
        }
      }
      if (first && first.lower === 'so') {
        const end = phraseEnd(info, afterFrom + 1, to)
        const speaker = resolvePhrase(article, info, afterFrom + 1, end)
        if (speaker) {
          remember(out, state, info, serial, make(info, span.start, span.endParagraph, span.end, inner, 'direct', speaker, 'so', viaAfter(info, end, to)), speaker)
          return out
        }
      }
      if (first && /[–—-]/.test(after) && first.upper) {
        const speaker = resolvePhrase(article, info, afterFrom, phraseEnd(info, afterFrom, to))
        if (speaker && speaker.speaker) {
          remember(out, state, info, serial, make(info, span.start, span.endParagraph, span.end, inner, 'direct', speaker, null), speaker)
          return out
        }
      }
    }
    // X sagte: „…“
    if (/:\s*$/.test(beforeText)) {
      const [preFrom, preTo] = partsIn(info, sentence.start, mark.open)
      const cue = findCues(info, preFrom, preTo)[0]
      const speaker = cue ? subjectOf(article, info, preFrom, cue, preTo) : resolvePhrase(article, info, preFrom, preTo)
      if (speaker) {
        remember(out, state, info, serial, make(info, span.start, span.endParagraph, span.end, inner, 'direct', speaker, cue?.text ?? null), speaker)
        return out
      }
    }
    // A sentence that is only the quotation: the speaker carries over.
    if (!beforeText.trim() && (!afterText.trim() || /^[\s.!?]*$/.test(afterText))) {
      const carried = state.pendingColon?.speaker ?? (state.last && state.last.serial >= serial - 2 ? state.last.speaker : undefined)
      if (carried) {
        const speaker = { ...carried, attribution: 'continuation' as const, confidence: Math.min(carried.confidence, 0.6) }
        remember(out, state, info, serial, make(info, span.start, span.endParagraph, span.end, inner, 'direct', speaker, null), carried)
        return out
      }
    }
  }

  // 2. Reported speech.
  const quote = reported(article, info, sentence, from, to, state, continuing)
  if (quote) remember(out, state, info, serial, quote.quote, quote.speaker)
  if (quote?.extra) out.push(quote.extra)
  return out
}

function cleanInner(article: ArticleInfo, span: { paragraph: number; start: number; endParagraph: number; end: number }): string {
  const first = article.paragraphs[span.paragraph]!.text
  if (span.endParagraph === span.paragraph) return first.slice(span.start, span.end).trim()
  const parts = [first.slice(span.start)]
  for (let p = span.paragraph + 1; p < span.endParagraph; p++) parts.push(article.paragraphs[p]!.text)
  parts.push(article.paragraphs[span.endParagraph]!.text.slice(0, span.end))
  return parts.join(' ').replace(markChars, '').replace(/\s+/g, ' ').trim()
}

function reported(article: ArticleInfo, info: ParagraphInfo, sentence: { start: number; end: number }, from: number, to: number, state: State, continuing: State['last']): { quote: FoundQuote; speaker: Speaker; extra?: FoundQuote } | undefined {
  const text = info.text
  const lastPart = info.parts[to - 1]!
  const sentenceEnd = Math.min(sentence.end, Math.max(lastPart.end, sentence.end))

  // Trailing `…, wie X erklärte.`
  let clauseEnd = sentenceEnd
  let wieSpeaker: Speaker | undefined
  let wieCue: string | null = null
  let wieClosing = false
  for (let k = from + 3; k < to; k++) {
    if (info.parts[k]!.lower !== 'wie' || !/,\s*$/.test(gapText(info, k - 1, k)) || info.inQuote[k]) continue
    const cues = findCues(info, k + 1, to)
    const cue = cues[0]
    // The cue ends the `wie` clause: `wie X (in einem Schreiben …) mitteilte.`
    const cueLast = cue ? cue.end : -1
    const closes = cue !== undefined && (cueLast === to - 1 || /[,;:]/.test(gapText(info, cueLast, cueLast + 1)))
    if (cue && (cue.index <= k + 8 || (closes && cue.index <= k + 16))) {
      const esHieß = info.parts[k + 1]!.lower === 'es' && cue.verb.lemma === 'heißen'
      wieSpeaker = esHieß ? { speaker: null, description: null, attribution: 'unnamed', confidence: 0.5 } : resolvePhrase(article, info, k + 1, cue.index) ?? (closes ? resolvePhrase(article, info, k + 1, Math.min(cue.index, k + 5), { unnamed: true }) : undefined)
      wieCue = cue.text
      wieClosing = closes && wieSpeaker !== undefined
      clauseEnd = text.lastIndexOf(',', info.parts[k]!.start)
    }
    break
  }

  // `Clause, so X.`: the speaker after `so` at the end of the sentence.
  for (let k = from + 3; k < to - 1; k++) {
    const part = info.parts[k]!
    if (part.lower !== 'so' || info.inQuote[k] || !/,\s*$/.test(gapText(info, k - 1, k))) continue
    const next = info.parts[k + 1]!
    if (!next.upper && !['der', 'die', 'das', 'ein', 'eine', 'einer', 'sein', 'seine', 'ihr', 'ihre'].includes(next.lower)) continue
    const end = phraseEnd(info, k + 1, to)
    if (to - end > 4) continue
    const speaker = resolvePhrase(article, info, k + 1, end, { unnamed: true })
    if (!speaker) continue
    const comma = text.lastIndexOf(',', part.start)
    const built = buildQuote(info, info.parts[from]!.start, comma, speaker, 'so', viaAfter(info, end, to))
    if (built) return built
  }

  // Source phrases: `laut X`, `X zufolge`, `nach (Xs) Angaben (des X)`.
  for (let k = from; k < to; k++) {
    const part = info.parts[k]!
    if (info.inQuote[k]) continue
    if (part.lower === 'laut') {
      const end = Math.min(phraseEnd(info, k + 1, to), nounPhraseEnd(info, k + 1, to))
      const next = info.parts[k + 1]
      const nounAhead = next !== undefined && (next.upper || phraseDeterminers.has(next.lower) || info.parts[k + 2]?.upper === true)
      if (!nounAhead || end <= k + 1) continue
      const speaker = resolvePhrase(article, info, k + 1, Math.min(end, k + 5), { unnamed: true }) ?? unnamedPhrase(info, k + 1, Math.min(end, k + 5))
      const cues = findCues(info, from, to).filter((hit) => hit.index < k || hit.index >= end)
      if (cues.some((hit) => hit.verb.say)) break
      if (speaker) return removePhrase(info, from, to, k, end - 1, speaker, 'laut', clauseEnd)
    }
    if (part.lower === 'zufolge') {
      let start = k - 1
      while (start > from && !/[,;:]/.test(gapText(info, start - 1, start)) && k - start < 6) start--
      const speaker = resolvePhrase(article, info, start, k, { unnamed: true })
      if (speaker) return removePhrase(info, from, to, start, k, speaker, 'zufolge', clauseEnd)
    }
    if ((part.lower === 'nach' || part.lower === 'gemäß') && k + 1 < to) {
      let j = k + 1
      while (j < to && j < k + 4 && !sourceNouns.test(info.parts[j]!.text) && !info.parts[j]!.text.endsWith('-Angaben')) {
        if (info.parts[j]!.hyphenAfter && /^Angaben$/.test(info.parts[j + 1]?.text ?? '')) {
          j++
          break
        }
        j++
      }
      if (j < to && sourceNouns.test(info.parts[j]!.text)) {
        let end = j + 1
        const next = info.parts[end]
        // `nach dem Bericht` alone may be time (`after the report`): these nouns need their source after them.
        if (sourceNeedsComplement.test(info.parts[j]!.text) && !(next && ['des', 'der', 'von', 'vom'].includes(next.lower))) continue
        if (next && ['des', 'der', 'von', 'vom'].includes(next.lower)) end = Math.min(phraseEnd(info, end + 1, to), nounPhraseEnd(info, end, to))
        const speaker = resolvePhrase(article, info, k + 1, end, { unnamed: true, modifiers: true }) ?? unnamedPhrase(info, k, end)
        if (speaker) return removePhrase(info, from, to, k, end - 1, speaker, text.slice(part.start, info.parts[j]!.end), clauseEnd)
      }
    }
  }

  // `…, wonach clause`: the report named before the comma speaks (`Berichte, wonach …`).
  for (let k = from + 1; k < to - 2; k++) {
    if (info.parts[k]!.lower !== 'wonach' || info.inQuote[k] || !/,\s*$/.test(gapText(info, k - 1, k))) continue
    let start = k - 1
    while (start > from && !/[,;:]/.test(gapText(info, start - 1, start)) && k - start < 6) start--
    const speaker = resolvePhrase(article, info, start, k, { unnamed: true, skipPrepositional: true }) ?? unnamedPhrase(info, Math.max(start, k - 3), k)
    const built = speaker ? buildQuote(info, info.parts[k + 1]!.start, clauseEnd, speaker, 'wonach') : undefined
    if (built) return built
  }
  // `demnach`: the source of the previous sentence goes on (or an unnamed one).
  for (let k = from; k < to && k < from + 4; k++) {
    if (info.parts[k]!.lower !== 'demnach' || info.inQuote[k]) continue
    const previous = continuing ?? (state.last && state.last.serial >= state.serial - 2 && state.last.paragraph >= info.index - 1 ? state.last : undefined)
    const speaker: Speaker = previous
      ? { ...previous.speaker, attribution: 'continuation', confidence: Math.min(0.6, previous.speaker.confidence) }
      : { speaker: null, description: info.parts[k]!.text, attribution: 'unnamed', confidence: 0.4 }
    const clause = cleanText(`${text.slice(info.parts[from]!.start, info.parts[k]!.start)} ${text.slice(info.parts[k]!.end, sentenceEnd)}`)
    const built = buildQuote(info, info.parts[from]!.start, sentenceEnd, speaker, info.parts[k]!.text, previous?.via ?? null, clause)
    if (built) return built
  }

  const cues = findCues(info, from, to)
  // `heißt es` / `hieß es` / `verlautete`: the source in an `aus`/`in` phrase (`aus dem Auswärtigen Amt`), else unnamed.
  for (const cue of cues) {
    const lemma = cue.verb.lemma
    if (lemma !== 'heißen' && lemma !== 'verlauten') continue
    const esAfter = info.parts[cue.index + 1]?.lower === 'es' && !info.inQuote[cue.index + 1]
    const esBefore = info.parts[cue.index - 1]?.lower === 'es'
    if (lemma === 'heißen' && !esAfter && !esBefore) continue
    const cueFirst = esBefore ? cue.index - 1 : cue.index
    const cueLast = esAfter ? cue.index + 1 : cue.index
    const cueText = text.slice(info.parts[cueFirst]!.start, info.parts[cueLast]!.end)
    const commaBefore = cueFirst > from + 2 && /,\s*$/.test(gapText(info, cueFirst - 1, cueFirst))
    if (commaBefore) {
      // `Clause, hieß es (aus dem Amt).` / `Clause, verlautete aus Kreisen.`: the clause before; the rest is the source.
      let sourceEnd = cueLast + 1
      while (sourceEnd < to && !/[,;:]/.test(gapText(info, sourceEnd - 1, sourceEnd))) sourceEnd++
      if (sourceEnd - cueLast > 9) continue
      const speaker = sourcePhrase(info, cueLast + 1, sourceEnd)
      const comma = text.lastIndexOf(',', info.parts[cueFirst]!.start)
      const built = buildQuote(info, info.parts[from]!.start, comma, speaker, cueText)
      // `…, hieß es, sicher sei jedoch, …`: a Konjunktiv clause after the source is a second quote of it.
      const rest = sourceEnd < to && hasKonjunktiv(info, sourceEnd, to, true) ? buildQuote(info, info.parts[sourceEnd]!.start, clauseEnd, speaker, cueText) : undefined
      if (built) return rest ? { ...built, extra: rest.quote } : built
      continue
    }
    let comma = -1
    for (let j = cueLast + 1; j < to; j++) {
      if (/,/.test(gapText(info, j - 1, j))) {
        comma = j
        break
      }
    }
    if (comma < 0) continue
    // `Aus Nato-Kreisen hieß es, …` (source before) or `Es hieß aus dem Amt, …` / `Verlautete aus …` (after).
    const ausBefore = info.parts.slice(from, cueFirst).findIndex((part) => part.lower === 'aus' || part.lower === 'in')
    const speaker = ausBefore >= 0
      ? sourcePhrase(info, from + ausBefore, cueFirst)
      : sourcePhrase(info, cueLast + 1, comma)
    const built = buildQuote(info, info.parts[comma]!.start, clauseEnd, speaker, cueText)
    if (built) return built
  }

  // `Clause, hatte X (bei dem Treffen) gesagt.`
  for (let k = from + 3; k < to - 2; k++) {
    if (!/,\s*$/.test(gapText(info, k - 1, k))) continue
    const aux = auxiliaryCue(info, k, to)
    if (!aux) continue
    const speaker = resolvePhrase(article, info, k + 1, phraseEnd(info, k + 1, aux.index), { unnamed: true })
    const built = speaker ? buildQuote(info, info.parts[from]!.start, text.lastIndexOf(',', info.parts[k]!.start), speaker, `${info.parts[k]!.text} … ${aux.text}`) : undefined
    if (built) return built
  }

  for (const cue of cues) {
    if (cue.verb.lemma === 'heißen' || cue.verb.lemma === 'verlauten') continue
    const cuePart = info.parts[cue.index]!
    const gapBefore = cue.index > from ? gapText(info, cue.index - 1, cue.index) : ''
    // `Clause, sagte X(, Konjunktiv rest).`
    const dassAfter = (() => {
      const stop = phraseEnd(info, cue.end + 1, to)
      return stop < to && /,/.test(gapText(info, stop - 1, stop)) && reportOpeners.has(info.parts[stop]!.lower)
    })()
    // A split cue counts when its particle ends the sentence (`…, teilte ein Sprecher mit.`).
    const particleLast = cue.end > cue.index && cue.end === to - 1
    // `…, sagte, clause`: a comma right after the cue starts the reported clause, not the speaker.
    const commaAfterCue = cue.end === cue.index && cue.index + 1 < to && /[,;:]/.test(gapText(info, cue.index, cue.index + 1))
    if ((cue.end === cue.index || particleLast) && !dassAfter && !commaAfterCue && (/,\s*$/.test(gapBefore) || /[“”"«»]\s*,\s*$/.test(text.slice(Math.max(0, cuePart.start - 4), cuePart.start)))) {
      const phraseStop = particleLast ? Math.min(phraseEnd(info, cue.index + 1, to), cue.end) : phraseEnd(info, cue.index + 1, to)
      const preSpeaker = wieSpeaker ?? apposition(info, cue.index + 1, phraseStop, to) ?? resolvePhrase(article, info, cue.index + 1, phraseStop, { unnamed: true })
      if (preSpeaker) {
      const speaker = preSpeaker
      const clauseStart = info.parts[from]!.start
      const commaAt = text.lastIndexOf(',', cuePart.start)
      const via = viaAfter(info, cue.index + 1, to)
      // Inverted: `…, sagte X, könne …`.
      let restText = ''
      let restEnd = commaAt
      for (let j = phraseStop; j < to; j++) {
        if (/,/.test(gapText(info, j - 1, j))) {
          const word = info.parts[j]!
          if (!word.upper && (isKonjunktivOne(word.lower) || konjunktivTwo.has(word.lower))) {
            restText = text.slice(word.start, clauseEnd)
            restEnd = clauseEnd
          }
          break
        }
      }
      const first = cleanText(text.slice(clauseStart, commaAt))
      const clause = restText ? `${first} ${cleanText(restText)}` : first
      return buildQuote(info, clauseStart, restEnd, speaker, cue.verb.particle ? cue.text : cuePart.text, via, clause)
      }
    }
    // `X sprach von einer „ernsten Lage“`: the noun phrase after `von`, with its quoted words, is a mixed quote.
    if (cue.verb.lemma === 'sprechen' && info.parts[cue.index + 1]?.lower === 'von' && !/[,;:]/.test(gapText(info, cue.index, cue.index + 1))) {
      const vonEnd = info.parts[cue.index + 1]!.end
      const mark = marksOverlapping(info, vonEnd, sentenceEnd).find((candidate) => candidate.open >= vonEnd && candidate.span.endParagraph === info.index)
      const between = mark ? text.slice(vonEnd, mark.open) : ''
      if (mark && !/[,;:.!?]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 3) {
        const speaker = subjectOf(article, info, from, cue, to)
        const built = speaker ? buildQuote(info, info.parts[cue.index + 2]!.start, mark.close, speaker, `${cuePart.text} von`) : undefined
        if (built) return { quote: { ...built.quote, kind: 'mixed' }, speaker: built.speaker }
      }
    }
    // `bezeichnete X als „…“`, `wertete es als „…“`, `lobte Y als …`
    let alsIndex = -1
    for (let k = from; k < to; k++) if (info.parts[k]!.lower === 'als' && !info.inQuote[k]) {
      alsIndex = k
      break
    }
    if (/^(?:bezeichnen|werten|nennen|loben)$/.test(cue.verb.lemma) && alsIndex >= 0 && (containsMark(info, info.parts[alsIndex]!.start, sentenceEnd) || cue.verb.lemma === 'loben')) {
      const speaker = subjectOf(article, info, from, cue, to)
      if (speaker) {
        let start = cue.index + 1
        if (cue.index > alsIndex) start = ['hat', 'haben', 'hatte', 'hatten', 'wurde', 'wurden', 'wird'].includes(info.parts[from + 1]?.lower ?? '') ? from + 2 : from + 1
        if (['er', 'sie'].includes(info.parts[start]?.lower ?? '')) start++
        if (cue.index < alsIndex && ['der', 'die', 'das'].includes(info.parts[start]?.lower ?? '')) {
          let k = start + 1
          while (k < to && !info.parts[k]!.upper) k++
          while (k + 1 < to && info.parts[k]!.hyphenAfter) k++
          if (k < alsIndex - 1) start = k + 1
        }
        const end = cue.index > alsIndex ? info.parts[cue.index - 1]!.end : sentenceEnd
        if (start < to) {
          const built = buildQuote(info, info.parts[start]!.start, end, speaker, cuePart.text)
          if (built) return built
        }
      }
    }
    // `X sagte (…), (dass) clause.`
    let j = cue.end + 1
    let found = -1
    for (; j < to && j < cue.end + 14; j++) {
      const gap = gapText(info, j - 1, j)
      if (/[.!?;]/.test(gap)) break
      if (/[,:]/.test(gap)) {
        found = j
        break
      }
    }
    if (found < 0) {
      // `bezeichnete X als „…“`, `wertete es als „…“`
      if (/^(?:bezeichnen|werten|nennen)$/.test(cue.verb.lemma) && containsMark(info, cuePart.end, sentenceEnd)) {
        const speaker = subjectOf(article, info, from, cue, to)
        if (!speaker) continue
        let start = cue.index + 1
        if (['er', 'sie'].includes(info.parts[start]?.lower ?? '')) start++
        const end = marksOverlapping(info, cuePart.end, sentenceEnd).filter((mark) => mark.open > cuePart.end && mark.close <= sentenceEnd).at(-1)?.close ?? sentenceEnd
        if (start >= to) continue
        return buildQuote(info, info.parts[start]!.start, end, speaker, cuePart.text)
      }
      continue
    }
    const opener = info.parts[found]!
    // `X, die … angegeben hatte, sagte, dass …`: a cue in a relative clause leaves the clause to the next cue.
    if (cues.some((other) => other.index === found || (other.index > cue.index && other.index <= found + 1 && other.index < to && /,/.test(gapText(info, other.index, other.index + 1))))) continue
    if (subordinatorsRejected.has(opener.lower) && !containsMark(info, opener.start, clauseEnd)) continue
    const clauseHasKonj = hasKonjunktiv(info, found, to, true)
    // `forderte Y auf, das Gebäude nicht zu verlassen`: a directive or commissive cue with a `zu` infinitive.
    const zuClause = directiveCues.has(cue.verb.lemma) && zuInfinitive(info, found, to)
    const ok = zuClause || (cue.verb.say
      ? reportOpeners.has(opener.lower) || clauseHasKonj || containsMark(info, opener.start, clauseEnd) || !/^(?:der|die|das|dem|den|welche[rsnm]?|wo)$/.test(opener.lower) ||
        // `erklärte, die Ermittlungen dauerten an`: right after the cue an article opens no relative clause.
        (found === cue.end + 1 && /^(?:der|die|das|den|dem)$/.test(opener.lower) && info.parts[found + 1]?.upper === true && !/^(?:der|die|das|den|dem)$/.test(info.parts[found + 1]!.lower))
      : opener.lower === 'dass' || opener.lower === 'ob' || hasKonjunktiv(info, found, to))
    if (!ok) continue
    let speaker = wieSpeaker ?? subjectOf(article, info, from, cue, to)
    let via = viaAfter(info, cue.index + 1, found) ?? viaBefore(info, from, cue.index, speaker?.speaker ?? null)
    // `zitierte Interfax das Ministerium mit den Worten, …`: the quoted one speaks, the quoting one relays.
    if (cue.verb.lemma === 'zitieren' && speaker?.speaker) {
      const quoted = mentionsIn(info, cue.index + 1, found).find((mention) => mention.last < found && mention.mention.entity !== speaker!.speaker)
      if (quoted) {
        via = speaker.speaker
        speaker = { speaker: quoted.mention.entity, description: null, attribution: 'name', confidence: 0.8 }
      }
    }
    if (!speaker) continue
    return buildQuote(info, opener.start, clauseEnd, speaker, cue.text, via)
  }

  // `Clause, wie X mitteilte.`: the clause before `wie` is X's, in any mood.
  if (wieSpeaker && wieClosing) {
    const built = buildQuote(info, info.parts[from]!.start, clauseEnd, wieSpeaker, wieCue)
    if (built) return built
  }

  // Konjunktiv continuation: no cue, Konjunktiv I, the previous sentence was a quote.
  const contextSpeaker = continuing && continuing.paragraph === info.index ? continuing : undefined
  // A cue with a named subject of its own (`Putin drohte mit …`) starts something new; `drohten „…“` without one does not.
  if (contextSpeaker && (hasKonjunktiv(info, from, to, true) || (hasQuotedWords(info, sentence.start, sentence.end) && !cues.some((cue) => subjectOf(article, info, from, cue, to)?.attribution === 'name')))) {
    const speaker: Speaker = { ...contextSpeaker.speaker, attribution: 'continuation', confidence: Math.min(0.6, contextSpeaker.speaker.confidence) }
    return buildQuote(info, info.parts[from]!.start, sentenceEnd, speaker, null, contextSpeaker.via)
  }
  // Konjunktiv I after a short gap: the last speaker of this or the previous paragraph, within a few sentences.
  const recent = state.last && state.last.serial >= state.serial - 3 && state.last.paragraph >= info.index - 1 ? state.last : undefined
  // No other person named outside quotation marks.
  if (recent && cues.length === 0 && hasKonjunktiv(info, from, to) && !mentionsIn(info, from, to).some((mention) => !mention.inQuote && mention.type === 'person' && mention.mention.entity !== recent.speaker.speaker)) {
    const speaker: Speaker = { ...recent.speaker, attribution: 'continuation', confidence: Math.min(0.5, recent.speaker.confidence) }
    return buildQuote(info, info.parts[from]!.start, sentenceEnd, speaker, null, recent.via)
  }
  void state
  return undefined
}

/**
 * The source of `hieß es` / `verlautete`: an `aus`/`in` phrase over parts
 * `[from, to)` (`aus dem Auswärtigen Amt`, `in einer Erklärung des
 * Ministeriums`); a name in it speaks, else the phrase describes an unnamed
 * source (`aus Nato-Kreisen`).
 */
function sourcePhrase(info: ParagraphInfo, from: number, to: number): Speaker {
  let start = from
  while (start < to && !['aus', 'in', 'im'].includes(info.parts[start]!.lower)) start++
  if (start >= to) return { speaker: null, description: null, attribution: 'unnamed', confidence: 0.5 }
  const end = Math.min(to, start + 6)
  const named = mentionsIn(info, start + 1, end).find((mention) => !mention.inQuote && mention.last < end && (mention.type === 'organization' || mention.type === 'person') && !info.parts[mention.last]!.hyphenAfter)
  if (named) return { speaker: named.mention.entity, description: null, attribution: 'source-phrase', confidence: 0.8 }
  return { speaker: null, description: info.text.slice(info.parts[start]!.start, info.parts[Math.min(end, start + 3) - 1]!.end), attribution: 'unnamed', confidence: 0.5 }
}

/** The end of a noun phrase: determiners and adjectives, a run of capitalized words, and a genitive or `von` phrase after it. */
function nounPhraseEnd(info: ParagraphInfo, from: number, to: number): number {
  let j = from
  while (j < to && !info.parts[j]!.upper && j < from + 3) j++
  while (j < to && (info.parts[j]!.upper || info.parts[j - 1]?.hyphenAfter)) j++
  if (j < to && ['des', 'der', 'von', 'vom'].includes(info.parts[j]!.lower) && !/[,;:.]/.test(gapText(info, j - 1, j))) {
    let k = j + 1
    while (k < to && !info.parts[k]!.upper && k < j + 3) k++
    if (k < to && info.parts[k]!.upper) {
      while (k < to && (info.parts[k]!.upper || info.parts[k - 1]!.hyphenAfter)) k++
      j = k
    }
  }
  return j
}

/** An unnamed source described by parts `[from, to)` (`ersten Angaben`, `Medienberichten`). */
function unnamedPhrase(info: ParagraphInfo, from: number, to: number): Speaker | undefined {
  if (from >= to) return undefined
  return { speaker: null, description: info.text.slice(info.parts[from]!.start, info.parts[to - 1]!.end), attribution: 'unnamed', confidence: 0.5 }
}

function removePhrase(
  info: ParagraphInfo,
  from: number,
  to: number,
  phraseFirst: number,
  phraseLast: number,
  speaker: Speaker,
  cue: string,
  clauseEnd: number
) {
  const text = info.text
  // A semicolon bounds the reported clause: the phrase reports only its own part of the sentence.
  for (let j = phraseFirst; j > from; j--) {
    if (/;/.test(gapText(info, j - 1, j))) {
      from = j
      break
    }
  }
  for (let j = phraseLast + 1; j < to; j++) {
    if (/;/.test(gapText(info, j - 1, j))) {
      clauseEnd = Math.min(clauseEnd, info.parts[j - 1]!.end)
      break
    }
  }
  const start = info.parts[from]!.start
  const a = info.parts[phraseFirst]!.start
  const b = info.parts[phraseLast]!.end
  const clause = cleanText(`${text.slice(start, a)} ${text.slice(b, clauseEnd)}`.replace(/^\s*,/, '').replace(/(?<!\s)\s+,/g, ','))
  if (speaker.attribution === 'name') speaker = { ...speaker, attribution: 'source-phrase', confidence: 0.85 }
  const spanStart = phraseFirst === from ? info.parts[Math.min(phraseLast + 1, to - 1)]!.start : start
  return buildQuote(info, spanStart, clauseEnd, speaker, cue, null, clause)
}

const wordingNouns = new Set(['formulierung', 'formulierungen', 'worte', 'wortwahl', 'wendung', 'ausdruck', 'begriff', 'bezeichnung', 'zitat', 'parole', 'schlagwort'])
const wordingDeterminers = new Set(['diese', 'diesen', 'dieses', 'die', 'den', 'das', 'jene', 'jenen', 'seine', 'seinen', 'ihre', 'ihren'])
const wordingVerbs = /^(?:be|ver)?(?:nutzt|wendet)e?n?$|^(?:ge)?brauchte?n?$|^(?:ge)?w(?:ä|a)hlte?n?$|^(?:ge)?prägte?n?$|^verwendet$|^benutzt$/

/**
 * A quotation named only by a later clause about its wording (`… die „Stunde
 * der Wahrheit“ … Vizeaußenminister X, der diese Formulierung benutzte`): the
 * last quotation of this or the previous sentence that is no quote yet goes to
 * the person named before the wording noun.
 */
function wordingQuote(article: ArticleInfo, info: ParagraphInfo, sentence: { start: number; end: number }, previousStart: number, quotes: readonly FoundQuote[]): FoundQuote | undefined {
  const [from, to] = partsIn(info, sentence.start, sentence.end)
  for (let k = from + 1; k < to - 1; k++) {
    const part = info.parts[k]!
    if (info.inQuote[k] || !wordingNouns.has(part.lower) || !wordingDeterminers.has(info.parts[k - 1]!.lower)) continue
    let verb = -1
    for (let j = k + 1; j < to && j < k + 16; j++) {
      if (/[,;.!?]/.test(gapText(info, j - 1, j))) break
      if (wordingVerbs.test(info.parts[j]!.lower)) verb = j
    }
    if (verb < 0) continue
    const person = mentionsIn(info, from, k).filter((mention) => mention.type === 'person' && !mention.inQuote).at(-1)
    let speaker: Speaker | undefined = person ? { speaker: person.mention.entity, description: null, attribution: 'name', confidence: 0.75 } : undefined
    if (!speaker && ['er', 'sie'].includes(info.parts[k - 2]?.lower ?? '')) speaker = resolvePhrase(article, info, k - 2, k - 1)
    if (!speaker) return undefined
    const recent = quotes.slice(-6)
    const mark = marksOverlapping(info, previousStart, part.start)
      .filter((candidate) => candidate.open >= previousStart && candidate.close <= part.start && candidate.span.paragraph === info.index && candidate.span.endParagraph === info.index)
      .filter((candidate) => !recent.some((quote) => quote.paragraph === info.index && quote.start <= candidate.span.end && quote.end >= candidate.span.start))
      .at(-1)
    if (!mark) return undefined
    const inner = info.text.slice(mark.span.start, mark.span.end).trim()
    return make(info, mark.span.start, info.index, mark.span.end, inner, 'direct', speaker, info.parts[verb]!.text)
  }
  return undefined
}

/**
 * Find the quotes of an article, paragraph by paragraph and sentence by
 * sentence: direct quotes with the speaker before (`X sagte: „…“`) or after
 * (`„…“, sagte X`), reported speech after a cue verb or a source phrase,
 * mixed quotes, continuations in Konjunktiv, and unnamed sources.
 *
 * @param article
 *   Article info.
 * @returns
 *   Quotes in text order.
 */
export function attributeQuotes(article: ArticleInfo): FoundQuote[] {
  const quotes: FoundQuote[] = []
  const state: State = { last: undefined, serial: 0, pendingColon: undefined }
  for (const info of article.paragraphs) {
    let previousStart = 0
    if (info.heading) {
      state.serial += 2
      continue
    }
    for (const sentence of info.sentences) {
      state.serial++
      // Skip sentences that only continue a quotation opened in an earlier paragraph.
      const previous = quotes.at(-1)
      if (previous && previous.endParagraph === info.index && previous.paragraph < info.index && previous.end >= sentence.start) continue
      quotes.push(...sentenceQuotes(article, info, sentence, state))
      const wording = wordingQuote(article, info, sentence, previousStart, quotes)
      previousStart = sentence.start
      if (wording) quotes.push(wording)
      const lastChar = info.text.slice(sentence.start, sentence.end).trimEnd().at(-1)
      state.pendingColon = undefined
      if (lastChar === ':') {
        const [from, to] = partsIn(info, sentence.start, sentence.end)
        const cue = findCues(info, from, to)[0]
        const speaker = cue ? subjectOf(article, info, from, cue, to) : undefined
        if (speaker) state.pendingColon = { speaker, cue: cue!.text }
      }
    }
    if (info.caption) {
      // The caption's speaker is no previous speaker of the body.
      state.last = undefined
      state.pendingColon = undefined
      state.serial += 2
    }
  }
  return quotes.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
}
