// Where a reported clause ends because the sentence's main clause goes on after a comma.
import { isKonjunktivOne, konjunktivTwo } from '../lexicons/konjunktiv.js'
import { stopwords } from '../lexicons/stopwords.js'
import { gapText } from './clause.js'
import type { ParagraphInfo } from './context.js'

/** Words after a comma that go on inside the reported clause (a dependent clause, a relative pronoun, a preposition, a conjunction, an adverb). */
const insideWords = /^(?:dass|ob|weil|wenn|da|falls|obwohl|um|ohne|statt|sondern|aber|und|oder|sowie|so|zumal|damit|während|nachdem|bevor|sobald|als|wie|was|wo|warum|weshalb|wieso|der|die|das|den|dem|deren|dessen|denen|welche[rnms]?|in|an|auf|aus|bei|mit|nach|von|vor|zu|für|über|unter|gegen|durch|im|am|zum|zur|vom|beim|ins|doch|jedoch|denn|also|etwa|rund|fast|insbesondere|darunter|auch|nicht|noch|nur|sowohl|weder|zwar|ein|eine[nmrs]?|kein(?:e[nmrs]?)?|sein(?:e[nmrs]?)?|ihr(?:e[nmrs]?)?|unser(?:e[nmrs]?)?|sich)$/
/** Adverbs that stand where a verb-second clause has its verb but open no main clause (`, und die Delegation bereits … reist`). */
const adverbs: ReadonlySet<string> = new Set(['offenbar', 'vermutlich', 'wohl', 'angeblich', 'möglicherweise', 'derzeit', 'inzwischen', 'weiterhin', 'ebenfalls', 'bald', 'sofort', 'damals', 'zuvor', 'danach', 'später', 'kaum', 'sehr', 'stets', 'trotzdem', 'ebenso', 'gemeinsam', 'vorerst', 'zunächst'])
const conjunctions = /^(?:und|aber|doch)$/
const subjectPronouns = /^(?:er|sie|es|man|wir|ich)$/
const determiners = /^(?:der|die|das|ein|eine|dieser|diese|dieses|sein|seine|ihr|ihre|unser|unsere|kein|keine)$/

/** Whether part `k` is a finite verb of the main clause: lower case, no word that goes on a dependent clause, no function word or adverb, no Konjunktiv (reported speech goes on in it), no number. */
function finiteVerbAt(info: ParagraphInfo, k: number, to: number): boolean {
  const part = info.parts[k]
  if (!part || k >= to || part.upper || info.inQuote[k] || /^\d/.test(part.text)) return false
  return !insideWords.test(part.lower) && !stopwords.has(part.lower) && !adverbs.has(part.lower) && !isKonjunktivOne(part.lower) && !konjunktivTwo.has(part.lower)
}

/**
 * Whether the conjunction at part `j` opens a main clause: its finite verb
 * right after it (`, und reiste ab`) or after a subject in first place (a
 * pronoun, a determiner with up to two adjectives and its noun, or a name:
 * `, und der Minister reist ab`). A verb-final clause (`, und die Delegation
 * nach Genf reist`) still belongs to the reported one.
 */
function mainClauseAfterConjunction(info: ParagraphInfo, j: number, to: number): boolean {
  let k = j + 1
  const first = info.parts[k]
  if (!first || k >= to) return false
  const joined = (a: number) => !/[,;:.!?()„“"«»]/.test(gapText(info, a - 1, a))
  if (!first.upper && finiteVerbAt(info, k, to)) return true
  if (subjectPronouns.test(first.lower)) k++
  else if (determiners.test(first.lower)) {
    k++
    for (let adjectives = 0; k < to && !info.parts[k]!.upper && adjectives < 2 && joined(k); adjectives++) k++
    if (k >= to || !info.parts[k]!.upper) return false
    while (k < to && info.parts[k]!.upper && joined(k)) k++
  } else if (first.upper) {
    while (k < to && info.parts[k]!.upper && joined(k)) k++
  } else return false
  return k < to && joined(k) && finiteVerbAt(info, k, to)
}

/**
 * Where the reported clause from part `open` ends when the main clause goes
 * on after a comma: before a comma followed by a lower-case finite verb
 * (`…, sie habe X getan, kam spät`) or by `und` and a main clause (`…, und
 * der Minister reist ab`); else `clauseEnd`.
 */
export function mainClauseStop(info: ParagraphInfo, open: number, to: number, clauseEnd: number): number {
  for (let j = open + 1; j < to; j++) {
    if (info.parts[j]!.start >= clauseEnd) break
    if (!/,/.test(gapText(info, j - 1, j)) || info.inQuote[j]) continue
    if (finiteVerbAt(info, j, to) || (conjunctions.test(info.parts[j]!.lower) && mainClauseAfterConjunction(info, j, to))) return info.parts[j - 1]!.end
  }
  return clauseEnd
}
