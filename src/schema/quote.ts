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
  'interview-answer',
  'speaker-label',
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
  'cue-noun',
  'clause-auxiliary-cue',
  'clause-cue-after',
  'sprechen-von',
  'bezeichnen-als',
  'passive-cue',
  'cue-clause',
  'anaphoric-cue',
  'demand-object',
  'speech-act',
  'wie-clause',
  'continuation',
  'konjunktiv-after-gap',
  'konjunktiv-after-subject',
  'wording-noun',
  'correction'
])

/** A slice of an article's text that a quote comes from: `paragraphs[paragraph].text.slice(start, end)`. */
export const QuoteSpanSchema = v.strictObject({
  /** Index into the article’s `paragraphs`. */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Offset of the first character (UTF-16 code units). */
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Offset after the last character. */
  end: v.pipe(v.number(), v.integer(), v.minValue(0))
})

/**
 * A quote as the extractor and the corrections attribute it, before the build
 * aligns its text to the source: `QuoteSchema` without `spans`.
 */
export const AttributedQuoteSchema = v.strictObject({
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

const { text, ...rest } = AttributedQuoteSchema.entries
const { articleId, paragraph, start, end, id, endParagraph, ...attributed } = rest

/** A quotation attributed to a speaker, as the corpus ships it. */
export const QuoteSchema = v.strictObject({
  articleId,
  paragraph,
  start,
  end,
  id,
  endParagraph,
  /**
   * The words of the source, quotation marks stripped at the ends of each span:
   * exactly the slices of `spans` joined with a space. For indirect and mixed
   * quotes, the reported clause.
   */
  text,
  /**
   * Where the text comes from, in text order: slices of the paragraphs whose
   * text, joined with a space, is `text`. More than one when the quote is
   * split (`„…“, sagte X, „…“`), leaves words out or runs over paragraphs.
   */
  spans: v.array(QuoteSpanSchema),
  ...attributed
})

/** Direct, indirect or mixed. */
export type QuoteKind = v.InferOutput<typeof QuoteKindSchema>
/** Which rule attributed a quote. */
export type Attribution = v.InferOutput<typeof AttributionSchema>
/** Where a quote’s text comes from. */
export type QuoteSpan = v.InferOutput<typeof QuoteSpanSchema>
/** A quote as the corpus ships it, with `spans` (exported by the package as `Quote`). */
export type PublishedQuote = v.InferOutput<typeof QuoteSchema>
/** A quote before the build aligns it to the source (extractor, corrections): no `spans`. */
export type AttributedQuote = v.InferOutput<typeof AttributedQuoteSchema>
