import { partitionPoint } from '../../../internal/partition-point.js'
import type { Genre } from '../../../schema/article.js'
import type { Entity } from '../../../schema/entity.js'
import type { Mention } from '../../../schema/mention.js'
import type { QuoteMarkSpan } from '../normalize-quotes.js'
import type { Sentence } from '../sentences.js'
import type { Part } from '../tokens.js'

/** A mention with the part indices it covers. */
export interface PartMention {
  readonly mention: Mention
  readonly type: Entity['type']
  readonly first: number
  readonly last: number
  /** Whether it stands inside quotation marks. */
  readonly inQuote: boolean
}

/** Everything the quote rules know about one paragraph. */
export interface ParagraphInfo {
  readonly index: number
  readonly text: string
  readonly heading: boolean
  /** Whether it is the photo caption (its speakers and names do not carry over into the body). */
  readonly caption: boolean
  readonly parts: readonly Part[]
  readonly mentions: readonly PartMention[]
  /** Quotation spans, clipped to this paragraph: `[open, close)` offsets and the span. */
  readonly marks: ReadonlyArray<{ readonly open: number; readonly close: number; readonly span: QuoteMarkSpan }>
  readonly sentences: readonly Sentence[]
  /** For each part: whether it is inside quotation marks. */
  readonly inQuote: readonly boolean[]
}

/** Entities by id. */
export type EntityLookup = Pick<ReadonlyMap<string, Entity>, 'get'>

/** The article as the quote rules see it. */
export interface ArticleInfo {
  readonly paragraphs: readonly ParagraphInfo[]
  /** Registry, gazetteer and discovered entities. */
  readonly entities: EntityLookup
  /** The frontmatter's genre, if known (`interview`: see `quotes/dialogue.ts`). */
  readonly genre?: Genre | undefined
}

/**
 * The mentions of a paragraph that start in parts `[from, to)`, by binary
 * search (mentions are in text order).
 *
 * @param info
 *   The paragraph.
 * @param from
 *   First part.
 * @param to
 *   Part after the last.
 * @returns
 *   Those mentions.
 */
export function mentionsIn(info: ParagraphInfo, from: number, to: number): PartMention[] {
  const low = partitionPoint(info.mentions.length, (index) => info.mentions[index]!.first < from)
  const result: PartMention[] = []
  for (let m = low; m < info.mentions.length && info.mentions[m]!.first < to; m++) result.push(info.mentions[m]!)
  return result
}

/**
 * The quotation spans of a paragraph that overlap `[start, end)`, by binary
 * search (spans are outermost only, so in text order by both ends).
 *
 * @param info
 *   The paragraph.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Those spans.
 */
export function marksOverlapping(info: ParagraphInfo, start: number, end: number): Array<ParagraphInfo['marks'][number]> {
  const low = partitionPoint(info.marks.length, (index) => info.marks[index]!.close <= start)
  const result: Array<ParagraphInfo['marks'][number]> = []
  for (let m = low; m < info.marks.length && info.marks[m]!.open < end; m++) result.push(info.marks[m]!)
  return result
}
