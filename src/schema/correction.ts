import * as v from 'valibot'
import { EntityIdSchema } from './entity.js'
import { QuoteKindSchema } from './quote.js'
import { ReviewSchema } from './review.js'

/** Index of a paragraph in the article’s `paragraphs` (headings count), to narrow where a correction applies. */
const ParagraphIndexSchema = v.pipe(v.number(), v.integer(), v.minValue(0))

/** Text as it stands in the article: one line, not empty. */
const TextSchema = v.pipe(v.string(), v.minLength(1), v.regex(/^[^\n]*$/, 'Expected text on one line'))

/** Removes every mention whose text equals `text` (and, when given, whose entity and paragraph match). */
export const RemoveMentionSchema = v.strictObject({
  /** The mention as written in the article (`Nato-Kreisen`). */
  text: TextSchema,
  /** Only mentions of this entity. */
  entity: v.optional(EntityIdSchema),
  /** Only mentions in this paragraph. */
  paragraph: v.optional(ParagraphIndexSchema)
})

/** Adds a mention of `entity` at every occurrence of `text` (in `paragraph` when given) that has none yet. */
export const AddMentionSchema = v.strictObject({
  /** The words as written in the article (`Alexej Nawalny`). */
  text: TextSchema,
  /** Registry id of the entity mentioned. */
  entity: EntityIdSchema,
  /** Only in this paragraph. */
  paragraph: v.optional(ParagraphIndexSchema),
  /** A role the text gives with the name (`Kremlkritiker`). */
  role: v.optional(v.nullable(v.string()), null)
})

/** Removes every quote whose text contains `text`. */
export const RemoveQuoteSchema = v.strictObject({
  /** A part of the quote as written, long enough to be unique. */
  text: TextSchema
})

/** Adds a quote: `text` as written in one paragraph, with its speaker. */
export const AddQuoteSchema = v.strictObject({
  /** The quoted words as written (without quotation marks). */
  text: TextSchema,
  /** Registry id of the speaker, or `null` for an unnamed source. */
  speaker: v.nullable(EntityIdSchema),
  /** Direct (default), indirect or mixed. */
  kind: v.optional(QuoteKindSchema, 'direct'),
  /** The speech verb or source phrase (`sagte`, `laut`), if any. */
  cue: v.optional(v.nullable(v.string()), null),
  /** Who speaks when the source is unnamed (`aus Nato-Kreisen`). */
  description: v.optional(v.nullable(v.string()), null),
  /** Only in this paragraph (the first occurrence is used). */
  paragraph: v.optional(ParagraphIndexSchema)
})

/** Sets the speaker of every quote whose text contains `text`. */
export const SetSpeakerSchema = v.strictObject({
  /** A part of the quote as written, long enough to be unique. */
  text: TextSchema,
  /** Registry id of the right speaker, or `null` for an unnamed source. */
  speaker: v.nullable(EntityIdSchema)
})

/**
 * Corrections of the extractor’s output for one article
 * (`corpus/articles/<id>.corrections.yaml`), applied after every extraction.
 */
export const CorrectionsSchema = v.strictObject({
  /** Mentions the extractor found wrongly. */
  removeMentions: v.optional(v.array(RemoveMentionSchema), []),
  /** Mentions the extractor missed. */
  addMentions: v.optional(v.array(AddMentionSchema), []),
  /** Quotes the extractor found wrongly. */
  removeQuotes: v.optional(v.array(RemoveQuoteSchema), []),
  /** Quotes the extractor missed. */
  addQuotes: v.optional(v.array(AddQuoteSchema), []),
  /** Quotes whose speaker the extractor got wrong. */
  setSpeakers: v.optional(v.array(SetSpeakerSchema), []),
  /** The last hand review of the article's annotations (with these corrections applied). */
  review: v.optional(ReviewSchema)
})

/** Corrections of one article. */
export type Corrections = v.InferOutput<typeof CorrectionsSchema>
