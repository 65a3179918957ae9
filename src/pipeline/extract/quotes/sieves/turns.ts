import { cleanInner, make } from '../clause.js'
import { dialogueOf, type Turn } from '../dialogue.js'
import type { ParagraphInfo } from '../context.js'
import type { Sentence } from '../../sentences.js'
import type { Decision, SentenceContext } from '../sieve.js'

const firstSentences = new WeakMap<Turn, Sentence | undefined>()

/** The first sentence of a turn's first paragraph that reaches into its words (found once per turn). */
function firstSentence(turn: Turn, info: ParagraphInfo): Sentence | undefined {
  if (!firstSentences.has(turn)) firstSentences.set(turn, info.sentences.find((item) => item.end > turn.start))
  return firstSentences.get(turn)
}

const opening = /^[„"»«‚]$/u
const closing = /^[“”"«»‘]$/u

/**
 * Decide a sentence that lies in a dialogue turn of the given kind: the first
 * sentence of each piece of the turn (one paragraph, up to a sentence that
 * quotes someone else) gets the whole piece as one direct quote, its other
 * sentences no quote of their own; a sentence of the turn's paragraphs
 * outside its pieces is left to the other sieves.
 *
 * @param context
 *   The sentence.
 * @param kind
 *   Which turns the calling sieve owns.
 * @returns
 *   The decision, or `undefined` outside such a turn.
 */
export function decideTurn(context: SentenceContext, kind: Turn['kind']): Decision | undefined {
  const { article, info, sentence } = context
  const dialogue = dialogueOf(article)
  const pieces = dialogue.turnOf.get(info.index)
  const turn = pieces?.find((piece) => sentence.end > piece.start && sentence.start < piece.end) ?? (pieces && sentence.end <= pieces[0]!.start ? pieces[0] : undefined)
  if (!turn) {
    // A sentence of an answer that quotes someone else (`Er hat gesagt: „…“`).
    if (dialogue.turnParagraphs.has(info.index)) return undefined
    if (kind === 'speaker-label' && dialogue.labels.has(info.index)) return { quotes: [], why: 'a speaker label line' }
    // An interview's question quotes nobody unless it holds a quotation or a cue of its own.
    if (kind === 'interview-answer' && dialogue.questions.has(info.index) && context.cues.length === 0 && context.candidates.length === 0) return { quotes: [], why: 'an interview question' }
    return undefined
  }
  if (turn.kind !== kind) return undefined
  if (info.index === turn.paragraph && sentence.end <= turn.start) return { quotes: [], why: 'the speaker label before the words' }
  const first = info.index === turn.paragraph && firstSentence(turn, info) === sentence
  if (!first) return { quotes: [], why: `inside a turn of ${turn.speaker.speaker}` }
  let { start, end } = turn
  // Words wholly in quotation marks (`„Wir bleiben dabei.“`): the marks are no part of them.
  if (opening.test(info.text[start] ?? '') && closing.test(info.text[end - 1] ?? '') && end - start > 2) {
    start++
    end--
  }
  const text = cleanInner(article, { paragraph: turn.paragraph, start, endParagraph: turn.paragraph, end })
  return { quotes: [make(info, start, turn.paragraph, end, text, 'direct', turn.speaker, null)], remember: turn.speaker, why: turn.why }
}
