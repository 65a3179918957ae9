import { cueFormsOf, type CueForm, type CueVerb } from '../lexicons/cue-verbs.js'
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

/** The cue forms of each part of a paragraph, looked up once per paragraph: the sieves search its sentences for cues many times. */
const formsByParagraph = new WeakMap<ParagraphInfo, ReadonlyArray<readonly CueForm[]>>()

function partForms(info: ParagraphInfo): ReadonlyArray<readonly CueForm[]> {
  let forms = formsByParagraph.get(info)
  if (!forms) {
    forms = info.parts.map((part) => cueFormsOf(part.lower))
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
      for (let j = k + 1; j < to && j < k + 25; j++) {
        if (clauseStop.test(info.text.slice(info.parts[j - 1]!.end, info.parts[j]!.start))) break
        if (info.parts[j]!.lower === form.verb.particle && !info.inQuote[j]) {
          found = j
          const after = info.parts[j + 1]
          const gap = after ? info.text.slice(info.parts[j]!.end, after.start) : ''
          if (!after || clauseStop.test(gap) || /[„"«»“]/.test(gap)) break
        }
      }
      if (found >= 0) {
        hits.push({ index: k, end: found, verb: form.verb, text: `${part.text} … ${info.parts[found]!.text}` })
        break
      }
    }
  }
  return hits
}
