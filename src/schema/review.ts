import * as v from 'valibot'
import { DaySchema } from './date.js'

/** What a review checked: `quotes` (text and extent), `speakers` (speaker, cue, description), `mentions` (which words name which entity), `spans` (offsets slice the text). */
export const ReviewCheckSchema = v.picklist(['quotes', 'speakers', 'mentions', 'spans'])

/** Local id of a quote in its article: `q1` for `<article>#q1`. */
export const LocalQuoteIdSchema = v.pipe(v.string(), v.regex(/^q[1-9]\d*$/, 'Expected a quote id `q<n>` (the part after `#` of `<article>#q<n>`)'))

/**
 * A hand review of one article's annotations against its text: who read what,
 * when, and against which output of the extractor. Written in the article's
 * corrections file (`review:`), shipped in the manifest (`reviews`).
 */
export const ReviewSchema = v.strictObject({
  /** Who reviewed (a name, or a group such as `maintainers (session 2026-12-03)`). */
  reviewer: v.pipe(v.string(), v.minLength(1), v.regex(/^[^\n]*$/, 'Expected the reviewer on one line')),
  /** When, `YYYY-MM-DD` (a real calendar date). */
  date: DaySchema,
  /** What was read against the text. */
  checked: v.pipe(v.array(ReviewCheckSchema), v.minLength(1, 'Expected at least one of `quotes`, `speakers`, `mentions`, `spans`')),
  /** `extractorVersion` of the extractor whose output (with the corrections applied) was reviewed. */
  extractorVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'Expected a version `MAJOR.MINOR.PATCH`')),
  /** The quotes as reviewed, by local id (`q1`, `q2`, …); `korpus check` warns when the article's quotes differ. */
  quotes: v.array(LocalQuoteIdSchema),
  /** Anything a later reviewer should know (what was corrected, what was left as it is and why). */
  notes: v.optional(v.pipe(v.string(), v.minLength(1)))
})

/** A hand review of one article. */
export type Review = v.InferOutput<typeof ReviewSchema>
/** What a review checked. */
export type ReviewCheck = v.InferOutput<typeof ReviewCheckSchema>
