import { fold } from '../fold.js'
import { isTermMark, partsIn } from './clause.js'
import { marksOverlapping, type ArticleInfo, type ParagraphInfo } from './context.js'
import { findCues } from './cues.js'
import { answerLabels, questionLabels, speakerLabel, type SpeakerLabel } from './labels.js'
import type { Speaker } from './speaker.js'

/**
 * One piece of a speaker's turn in a dialogue text (an interviewee's answer or
 * the words after a speaker label), within one paragraph, from `start` to
 * `end`: a turn over several paragraphs is one piece per paragraph, and a
 * sentence that quotes someone else (`Er hat gesagt: „…“`) splits it.
 */
export interface Turn {
  readonly kind: 'interview-answer' | 'speaker-label'
  readonly paragraph: number
  readonly start: number
  readonly endParagraph: number
  readonly end: number
  readonly speaker: Speaker
  /** The evidence, in a few words (for `--explain`). */
  readonly why: string
}

/** The dialogue structure of an article: its turns, and which paragraphs are questions or labels. */
export interface Dialogue {
  readonly turns: readonly Turn[]
  /** The pieces of turns in each paragraph, in text order. */
  readonly turnOf: ReadonlyMap<number, readonly Turn[]>
  /** Paragraphs of turns: a sentence of one outside its pieces quotes someone else and is the other sieves' case. */
  readonly turnParagraphs: ReadonlySet<number>
  /** Paragraphs that are an interview's questions. */
  readonly questions: ReadonlySet<number>
  /** Paragraphs that are only a speaker label (`Name, Funktion`). */
  readonly labels: ReadonlySet<number>
}

const firstPersonWords = new Set(['ich', 'wir', 'mich', 'mir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines'])
const formalYou = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'])
/** The credit line of an interview: who asked (`Das Gespräch führte X.`, `Die Fragen stellte X.`, `Interview: X`). */
const interviewCredit = /^(?:(?:Das|Dieses) (?:Interview|Gespräch) (?:führte|führten)\b|Die Fragen stellten?\b|(?:Interview|Gespräch|Fragen|Mitarbeit):)/u
const interviewCue = /\b(?:Interview|Interviews|Gespräch|Gesprächs|Fragen|gefragt|spricht|sprach|antwortet|antwortete)\b/u

/** Whether a paragraph uses the first person (`ich`, `wir`, `unsere`), outside quotation marks unless `quoted`. */
function firstPerson(info: ParagraphInfo, from = 0, quoted = false): boolean {
  return info.parts.some((part, k) => part.start >= from && (quoted || !info.inQuote[k]) && firstPersonWords.has(part.lower))
}

