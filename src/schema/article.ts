import * as v from 'valibot'
import { CorpusDateSchema, DatePrecisionSchema } from './date.js'
import { MentionSchema } from './mention.js'
import { QuoteSchema } from './quote.js'

/** A stable article id: `<date>-<slug>`, lower-case ASCII words joined by hyphens. */
export const ArticleIdSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}(?:-\d{2})?-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected an id `<date>-<slug>` of lower-case ASCII words joined by `-`')
)

/** `original`: the publisher’s headline; `editorial`: written for the corpus because the source has none. */
export const TitleKindSchema = v.picklist(['original', 'editorial'])

/** `source-line`: a date marker in the raw text; `inferred`: worked out from the text (see `dateReason`). */
export const DateSourceSchema = v.picklist(['source-line', 'inferred'])

/** News report, analysis, commentary, or interview (questions and the interviewee's answers). */
export const GenreSchema = v.picklist(['news', 'analysis', 'commentary', 'interview'])

/** A credit found in the text. */
export const CreditSchema = v.strictObject({
  /** `photo` for an image credit, `agency` for an agency or author credit such as `(leg/reuters)`. */
  kind: v.picklist(['photo', 'agency']),
  /** The credit as written, without its label (`picture alliance/dpa/Jussi Nukari`, `leg/reuters`). */
  text: v.pipe(v.string(), v.minLength(1))
})

/** A photo of the article: its caption and credits. */
export const ImageSchema = v.strictObject({
  /** The caption as written, without its credits. */
  caption: v.string(),
  /** The credit text(s) as written, labels included (`Foto: picture alliance/dpa/Jussi Nukari`). */
  credit: v.string()
})

/** Where the source came from. */
export const ProvenanceSchema = v.strictObject({
  /** File name of the raw text the article was imported from. */
  file: v.pipe(v.string(), v.minLength(1)),
  /** SHA-256 of that raw file, lower-case hex. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'Expected 64 lower-case hex digits'))
})

/** The frontmatter of an article source (`corpus/articles/<id>.md`). */
export const FrontmatterSchema = v.strictObject({
  /** Stable id; equals the file name without `.md`. */
  id: ArticleIdSchema,
  /** Headline. */
  title: v.pipe(v.string(), v.minLength(1)),
  /** Whether the headline is the publisher’s or written for the corpus. */
  titleKind: TitleKindSchema,
  /** Publication date, `YYYY-MM-DD` or `YYYY-MM`. */
  date: CorpusDateSchema,
  /** `day` or `month`; must agree with the shape of `date`. */
  datePrecision: DatePrecisionSchema,
  /** How the date is known. */
  dateSource: DateSourceSchema,
  /** One line on how the date is known (`„Am Montag … am 1. November“`). */
  dateReason: v.pipe(v.string(), v.minLength(1)),
  /** BCP 47 language tag of the text. */
  language: v.literal('de'),
  /** News, analysis, commentary or interview. */
  genre: GenreSchema,
  /** Publisher, or `null` where the text does not tell. */
  publisher: v.nullable(v.pipe(v.string(), v.minLength(1))),
  /** Place name of the dateline (`Moskau` in `Moskau - …`), or `null`. */
  dateline: v.nullable(v.pipe(v.string(), v.minLength(1))),
  /** News agencies credited in the text (`Reuters`, `dpa`). */
  agencies: v.array(v.string()),
  /** Photo and agency credits as written. */
  credits: v.array(CreditSchema),
  /** Photo caption and credit, or `null`. */
  image: v.nullable(ImageSchema),
  /** The raw file the article came from. */
  provenance: ProvenanceSchema
})

/** A block of an article as plain text. */
export const ParagraphSchema = v.strictObject({
  /** `caption` for the photo caption (first, when there is one), `heading` for a subheading, `paragraph` for body text. */
  type: v.picklist(['caption', 'heading', 'paragraph']),
  /** Plain text (no Markdown); offsets of mentions and quotes count in it. */
  text: v.string()
})

/** Article metadata: everything but its text and annotations. */
export const ArticleMetaSchema = v.strictObject({
  ...FrontmatterSchema.entries,
  /** SHA-256 of the article’s metadata, text and annotations; changes exactly when one of them changes. */
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** Ids of the entities mentioned, quoted or relaying a quote (`via`), sorted. */
  entityIds: v.array(v.string()),
  /** Number of quotes. */
  quoteCount: v.pipe(v.number(), v.integer(), v.minValue(0))
})

/** A whole article: metadata, text and annotations. */
export const ArticleSchema = v.strictObject({
  ...ArticleMetaSchema.entries,
  /** The body as Markdown (`##` subheadings, paragraphs). */
  markdown: v.string(),
  /** The photo caption and the body as plain text blocks; offsets of mentions and quotes count in them. */
  paragraphs: v.array(ParagraphSchema),
  /** Entity mentions in text order. */
  mentions: v.array(MentionSchema),
  /** Quotes in text order. */
  quotes: v.array(QuoteSchema)
})

/** Article frontmatter as written in a source. */
export type Frontmatter = v.InferOutput<typeof FrontmatterSchema>
/** Article metadata without text. */
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>
/** A whole article. */
export type Article = v.InferOutput<typeof ArticleSchema>
/** A block of plain text. */
export type Paragraph = v.InferOutput<typeof ParagraphSchema>
/** News, analysis, commentary or interview. */
export type Genre = v.InferOutput<typeof GenreSchema>
/** A photo or agency credit. */
export type Credit = v.InferOutput<typeof CreditSchema>
