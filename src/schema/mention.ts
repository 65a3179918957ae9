import * as v from 'valibot'
import { EntityIdSchema } from './entity.js'

/** Where a span of text sits: the article, its paragraph and character offsets in that paragraph’s plain text. */
export const SpanSchema = v.strictObject({
  /** Id of the article. */
  articleId: v.string(),
  /** Index into the article’s `paragraphs` (headings count as paragraphs). */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Offset of the first character in `paragraphs[paragraph].text` (UTF-16 code units). */
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Offset after the last character, in the paragraph `endParagraph`. */
  end: v.pipe(v.number(), v.integer(), v.minValue(0))
})

/** One occurrence of an entity’s name in an article. */
export const MentionSchema = v.strictObject({
  ...SpanSchema.entries,
  /** The entity mentioned. */
  entity: EntityIdSchema,
  /** The text as written (`Stoltenbergs`, `Nato`, `Grushko`); equals `paragraphs[paragraph].text.slice(start, end)`. */
  text: v.string(),
  /** A role the text gives with the name (`Vize-Außenminister`), or `null`. */
  role: v.nullable(v.string())
})

/** A mention of an entity in an article. */
export type Mention = v.InferOutput<typeof MentionSchema>
/** A position in an article. */
export type Span = v.InferOutput<typeof SpanSchema>
