import { buildQuote, gapText } from '../clause.js'
import { marksOverlapping, type ParagraphInfo } from '../context.js'
import { subjectOf } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { coordinatedClauses } from './cue-clause.js'

/** Prepositions of whom or what one speaks with (`sprach mit Vertretern von X`): a `von` after them belongs to their noun. */
const addressees = new Set(['mit', 'vor', 'bei', 'zu', 'über', 'gegenüber', 'für', 'gegen', 'unter'])

/**
 * The `von` of `sprach … von`: right after the verb or up to six words later
 * in the same clause (`sprach die Ministerin von …`, `sprachen am Montag von
 * …`), outside quotation marks and not after `mit`/`vor`/`über` (`sprach mit
 * Vertretern von X`); `-1` when there is none.
 */
function vonAfter(info: ParagraphInfo, cueIndex: number, to: number): number {
  for (let j = cueIndex + 1; j < to && j <= cueIndex + 7; j++) {
    if (/[,;:.!?–—]/.test(gapText(info, j - 1, j)) || info.inQuote[j] || addressees.has(info.parts[j]!.lower)) return -1
    if (info.parts[j]!.lower === 'von') return j
  }
  return -1
}

/** `X sprach von einer „ernsten Lage“`: the noun phrase after `von`, with its quoted words, is a mixed quote of X. */
export const sprechenVon: QuoteSieve = {
  name: 'sprechen-von',
  doc: '`X sprach von einer „…“`: the phrase after `von` up to its quotation is X\'s (mixed).',
  exclusive: true,
  decide(context) {
    const { article, info, from, to, cues, sentenceEnd } = context
    for (const cue of cues) {
      if (cue.verb.lemma !== 'sprechen') continue
      const von = vonAfter(info, cue.index, to)
      if (von < 0) continue
      const vonEnd = info.parts[von]!.end
      const mark = marksOverlapping(info, vonEnd, sentenceEnd).find((candidate) => candidate.open >= vonEnd && candidate.span.endParagraph === info.index)
      const between = mark ? info.text.slice(vonEnd, mark.open) : ''
      if (!mark || /[,;:.!?]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 3) continue
      const speaker = subjectOf(article, info, from, cue, to)
      const built = speaker ? buildQuote(info, info.parts[von + 1]!.start, mark.close, speaker, `${info.parts[cue.index]!.text} von`) : undefined
      if (!built) continue
      const why = '`sprach von` and a quotation within three words'
      // `X sprach von einem „…“ und forderte Y auf, … zu …`: the clause of a coordinated cue after the quotation is X's too.
      const also = coordinatedClauses(context, mark.close, built.quote)
      return { quotes: [{ ...built.quote, kind: 'mixed' }, ...also?.quotes ?? []], remember: built.speaker, why: also ? `${why}; and the clause after the coordinated \`${also.cue.text}\`` : why }
    }
    return undefined
  }
}
