import * as v from 'valibot'
import { EntityIdSchema } from './entity.js'
import { SpanSchema } from './mention.js'

/** `direct`: words in quotation marks; `indirect`: reported speech; `mixed`: reported speech with a quoted fragment. */
export const QuoteKindSchema = v.picklist(['direct', 'indirect', 'mixed'])

/**
 * Which rule attributed the quote: the name of the extractor's sieve that
 * decided it (docs/extraction.md lists them in order), or `correction` for a
 * speaker set by the article's corrections file.
 */
export const AttributionSchema = v.picklist([
  'quote-cue-after',
  'quote-auxiliary-cue',
  'quote-so',
  'quote-dash',
  'cue-colon-quote',
  'quote-alone',
  'so-phrase',
  'source-phrase',
  'wonach',
  'demnach',
  'es-heisst',
  'wie-clause-first',
  'clause-auxiliary-cue',
  'clause-cue-after',
  'sprechen-von',
  'bezeichnen-als',
  'cue-clause',
  'anaphoric-cue',
  'demand-object',
  'wie-clause',
  'continuation',
  'konjunktiv-after-gap',
  'wording-noun',
  'correction'
])

/** A quotation attributed to a speaker. */
export const QuoteSchema = v.strictObject({
  ...SpanSchema.entries,
  /** Stable id within the corpus: `<articleId>#q<n>`, numbered in text order. */
  id: v.string(),
  /** Paragraph where the quote ends (equals `paragraph` unless it spans paragraphs). */
  endParagraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The quoted words without quotation marks; for indirect and mixed quotes, the reported clause. */
  text: v.string(),
  /** Direct, indirect or mixed. */
  kind: QuoteKindSchema,
  /** Entity id of the speaker, or `null` for unnamed sources. */
  speaker: v.nullable(EntityIdSchema),
  /** Who the text says is speaking when the source is unnamed (`aus Nato-Kreisen`), else `null`. */
  description: v.nullable(v.string()),
  /** Entity that relays the quote (`TASS` in `sagte Grushko laut TASS`), or `null`. */
  via: v.nullable(EntityIdSchema),
  /** The speech verb or source phrase (`sagte`, `laut`, `zufolge`), or `null`. */
  cue: v.nullable(v.string()),
  /** Which sieve of the extractor attributed it (or `correction`). */
  attribution: AttributionSchema,
  /** The extractor’s confidence in the attribution, 0–1. */
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1))
})

/** Direct, indirect or mixed. */
export type QuoteKind = v.InferOutput<typeof QuoteKindSchema>
/** Which rule attributed a quote. */
export type Attribution = v.InferOutput<typeof AttributionSchema>
/** A quotation. */
export type Quote = v.InferOutput<typeof QuoteSchema>
