import { buildQuote, gapText, hasKonjunktiv } from '../clause.js'
import { sourcePhrase } from '../phrases.js'
import type { ArticleInfo, ParagraphInfo } from '../context.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase, type Speaker } from '../speaker.js'

const lassenForms = new Set(['ließ', 'ließen', 'lässt', 'lassen', 'ließe'])

/**
 * The subject of `lassen` before `verlauten` at part `cue`: the noun phrase
 * between a form of `lassen` and the cue (`ließ der Pressedienst des
 * Ministeriums verlauten`), or the one before `lassen` opening the clause (`Die Nato ließ verlauten`).
 */
function lassenSubject(article: ArticleInfo, info: ParagraphInfo, from: number, cue: number): Speaker | undefined {
  let lassen = cue - 1
  while (lassen >= from && !lassenForms.has(info.parts[lassen]!.lower)) lassen--
  if (lassen < from || info.inQuote[lassen]) return undefined
  for (let j = lassen + 1; j <= cue; j++) if (/[,;:.!?]/.test(gapText(info, j - 1, j))) return undefined
  const subject = lassen + 1 < cue ? resolvePhrase(article, info, lassen + 1, cue, { unnamed: true }) : lassen > from ? resolvePhrase(article, info, from, lassen, { unnamed: true, skipPrepositional: true }) : undefined
  return subject && (subject.speaker !== null || subject.description) ? subject : undefined
}

/** `heißt es` / `hieß es` / `verlautete`: the source in an `aus`/`in` phrase (`aus dem Auswärtigen Amt`), else unnamed. */
export const esHeisst: QuoteSieve = {
  name: 'es-heisst',
  doc: '`hieß es` / `verlautete`: the source in an `aus`/`in` phrase speaks (`aus dem Pentagon`), else an unnamed source (`aus Nato-Kreisen`).',
  exclusive: true,
  decide({ article, info, from, to, cues, clauseEnd }) {
    const text = info.text
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
        const built = buildQuote(info, info.parts[from]!.start, text.lastIndexOf(',', info.parts[cueFirst]!.start), speaker, cueText)
        // `…, hieß es, sicher sei jedoch, …`: a Konjunktiv clause after the source is a second quote of it.
        const rest = sourceEnd < to && hasKonjunktiv(info, sourceEnd, to, true) ? buildQuote(info, info.parts[sourceEnd]!.start, clauseEnd, speaker, cueText) : undefined
        if (built) return { quotes: rest ? [built.quote, rest.quote] : [built.quote], remember: built.speaker, why: `clause before \`, ${cueText}\`` }
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
      // `Außerdem ließ der Pressedienst des Ministeriums verlauten, …`, `Die Nato ließ verlauten, …`: the subject of `lassen` is the source.
      const subject = lemma === 'verlauten' && ausBefore < 0 ? lassenSubject(article, info, from, cueFirst) : undefined
      const speaker = subject ?? (ausBefore >= 0 ? sourcePhrase(info, from + ausBefore, cueFirst) : sourcePhrase(info, cueLast + 1, comma))
      const built = buildQuote(info, info.parts[comma]!.start, clauseEnd, speaker, cueText)
      if (built) return { quotes: [built.quote], remember: built.speaker, why: `clause after \`${cueText}\`` }
    }
    return undefined
  }
}
