import type { AttributedQuote as Quote } from '../../../schema/quote.js'
import { gatherCandidates } from './candidates.js'
import { partsIn, type Draft } from './clause.js'
import type { ArticleInfo } from './context.js'
import { findCues } from './cues.js'
import { subjectOf } from './phrases.js'
import type { QuoteSieve, SentenceContext, State } from './sieve.js'
import { quoteSieves } from './sieves/index.js'
import { lastPerson, setPreviousSpeaker, setReportedWords, type Resolution } from './speaker.js'

/** A quote without id and article id; `attribution` names the sieve that decided it. */
export type FoundQuote = Omit<Quote, 'id' | 'articleId'>

/** Why a quote was attributed as it was (`korpus extract --explain`). */
export interface QuoteExplanation {
  /** The sieve that decided (the quote's `attribution`). */
  readonly sieve: string
  /** What the sieve saw, in a few words. */
  readonly why: string
  /** How the speaker phrase was resolved: a name, role noun, pronoun, source phrase, the previous speaker, or unnamed. */
  readonly resolution: Resolution
  /** Speaker candidates of the sentence: entities named outside quotation marks (`id (type)`), then the previous speaker. */
  readonly candidates: readonly string[]
  /** When coreference chose the speaker (a pronoun, role noun or organization noun): the antecedent and the rule. */
  readonly coreference?: string
}

/** Options of `attributeQuotes`. */
export interface AttributeOptions {
  /** Collect a `QuoteExplanation` per quote (default: `false`). */
  readonly explain?: boolean
  /** The sieves in order (default: `quoteSieves`). */
  readonly sieves?: readonly QuoteSieve[]
}

interface Found {
  readonly quote: FoundQuote
  readonly explanation: QuoteExplanation | undefined
}

function speakerCandidates(context: SentenceContext): string[] {
  const { info, from, to, state } = context
  const seen = new Set<string>()
  const result: string[] = []
  for (const mention of info.mentions) {
    if (mention.first < from || mention.first >= to || mention.inQuote || seen.has(mention.mention.entity)) continue
    seen.add(mention.mention.entity)
    result.push(`${mention.mention.entity} (${mention.type})`)
  }
  // A pronoun outside quotation marks: its antecedent (`lastPerson`: a subject, no oblique object, of its gender).
  for (let k = from; k < to; k++) {
    const lower = info.parts[k]!.lower
    if (info.inQuote[k] || (lower !== 'er' && lower !== 'sie')) continue
    const person = lastPerson(context.article, { paragraph: info.index, offset: info.parts[k]!.start })
    if (person) result.push(`${info.parts[k]!.text} → ${person} (antecedent)`)
    break
  }
  if (state.last) result.push(`previous speaker: ${state.last.speaker.speaker ?? `unnamed (${state.last.speaker.description ?? '–'})`}`)
  return result
}

/**
 * Find the quotes of an article, paragraph by paragraph and sentence by
 * sentence: gather each sentence's candidates (quotation marks, cue verbs, a
 * `wie` clause, the previous speaker) once, then run the sieves in order; the
 * first exclusive sieve that decides the sentence wins and names the quotes'
 * `attribution`.
 *
 * @param article
 *   Article info.
 * @param options
 *   `explain`: also return why each quote was attributed; `sieves`: another order.
 * @returns
 *   Quotes in text order (and their explanations, in the same order, with `explain`).
 */
export function attributeQuotes(article: ArticleInfo, options: AttributeOptions = {}): { quotes: FoundQuote[]; explanations: QuoteExplanation[] } {
  const sieves = options.sieves ?? quoteSieves
  const found: Found[] = []
  const drafts: Draft[] = []
  const state: State = { last: undefined, serial: 0, pendingColon: undefined }
  // Where the quote of `state.last` starts: the resolver prefers its speaker as the antecedent of a later pronoun or role noun.
  let lastOffset = 0
  setReportedWords(article, drafts)
  for (const info of article.paragraphs) {
    let previousStart = 0
    if (info.heading) {
      state.serial += 2
      continue
    }
    for (const sentence of info.sentences) {
      state.serial++
      // Skip sentences that only continue a quotation opened in an earlier paragraph.
      const previous = drafts.at(-1)
      if (previous && previous.endParagraph === info.index && previous.paragraph < info.index && previous.end >= sentence.start) continue
      setPreviousSpeaker(article, state.last ? { speaker: state.last.speaker.speaker, description: state.last.speaker.description, paragraph: state.last.paragraph, offset: lastOffset } : undefined)
      const context = gatherCandidates(article, info, sentence, state, drafts, previousStart)
      if (context) {
        let decided = false
        for (const sieve of sieves) {
          if (decided && sieve.exclusive) continue
          const decision = sieve.decide(context)
          if (!decision) continue
          if (sieve.exclusive) decided = true
          const candidates = options.explain ? speakerCandidates(context) : []
          for (const draft of decision.quotes) {
            drafts.push(draft)
            const coreference = decision.remember?.speaker === draft.speaker ? decision.remember?.coreference : undefined
            const explanation = options.explain ? { sieve: sieve.name, why: decision.why, resolution: decision.resolution ?? decision.remember?.resolution ?? 'name', candidates, ...(coreference ? { coreference } : {}) } : undefined
            found.push({ quote: { ...draft, attribution: sieve.name }, explanation })
          }
          if (decision.remember && decision.quotes.length > 0) {
            state.last = { speaker: decision.remember, serial: context.serial, paragraph: info.index, via: decision.quotes[0]!.via }
            lastOffset = decision.quotes[0]!.paragraph === info.index ? decision.quotes[0]!.start : 0
          }
        }
      }
      previousStart = sentence.start
      const lastChar = info.text.slice(sentence.start, sentence.end).trimEnd().at(-1)
      state.pendingColon = undefined
      if (lastChar === ':') {
        const [from, to] = partsIn(info, sentence.start, sentence.end)
        const cue = findCues(info, from, to)[0]
        const speaker = cue ? subjectOf(article, info, from, cue, to) : undefined
        if (speaker) state.pendingColon = { speaker, cue: cue!.text }
      }
    }
    if (info.caption) {
      // The caption's speaker is no previous speaker of the body.
      state.last = undefined
      state.pendingColon = undefined
      state.serial += 2
    }
  }
  setPreviousSpeaker(article, undefined)
  setReportedWords(article, undefined)
  found.sort((a, b) => a.quote.paragraph - b.quote.paragraph || a.quote.start - b.quote.start)
  return { quotes: found.map((item) => item.quote), explanations: options.explain ? found.map((item) => item.explanation!) : [] }
}

