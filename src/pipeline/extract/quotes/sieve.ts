import type { Attribution } from '../../../schema/quote.js'
import type { ArticleInfo, ParagraphInfo } from './context.js'
import type { CueHit } from './cues.js'
import type { Draft } from './clause.js'
import type { Speaker } from './speaker.js'

/** What the loop carries from sentence to sentence. */
export interface State {
  /** The speaker of the last quote, with the sentence number and paragraph where it stood. */
  last: { speaker: Speaker; serial: number; paragraph: number; via: string | null } | undefined
  /** Sentence number, counted over the article (headings and the caption count two). */
  serial: number
  /** The speaker of a sentence that ended with a colon after a cue (`Lawrow sagte:`), for a quotation after it. */
  pendingColon: { speaker: Speaker; cue: string | null } | undefined
}

/** A quotation mark span that starts in the sentence, with what stands around it. */
export interface QuoteCandidate {
  readonly mark: ParagraphInfo['marks'][number]
  /** The quoted words without quotation marks (over paragraphs). */
  readonly inner: string
  readonly words: number
  /** Sentence text before the opening mark. */
  readonly beforeText: string
  /** Sentence text after the closing mark (empty when the span ends in a later paragraph). */
  readonly afterText: string
  /** First part after the closing mark. */
  readonly afterFrom: number
  /** Whether it quotes words rather than naming a term: four words or more, a final `.!?`, or a short quotation followed by `, cue`. */
  readonly substantial: boolean
}

/** A trailing `…, wie X mitteilte` clause of the sentence. */
export interface WieClause {
  readonly speaker: Speaker | undefined
  readonly cue: string | null
  /** Whether the cue ends the `wie` clause (so the clause before it is X's in any mood). */
  readonly closing: boolean
  /** Offset of the comma before `wie`: where the reported clause ends. */
  readonly clauseEnd: number
}

/** Everything a sieve sees of one sentence: the candidates, gathered once. */
export interface SentenceContext {
  readonly article: ArticleInfo
  readonly info: ParagraphInfo
  readonly sentence: { readonly start: number; readonly end: number }
  /** Parts `[from, to)` of the sentence. */
  readonly from: number
  readonly to: number
  readonly state: State
  readonly serial: number
  /** The last speaker when the previous sentence had a quote. */
  readonly continuing: State['last']
  /** Quote candidates: quotation marks that start in the sentence. */
  readonly candidates: readonly QuoteCandidate[]
  /** Cue verbs outside quotation marks, in text order. */
  readonly cues: readonly CueHit[]
  /** A trailing `wie X sagte` clause, if any. */
  readonly wie: WieClause | undefined
  /** End of the sentence's last part. */
  readonly sentenceEnd: number
  /** End of the reported clause: before a trailing `wie` clause, else `sentenceEnd`. */
  readonly clauseEnd: number
  /** Quotes found so far in the article. */
  readonly quotes: readonly Draft[]
  /** Start of the previous sentence of the paragraph (0 for the first). */
  readonly previousStart: number
}

/** What a sieve decided for a sentence. */
export interface Decision {
  /** The quotes it found; empty means “this sentence is decided and has no quote”. */
  readonly quotes: readonly Draft[]
  /** The speaker to keep as the last one (for continuations), or `undefined` to keep the previous one. */
  readonly remember?: Speaker
  /** How the speaker phrase was resolved, when it differs from `remember`'s. */
  readonly resolution?: Speaker['resolution']
  /** Why: the evidence, in a few words. */
  readonly why: string
}

/** One rule of attribution: a name, what it decides, and the function that decides. */
export interface QuoteSieve {
  /** Stable kebab-case name; shipped as the quote's `attribution`. */
  readonly name: SieveName
  /** What the sieve decides, in one sentence (printed by `korpus extract --explain`). */
  readonly doc: string
  /** `false` for a sieve that adds quotes after the deciding one (it runs on every sentence). */
  readonly exclusive: boolean
  readonly decide: (context: SentenceContext) => Decision | undefined
}

/** Names of the sieves (the `attribution` values the extractor ships, besides `correction`). */
export type SieveName = Exclude<Attribution, 'correction'>
