import { gapText, make, partsIn } from '../clause.js'
import type { ParagraphInfo } from '../context.js'
import { findCues, type CueHit } from '../cues.js'
import { pronounSubjectBefore, subjectOf } from '../phrases.js'
import { previousSubject } from '../previous-subject.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase, type Speaker } from '../speaker.js'

const unresolved: Speaker = { speaker: null, description: null, resolution: 'unnamed', confidence: 0.3 }

/** The pronoun at part `index` as the speaker (`Er traf X und schrieb: „…“`), or an unnamed one when there is none. */
function pronounOrUnresolved(article: Parameters<typeof resolvePhrase>[0], info: Parameters<typeof resolvePhrase>[1], index: number | undefined): Speaker | undefined {
  return index === undefined ? unresolved : resolvePhrase(article, info, index, index + 1)
}

/** Adverbs that point back at a document (`Darin steht: „…“`). */
const documentAdverbs = /^(?:darin|dort|hierin|darüber)$/

/** Subordinators that open a clause before the main clause (`Nachdem er gefragt wurde, …, entgegnete X:`). */
const subordinators = new Set(['nachdem', 'als', 'weil', 'während', 'wenn', 'obwohl', 'da', 'bevor', 'sobald'])

/**
 * The cue of the main clause: the first cue, unless the sentence opens with a
 * subordinate clause (`Nachdem dieser gefragt wurde, was …, entgegnete X:`);
 * then the last cue right after a comma, where the main clause's verb stands.
 */
function mainClauseCue(info: ParagraphInfo, from: number, cues: readonly CueHit[]): CueHit | undefined {
  if (cues.length < 2 || !subordinators.has(info.parts[from]!.lower) || info.inQuote[from]) return cues[0]
  return [...cues].reverse().find((hit) => hit.index > from && /,\s*$/.test(gapText(info, hit.index - 1, hit.index))) ?? cues[0]
}

/** `X sagte: „…“`: a quotation after a colon; the subject of the cue before it speaks (or the phrase before the colon). */
export const cueColonQuote: QuoteSieve = {
  name: 'cue-colon-quote',
  doc: 'A quotation after `X sagte:` (or `X:`): the subject of the cue before the colon speaks.',
  exclusive: true,
  decide({ article, info, sentence, candidates, previousStart }) {
    for (const [index, { mark, inner, beforeText, substantial }] of candidates.entries()) {
      if (!substantial || !/:\s*$/.test(beforeText)) continue
      const [preFrom, preTo] = partsIn(info, sentence.start, mark.open)
      const cue = mainClauseCue(info, preFrom, findCues(info, preFrom, preTo))
      // A cue whose subject the resolver cannot read (`Die Autoren der Studie werfen den Behörden vor: „…“`) still introduces the quotation, by a speaker left unnamed.
      // `X gab eine Erklärung ab. Darin heißt/steht es: „…“`: a quotation of whole sentences from the document of the sentence before is its subject's.
      const phrase = cue ? subjectOf(article, info, preFrom, cue, preTo) ?? (cue.index > preFrom ? pronounOrUnresolved(article, info, pronounSubjectBefore(info, preFrom, cue.index)) : undefined) : resolvePhrase(article, info, preFrom, preTo)
      const author = phrase || cue || !documentAdverbs.test(info.parts[preFrom]?.lower ?? '') || !/[.!?…]\s*$/.test(inner) ? undefined : previousSubject(article, info, previousStart, sentence.start)
      const speaker = phrase ?? (author && { ...author, resolution: 'continuation' as const, confidence: 0.5 })
      if (!speaker) continue
      const quotes = [make(info, mark.span.start, mark.span.endParagraph, mark.span.end, inner, 'direct', speaker, cue?.text ?? null)]
      // `X erläutert: „…“, und fügt hinzu: „…“`: a later quotation after a colon and a coordinated cue without a subject of its own is X's too.
      let close = mark.close
      for (const later of candidates.slice(index + 1)) {
        if (!later.substantial || !/:\s*$/.test(later.beforeText) || later.mark.span.paragraph !== info.index) break
        const [gapFrom, gapTo] = partsIn(info, close, later.mark.open)
        const own = findCues(info, gapFrom, gapTo)[0]
        if (!own || !['und', 'sowie'].includes(info.parts[own.index - 1]?.lower ?? '') || own.index - 1 < gapFrom) break
        quotes.push(make(info, later.mark.span.start, later.mark.span.endParagraph, later.mark.span.end, later.inner, 'direct', speaker, own.text))
        close = later.mark.close
      }
      return { quotes, remember: speaker, why: `${cue ? `subject of \`${cue.text}\` before the colon` : author ? `\`${info.parts[preFrom]!.text}\` points at the document of the sentence before: its subject's` : 'the phrase before the colon'}${quotes.length > 1 ? '; and the quotation after the coordinated cue' : ''}` }
    }
    return undefined
  }
}
