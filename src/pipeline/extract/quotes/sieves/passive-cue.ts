import { cueFormsOf } from '../../lexicons/cue-verbs.js'
import { directiveCues, negations, rejectingCues, subordinatorsRejected } from '../../lexicons/quote-words.js'
import { buildQuote, cleanText, gapText, hasKonjunktiv, zuInfinitive } from '../clause.js'
import type { ParagraphInfo } from '../context.js'
import { mainClauseStop } from '../main-clause.js'
import type { QuoteSieve } from '../sieve.js'
import type { Speaker } from '../speaker.js'

/** Indicative forms of `werden` (and `sein` before `… worden`) that make a participle passive. Konjunktiv `werde`/`sei` is left to the continuation sieves. */
const passiveAuxiliaries = /^(?:wird|werden|wurde|wurden|war|waren|ist|sind)$/

/** The speaker of a passive: nobody named (an agent `von X` is often no speaker but the accused's accuser, so the description names none). */
const unnamed: Speaker = { speaker: null, description: null, resolution: 'unnamed', confidence: 0.4 }

const relativeOpeners = /^(?:der|die|das|dem|den|denen|deren|dessen|welche[rsnm]?|wo|was)$/

/** The cue lemma of a participle (`vermutet`, `vorgeworfen`, `festgehalten`), or `undefined`. */
function participleLemma(word: string): string | undefined {
  return cueFormsOf(word).find((form) => !form.split && form.verb.joined.at(-1) === word)?.verb.lemma
}

/** Whether the clause from part `open` reports words: `dass`/`ob`, a Konjunktiv verb, or a `zu` infinitive (or, in second position, any main clause) after a directive or accusing cue. */
function reportsWords(info: ParagraphInfo, open: number, to: number, lemma: string, verbFinal: boolean): boolean {
  const opener = info.parts[open]!.lower
  if (opener === 'dass' || opener === 'ob') return true
  if (directiveCues.has(lemma) && zuInfinitive(info, open, to)) return true
  // `wird vorgeworfen, …`, `werden aufgefordert, …`: after a directive or accusing cue in second position any clause but a relative or
  // adverbial one is its content; after a verb-final one (`…, dessen Rücktritt gefordert wird, griff …`) the main clause may go on.
  if (directiveCues.has(lemma) && !verbFinal && !subordinatorsRejected.has(opener) && !relativeOpeners.test(opener)) return true
  let end = open + 1
  while (end < to && !/[,;.!?]/.test(gapText(info, end - 1, end))) end++
  return hasKonjunktiv(info, open, end, true)
}

/**
 * A passive cue names no speaker (`Es wird vermutet, dass …`, `…, die
 * beschuldigt werden, … zu sein`, `In dem Bericht wird festgehalten, dass …`,
 * `…, wird vermutet.`): the reported clause is an unnamed source's. Only an
 * indicative auxiliary counts; `sei angeboten worden` in Konjunktiv continues
 * the last speaker instead.
 */
export const passiveCue: QuoteSieve = {
  name: 'passive-cue',
  doc: 'A passive cue (`es wird vermutet, dass …`, `die beschuldigt werden, … zu sein`, `…, wurde berichtet.`): the clause after it (or before it, at the end of the sentence) is reported by an unnamed source.',
  exclusive: true,
  decide({ info, from, to, clauseEnd, sentenceEnd }) {
    for (let k = from; k < to; k++) {
      if (info.inQuote[k] || info.parts[k]!.upper) continue
      const lemma = participleLemma(info.parts[k]!.lower)
      if (!lemma || rejectingCues.has(lemma)) continue
      // The auxiliary: before the participle in its clause (`wird … vermutet`), or right after it (`beschuldigt werden`, `vermutet worden`).
      let auxiliary = -1
      for (let j = k - 1; j >= from && j >= k - 8; j--) {
        if (/[,;:.!?]/.test(gapText(info, j, j + 1))) break
        if (passiveAuxiliaries.test(info.parts[j]!.lower)) {
          auxiliary = j
          break
        }
      }
      let last = k
      if (info.parts[k + 1]?.lower === 'worden' && !/[,;]/.test(gapText(info, k, k + 1))) last = k + 1
      const verbFinal = auxiliary < 0
      if (auxiliary < 0 && k + 1 < to && passiveAuxiliaries.test(info.parts[last + 1]?.lower ?? '') && !/[,;]/.test(gapText(info, last, last + 1))) {
        auxiliary = last + 1
        last++
      }
      // `war vermutet worden`: `sein` makes a passive only with `worden`; `ist gesagt` alone is a state.
      if (auxiliary < 0 || (/^(?:war|waren|ist|sind)$/.test(info.parts[auxiliary]!.lower) && info.parts[k + 1]?.lower !== 'worden')) continue
      // `Bislang wurde nicht bestätigt, dass …`: a negated passive reports nothing.
      let negated = false
      for (let j = Math.min(auxiliary, k) + 1; j < k; j++) if (negations.has(info.parts[j]!.lower)) negated = true
      if (negated) continue
      // `Q, wird vermutet.`: the cue closes the sentence after a comma, the clause before it reports.
      if (last === to - 1 && auxiliary === k - 1 && auxiliary > from && /,\s*$/.test(gapText(info, auxiliary - 1, auxiliary)) && hasKonjunktiv(info, from, auxiliary, true)) {
        const commaAt = info.text.lastIndexOf(',', info.parts[auxiliary]!.start)
        const built = buildQuote(info, info.parts[from]!.start, commaAt, unnamed, `${info.parts[auxiliary]!.text} ${info.parts[k]!.text}`, null, cleanText(info.text.slice(info.parts[from]!.start, commaAt)))
        if (built) return { quotes: [built.quote], why: `a Konjunktiv clause before the passive cue \`${info.parts[k]!.text}\`: an unnamed source` }
        continue
      }
      // `wird … begründet, dass …`: the comma after the participle (and its auxiliary) opens the reported clause.
      const open = last + 1
      if (open >= to || !/,/.test(gapText(info, last, open)) || !reportsWords(info, open, to, lemma, verbFinal)) continue
      const built = buildQuote(info, info.parts[open]!.start, mainClauseStop(info, open, to, Math.min(clauseEnd, sentenceEnd)), unnamed, `${info.parts[auxiliary]!.text} … ${info.parts[k]!.text}`)
      if (built) return { quotes: [built.quote], why: `the clause after the passive cue \`${info.parts[k]!.text}\`: an unnamed source` }
    }
    return undefined
  }
}
