import { cueFormsOf, cueFormsWithBoundOf, type CueForm, type CueVerb } from '../lexicons/cue-verbs.js'
import type { ParagraphInfo } from './context.js'

/** A cue verb found in a sentence. */
export interface CueHit {
  /** Part of the finite verb or participle. */
  readonly index: number
  /** Part of the particle of a split separable verb, or the same as `index`. */
  readonly end: number
  readonly verb: CueVerb
  /** The cue as written (`sagte`, `warf … vor`). */
  readonly text: string
}

const clauseStop = /[,;:.!?]/
const appositionOpeners = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)$/

/**
 * Where an apposition that opens at part `j` (after a comma) ends: the part
 * after its closing comma, when it opens with an article or a capitalized
 * word and closes with a comma within eight words; else -1.
 */
function appositionEnd(info: ParagraphInfo, j: number, to: number): number {
  const first = info.parts[j]!
  if (info.inQuote[j] || (!appositionOpeners.test(first.lower) && !first.upper)) return -1
  for (let m = j + 1; m < to && m <= j + 8; m++) {
    const gap = info.text.slice(info.parts[m - 1]!.end, info.parts[m]!.start)
    if (/^\s*,\s*$/.test(gap)) return m
    if (clauseStop.test(gap)) return -1
  }
  return -1
}

/** The cue forms of each part of a paragraph, looked up once per paragraph: the sieves search its sentences for cues many times. */
const formsByParagraph = new WeakMap<ParagraphInfo, ReadonlyArray<readonly CueForm[]>>()

function partForms(info: ParagraphInfo): ReadonlyArray<readonly CueForm[]> {
  let forms = formsByParagraph.get(info)
  if (!forms) {
    forms = info.parts.map((part) => cueFormsWithBoundOf(part.lower))
    formsByParagraph.set(info, forms)
  }
  return forms
}

/**
 * Find cue verbs outside quotation marks in parts `[from, to)`. A split
 * separable verb (`teilte … mit`) needs its particle before the next comma.
 *
 * @param info
 *   The paragraph.
 * @param from
 *   First part.
 * @param to
 *   Part after the last.
 * @returns
 *   Cues in text order.
 */
export function findCues(info: ParagraphInfo, from: number, to: number): CueHit[] {
  const hits: CueHit[] = []
  const formsOf = partForms(info)
  for (let k = from; k < to; k++) {
    const part = info.parts[k]!
    if (info.inQuote[k] || part.upper && k > from) continue
    // `deutlich gemacht`, `klar gemacht`: particle before the participle.
    if (part.lower === 'gemacht' && k > from && ['deutlich', 'klar'].includes(info.parts[k - 1]!.lower)) {
      const verb = cueFormsOf(info.parts[k - 1]!.lower === 'deutlich' ? 'deutlichmacht' : 'klarmacht')[0]?.verb
      if (verb) hits.push({ index: k, end: k, verb, text: `${info.parts[k - 1]!.text} ${part.text}` })
      continue
    }
    const forms = formsOf[k]!
    if (forms.length === 0) continue
    // `wie X bekannt gab`: a separable verb at the end of a subordinate clause, its particle written apart before it.
    const previous = k > from ? info.parts[k - 1]! : undefined
    const before = previous && !info.inQuote[k - 1] ? forms.find((form) => form.split && form.verb.particle === previous.lower) : undefined
    if (before) {
      hits.push({ index: k, end: k, verb: before.verb, text: `${previous!.text} ${part.text}` })
      continue
    }
    // `sei angeboten worden, …`: a passive names no speaker; the cue is left to the sentences around it.
    if (info.parts[k + 1]?.lower === 'worden' && k + 1 < to) continue
    // `sagte zu, …`, `bot an, …`: a split form whose particle closes the clause right after the verb wins over the plain verb.
    const next = info.parts[k + 1]
    const closing = next && k + 1 < to && !info.inQuote[k + 1] && (k + 2 >= to || clauseStop.test(info.text.slice(next.end, info.parts[k + 2]!.start)))
      ? forms.find((form) => form.split && form.verb.particle === next.lower)
      : undefined
    if (closing) {
      hits.push({ index: k, end: k + 1, verb: closing.verb, text: `${part.text} … ${next!.text}` })
      continue
    }
    for (const form of forms) {
      if (!form.split) {
        hits.push({ index: k, end: k, verb: form.verb, text: part.text })
        break
      }
      let found = -1
      let appositions = 0
      let resumed = -1
      for (let j = k + 1; j < to && j < k + 25; j++) {
        const gapBefore = info.text.slice(info.parts[j - 1]!.end, info.parts[j]!.start)
        if (j !== resumed && clauseStop.test(gapBefore)) {
          // `ging X, die Anwältin der Frau, davon aus, …`: an apposition between commas does not end the clause; its particle closes the clause.
          const close = /^\s*,\s*$/.test(gapBefore) && appositions < 2 ? appositionEnd(info, j, to) : -1
          if (close < 0) break
          appositions++
          resumed = close
          j = close - 1
          continue
        }
        if (info.parts[j]!.lower === form.verb.particle && !info.inQuote[j]) {
          found = j
          const after = info.parts[j + 1]
          const gap = after ? info.text.slice(info.parts[j]!.end, after.start) : ''
          if (!after || clauseStop.test(gap) || /[„"«»“]/.test(gap)) break
        }
      }
      // After an apposition the particle must close the clause (`davon aus, dass …`), not be a preposition (`aus Moskau`).
      if (found >= 0 && appositions > 0 && found + 1 < to && !clauseStop.test(info.text.slice(info.parts[found]!.end, info.parts[found + 1]!.start))) found = -1
      if (found >= 0) {
        hits.push({ index: k, end: found, verb: form.verb, text: `${part.text} … ${info.parts[found]!.text}` })
        break
      }
    }
  }
  return hits
}
