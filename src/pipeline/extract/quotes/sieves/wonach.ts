import { buildQuote, gapText, hasKonjunktiv } from '../clause.js'
import type { ParagraphInfo } from '../context.js'
import { unnamedPhrase } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

const relativePronouns = /^(?:der|dem|denen)$/
const articles = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines)$/
const reportingModals = /^(?:soll|sollen|sollte|sollten)$/

/**
 * Whether parts `k` and `k + 1` are a relative `nach der`/`nach dem`/`nach
 * denen` that opens a clause of reported words (`eine Klage, nach der die
 * Ergebnisse veröffentlicht werden sollen`): an article or lower-case word
 * or a name after the pronoun (not a noun: `nach der Wahl`), and a reporting mood
 * (Konjunktiv, `soll`) before the next comma.
 */
function nachRelative(info: ParagraphInfo, k: number, to: number): boolean {
  const pronoun = info.parts[k + 1]
  const next = info.parts[k + 2]
  if (info.parts[k]!.lower !== 'nach' || !pronoun || !next || !relativePronouns.test(pronoun.lower)) return false
  // A name after the pronoun opens the clause too (`nach dem Russland … verlege`).
  if (next.upper && !articles.test(next.lower) && !info.mentions.some((mention) => mention.first === k + 2 && !mention.inQuote)) return false
  let end = k + 2
  while (end < to && !/[,;:]/.test(gapText(info, end - 1, end))) end++
  return hasKonjunktiv(info, k + 2, end, true) || info.parts.slice(k + 2, end).some((part) => reportingModals.test(part.lower))
}

/** `Berichte, wonach …`, `eine Klage, nach der …`: the clause after `wonach` is the report's named before the comma. */
export const wonach: QuoteSieve = {
  name: 'wonach',
  doc: '`…, wonach clause` (or `…, nach der clause` in a reporting mood): the report or source named before the comma says the clause.',
  exclusive: true,
  decide({ article, info, from, to, clauseEnd }) {
    for (let k = from + 1; k < to - 2; k++) {
      if (info.inQuote[k] || !/,\s*$/.test(gapText(info, k - 1, k))) continue
      const relative = nachRelative(info, k, to)
      if (info.parts[k]!.lower !== 'wonach' && !relative) continue
      let start = k - 1
      while (start > from && !/[,;:]/.test(gapText(info, start - 1, start)) && k - start < 6) start--
      const speaker = resolvePhrase(article, info, start, k, { unnamed: true, skipPrepositional: true }) ?? unnamedPhrase(info, Math.max(start, k - 3), k)
      const opener = relative ? k + 2 : k + 1
      const built = speaker ? buildQuote(info, info.parts[opener]!.start, clauseEnd, speaker, relative ? `nach ${info.parts[k + 1]!.text}` : 'wonach') : undefined
      if (built) return { quotes: [built.quote], remember: built.speaker, why: `the phrase before \`, ${relative ? `nach ${info.parts[k + 1]!.text}` : 'wonach'}\`` }
    }
    return undefined
  }
}
