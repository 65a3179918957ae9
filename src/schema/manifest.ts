import * as v from 'valibot'
import { ReviewSchema } from './review.js'

/** What a pipeline pins: the corpus version and a content hash per article. */
export const ManifestSchema = v.strictObject({
  /** Version of the corpus data; equals the package version. */
  corpusVersion: v.string(),
  /** Version of the npm package that ships this data (the same as `corpusVersion`). */
  packageVersion: v.string(),
  /** Hash of each article’s metadata, text and annotations, by article id. */
  articles: v.record(v.string(), v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
  /** SHA-256 of the entity list. */
  entities: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The last hand review of each reviewed article, by article id (from its corrections file); an article without one is not listed. */
  reviews: v.record(v.string(), ReviewSchema)
})

/** The corpus manifest. */
export type Manifest = v.InferOutput<typeof ManifestSchema>
