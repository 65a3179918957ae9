import type { Paragraph } from '../../schema/article.js'
import type { Corrections } from '../../schema/correction.js'
import type { EntityType } from '../../schema/entity.js'
import type { Mention } from '../../schema/mention.js'
import type { AttributedQuote as Quote } from '../../schema/quote.js'

/** An entity as the review page names it. */
export interface ReviewEntity {
  /** Entity id (registry or provisional). */
  readonly id: string
  /** Canonical name. */
  readonly name: string
  /** Person, organization or place. */
  readonly type: EntityType
  /** Wikidata item id, or `null`. */
  readonly wikidata: string | null
  /** `true` for an entity the extractor found that the registry does not list: a registry candidate. */
  readonly provisional: boolean
}

/** Everything a review page shows of one article. */
export interface ReviewArticle {
  /** Article id (`<date>-<slug>`), or an id made from the file name for a text not yet in the corpus. */
  readonly id: string
  /** Headline, or the file name when there is none yet. */
  readonly title: string
  /** Date (`YYYY-MM-DD` or `YYYY-MM`), or `null` when not known yet. */
  readonly date: string | null
  /** Publisher, or `null`. */
  readonly publisher: string | null
  /** The file it comes from, relative to the project. */
  readonly source: string
  /** `corpus`: as the build compiles it (corrections applied); `draft`: extracted on its own (a Markdown source or raw text not in the corpus). */
  readonly status: 'corpus' | 'draft'
  /** Plain-text blocks; offsets count in them. */
  readonly paragraphs: readonly Paragraph[]
  /** Mentions in text order. */
  readonly mentions: readonly Mention[]
  /** Quotes in text order. */
  readonly quotes: readonly Quote[]
  /** The entities mentioned or quoted, by id. */
  readonly entities: ReadonlyMap<string, ReviewEntity>
  /** The corrections file of the article (`<id>.corrections.yaml`) and what it says, when there is one. */
  readonly corrections?: { readonly path: string; readonly corrections: Corrections | undefined } | undefined
  /** Notes for the reader (why an article was extracted on its own, …). */
  readonly notes: readonly string[]
}

/** Whether a mention was added by the article's corrections (`addMentions`). */
export function addedByCorrection(mention: Mention, corrections: Corrections | undefined): boolean {
  return (corrections?.addMentions ?? []).some(
    (added) => added.text === mention.text && added.entity === mention.entity && (added.paragraph === undefined || added.paragraph === mention.paragraph)
  )
}