/** Whether a paragraph addresses someone: formal `Sie`/`Ihnen` not opening a sentence, `du`, or `Herr`/`Frau` before a name. */
function addresses(info: ParagraphInfo): boolean {
  return info.parts.some((part, k) => {
    if (info.inQuote[k]) return false
    if (part.lower === 'du' || part.lower === 'dich' || part.lower === 'dir' || part.lower === 'euch') return true
    if ((part.text === 'Herr' || part.text === 'Frau') && info.parts[k + 1]?.upper) return true
    if (!formalYou.has(part.text) || k === 0) return false
    return !/[.!?:„"»«]\s*$/u.test(info.text.slice(info.parts[k - 1]!.end, part.start))
  })
}

/** Whether a paragraph's text ends with a question mark (a closing quotation mark after it allowed). */
const endsWithQuestion = (text: string) => /\?[“”"»«]?\s*$/u.test(text)

/** The person a label names: a person mention inside the label's name. */
function labelSpeaker(info: ParagraphInfo, label: SpeakerLabel): Speaker | undefined {
  const mention = info.mentions.find((item) => item.type === 'person' && item.mention.start < label.nameEnd)
  return mention ? { speaker: mention.mention.entity, description: null, resolution: 'name', confidence: 0.9 } : undefined
}

/** The end of a paragraph's text without trailing white space. */
const textEnd = (info: ParagraphInfo) => info.text.trimEnd().length

interface Answer {
  first: number
  last: number
  start: number
  label: SpeakerLabel | undefined
}

/** The interviewee of an interview without answer labels, and how it was found: the person addressed in the questions (`Herr Lawrow`), else the person of the intro paragraph that names the interview, else the intro's first person. */
function interviewee(article: ArticleInfo, questions: readonly number[], intro: readonly ParagraphInfo[]): { id: string; how: string } | undefined {
  for (const q of questions) {
    const info = article.paragraphs[q]!
    for (const mention of info.mentions) {
      const before = info.parts[mention.first - 1]
      if (mention.type === 'person' && !mention.inQuote && (before?.text === 'Herr' || before?.text === 'Frau')) return { id: mention.mention.entity, how: `addressed in a question (\`${before.text} ${mention.mention.text}\`)` }
    }
  }
  const person = (info: ParagraphInfo) => info.mentions.find((mention) => mention.type === 'person' && !mention.inQuote)?.mention.entity
  for (const info of intro) {
    const id = person(info)
    if (id && interviewCue.test(info.text)) return { id, how: `named where the intro announces the interview (\`${interviewCue.exec(info.text)![0]}\`)` }
  }
  for (const info of intro) {
    const id = person(info)
    if (id) return { id, how: 'the first person named in the intro' }
  }
  return undefined
}

/**
 * Whether a question-and-answer structure of an article of unknown genre is
 * an interview: with labels, 60% of the answers in the first person; without,
 * an intro that names the interview, a third of the questions addressing
 * someone and 60% of the answers in the first person (a third when half the
 * questions address someone).
 */
function plausibleInterview(paragraphs: readonly ParagraphInfo[], questions: readonly number[], answers: readonly Answer[], intro: readonly ParagraphInfo[], labelled: boolean): boolean {
  const speaking = answers.filter((answer) => {
    for (let p = answer.first; p <= answer.last; p++) if (firstPerson(paragraphs[p]!, p === answer.first ? answer.start : 0)) return true
    return false
  })
  if (labelled) return speaking.length * 5 >= answers.length * 3
  const addressing = questions.filter((q) => addresses(paragraphs[q]!)).length
  if (!intro.some((info) => interviewCue.test(info.text)) || addressing * 3 < questions.length) return false
  // An announced interview whose questions mostly address someone: a third of the answers in the first person is enough (`Russland bewegt Truppen auf seinem Gebiet.` answers too).
  return addressing * 2 >= questions.length ? speaking.length * 3 >= answers.length : speaking.length * 5 >= answers.length * 3
}

/**
 * Find an interview: at least three questions (paragraphs ending with `?`, or
 * opened by a question label `Frage:` or a recurring label of the outlet),
 * each followed by an answer (the paragraphs up to the next question), the
 * answers mostly in the first person. Without labels, the intro must name the
 * interview (`Interview`, `im Gespräch`, `spricht`) and a third of the
 * questions address someone (`Sie`, `Herr X`), so that an article with
 * rhetorical questions is none. An article whose frontmatter genre is
 * `interview` needs only one question with its answer and none of these
 * checks.
 */
function findInterview(article: ArticleInfo): { turns: Turn[]; questions: number[] } {
  const paragraphs = article.paragraphs
  const labels = paragraphs.map((info) => (info.caption || info.heading ? undefined : speakerLabel(info.text)))
  const counts = new Map<string, { all: number; asking: number }>()
  labels.forEach((label, p) => {
    if (!label || label.form !== 'colon' || label.wordsStart >= paragraphs[p]!.text.length) return
    const key = fold(label.name)
    const count = counts.get(key) ?? { all: 0, asking: 0 }
    count.all++
    if (endsWithQuestion(paragraphs[p]!.text)) count.asking++
    counts.set(key, count)
  })
  const side = (label: SpeakerLabel | undefined): 'question' | 'answer' | undefined => {
    if (!label || label.form !== 'colon') return undefined
    const key = fold(label.name)
    if (questionLabels.has(key)) return 'question'
    if (answerLabels.has(key)) return 'answer'
    const count = counts.get(key)
    if (!count || count.all < 2) return undefined
    return count.asking * 2 >= count.all ? 'question' : 'answer'
  }
  const questions: number[] = []
  const answers: Answer[] = []
  let open: Answer | undefined
  let labelled = false
  paragraphs.forEach((info, p) => {
    if (info.caption) return
    const label = labels[p]
    const which = side(label)
    if (which) labelled = true
    if (which === 'question' || (which === undefined && endsWithQuestion(info.text))) {
      questions.push(p)
      open = undefined
      return
    }
    // A subheading or the interview's credit (`Das Interview führte …`) closes the answer.
    if (info.heading || interviewCredit.test(info.text)) {
      open = undefined
      return
    }
    if (which === 'answer') {
      open = { first: p, last: p, start: label!.wordsStart, label }
      answers.push(open)
    } else if (open) open.last = p
    else if (questions.at(-1) === p - 1) {
      open = { first: p, last: p, start: 0, label: undefined }
      answers.push(open)
    }
  })
  const none = { turns: [], questions: [] }
  // The frontmatter says it is an interview: one question with its answer is enough, and the answers need not show the first person nor the intro name the interview.
  const trusted = article.genre === 'interview'
  const least = trusted ? 1 : 3
  if (questions.length < least || answers.length < least) return none
  const intro = paragraphs.slice(0, questions[0]!)
  if (!trusted && !plausibleInterview(paragraphs, questions, answers, intro, labelled)) return none
  const main = interviewee(article, questions, intro)
  const turns: Turn[] = []
  for (const answer of answers) {
    const info = paragraphs[answer.first]!
    let speaker: Speaker | undefined
    let why = `an answer of an interview; the interviewee ${main?.how ?? '–'}`
    if (answer.label) {
      speaker = labelSpeaker(info, answer.label)
      // `Lawrow:` for an interviewee named in full in the intro.
      const generic = answerLabels.has(fold(answer.label.name))
      if (!speaker && main && (generic || fold(article.entities.get(main.id)?.name ?? '').endsWith(fold(answer.label.name)))) speaker = { speaker: main.id, description: null, resolution: 'name', confidence: 0.85 }
      why = `an answer of an interview after the label \`${answer.label.name}:\``
    } else if (main) speaker = { speaker: main.id, description: null, resolution: 'name', confidence: 0.85 }
    if (!speaker) continue
    const last = paragraphs[answer.last]!
    if (answer.start >= textEnd(info)) continue
    turns.push({ kind: 'interview-answer', paragraph: answer.first, start: answer.start, endParagraph: answer.last, end: textEnd(last), speaker, why })
  }
  return { turns, questions: turns.length > 0 ? questions : [] }
}

/**
 * Find the words after speaker labels (video and transcript pages): a block
 * `Name, Funktion` / `Name (Partei)` alone, or `Name (Partei):` before the
 * words. The label must name a person; the first paragraph of words must be
 * speech (first person, an address, or a quotation) and no narration (a cue
 * verb without the first person); when the article has two labels or more,
 * the words run on over further paragraphs of speech up to the next label,
 * heading or narration, else they are one paragraph. A paragraph without
 * first person or address runs on only right before the next label, when it
 * names no person. Labels in a run without
 * words between are a list, not speakers.
 */
function findLabelled(article: ArticleInfo, taken: ReadonlySet<number>): Turn[] {
  const paragraphs = article.paragraphs
  const labels = paragraphs.map((info, p) => {
    if (info.caption || taken.has(p)) return undefined
    const label = speakerLabel(info.text)
    if (!label) return undefined
    // A heading is a label only with its function or party (`Olaf Scholz (SPD)`), never a bare name.
    if (info.heading && (label.form !== 'line' || !/[,(]/.test(info.text))) return undefined
    if (!info.heading && label.form === 'line' && label.wordsStart < info.text.length) return undefined
    return labelSpeaker(info, label) ? label : undefined
  })
  const alone = (p: number) => labels[p] !== undefined && labels[p]!.wordsStart >= paragraphs[p]!.text.length
  const count = labels.filter(Boolean).length
  const isLabel = (p: number) => labels[p] !== undefined
  const turns: Turn[] = []
  labels.forEach((label, p) => {
    if (!label) return
    // A run of labels without words between them is a list.
    if (alone(p) && (isLabel(p + 1) || (p > 0 && alone(p - 1)))) return
    const speaker = labelSpeaker(paragraphs[p]!, label)!
    const first = alone(p) ? p + 1 : p
    const start = alone(p) ? 0 : label.wordsStart
    const info = paragraphs[first]
    if (!info || info.heading || info.caption || taken.has(first) || (first !== p && isLabel(first))) return
    if (!speech(info, start)) return
    // Attributed words (`„Wir …“, sagte Lawrow.` after a caption-like line) are the other sieves' case.
    if (narrated(info, start)) return
    let last = first
    while (count >= 2 && last + 1 < paragraphs.length) {
      const next = paragraphs[last + 1]!
      if (next.heading || next.caption || taken.has(last + 1) || speakerLabel(next.text)) break
      if (narrated(next, 0)) break
      // Words in the third person run on only between speech and the next label, and name no person (narration introduces the next speaker).
      if (!speech(next, 0) && !(isLabel(last + 2) && !next.mentions.some((mention) => mention.type === 'person' && !mention.inQuote))) break
      last++
    }
    if (start >= textEnd(info)) return
    turns.push({ kind: 'speaker-label', paragraph: first, start, endParagraph: last, end: textEnd(paragraphs[last]!), speaker, why: `words after the speaker label \`${paragraphs[p]!.text.slice(0, label.nameEnd)}\`` })
  })
  return turns
}

/** Whether words from `start` are narration: a cue verb outside quotation marks, and no first person outside them. */
function narrated(info: ParagraphInfo, start: number): boolean {
  let from = 0
  while (from < info.parts.length && info.parts[from]!.start < start) from++
  return findCues(info, from, info.parts.length).length > 0 && !firstPerson(info, start)
}

/** Whether words from `start` read as speech: a quotation opens them, or they use the first person or address someone. */
function speech(info: ParagraphInfo, start: number): boolean {
  return /^[„"»«‚]/u.test(info.text.slice(start)) || firstPerson(info, start, true) || addresses(info)
}

/**
 * Whether a quotation mark span quotes words rather than marking a term or a
 * scare quote: not a term (`die „Politik der offenen Tür“`), and four words or
 * more, or a final `.!?` (`„Spezialoperation“` is a scare quote).
 */
function quotesWords(info: ParagraphInfo, mark: ParagraphInfo['marks'][number]): boolean {
  if (isTermMark(info, mark)) return false
  const inner = info.text.slice(mark.span.start, mark.span.endParagraph === info.index ? mark.span.end : info.text.length).trim()
  return /[.!?]$/.test(inner) || inner.split(/\s+/).length >= 4
}

/**
 * Whether a sentence of a turn quotes someone else: a quotation of words (no
 * scare quote or term) and a cue verb outside it, and no first person outside
 * quotation marks (`Putin hat gesagt: „…“`, but not `Ich habe ihm gesagt:
 * „…“`, nor `Das nennt Moskau „Sicherheit“`).
 */
function quotesOther(info: ParagraphInfo, sentence: { start: number; end: number }): boolean {
  if (!marksOverlapping(info, sentence.start, sentence.end).some((mark) => mark.open >= sentence.start && quotesWords(info, mark))) return false
  const [from, to] = partsIn(info, sentence.start, sentence.end)
  if (findCues(info, from, to).length === 0) return false
  for (let k = from; k < to; k++) if (!info.inQuote[k] && firstPersonWords.has(info.parts[k]!.lower)) return false
  return true
}

/**
 * Split a turn into pieces of one paragraph each (the gold format: a quote
 * lies in one paragraph), leaving out sentences that quote someone else.
 */
function splitTurn(article: ArticleInfo, turn: Turn): Turn[] {
  const pieces: Turn[] = []
  for (let p = turn.paragraph; p <= turn.endParagraph; p++) {
    const info = article.paragraphs[p]!
    const from = p === turn.paragraph ? turn.start : 0
    const to = p === turn.endParagraph ? turn.end : textEnd(info)
    let start: number | undefined
    let end = from
    const close = () => {
      if (start !== undefined && end > start) pieces.push({ ...turn, paragraph: p, endParagraph: p, start, end })
      start = undefined
    }
    for (const sentence of info.sentences) {
      if (sentence.end <= from || sentence.start >= to) continue
      if (quotesOther(info, sentence)) {
        close()
        continue
      }
      start ??= Math.max(from, sentence.start)
      end = Math.min(to, info.text.slice(0, sentence.end).trimEnd().length)
    }
    close()
  }
  return pieces
}

const cache = new WeakMap<ArticleInfo, Dialogue>()

/**
 * The dialogue structure of an article, found once per article (one pass over
 * its paragraphs): an interview's answers (`interview-answer`) and the words
 * after speaker labels (`speaker-label`). An interview's paragraphs are not
 * read for labels again.
 *
 * @param article
 *   Article info.
 * @returns
 *   Its turns, by paragraph.
 */
export function dialogueOf(article: ArticleInfo): Dialogue {
  const cached = cache.get(article)
  if (cached) return cached
  const interview = findInterview(article)
  const questions = new Set(interview.questions)
  const taken = new Set<number>(questions)
  for (const turn of interview.turns) for (let p = turn.paragraph; p <= turn.endParagraph; p++) taken.add(p)
  const labelled = findLabelled(article, taken)
  const labels = new Set<number>()
  for (const turn of labelled) if (turn.start === 0 && turn.paragraph > 0) labels.add(turn.paragraph - 1)
  const turnParagraphs = new Set<number>()
  for (const turn of [...interview.turns, ...labelled]) for (let p = turn.paragraph; p <= turn.endParagraph; p++) turnParagraphs.add(p)
  const turns = [...interview.turns, ...labelled].flatMap((turn) => splitTurn(article, turn)).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
  const turnOf = new Map<number, Turn[]>()
  for (const turn of turns) turnOf.set(turn.paragraph, [...(turnOf.get(turn.paragraph) ?? []), turn])
  const dialogue = { turns, turnOf, turnParagraphs, questions, labels }
  cache.set(article, dialogue)
  return dialogue
}
