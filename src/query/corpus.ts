import { manifest as data } from '../../generated/runtime/manifest.js'
import type { Manifest } from '../schema/manifest.js'
import type { Quote } from './corpus-types.js'
import { allQuotes } from './article-quotes.js'

/**
 * Every quote of the corpus, in corpus order. A real array, built at import
 * from the per-article data (about what one `JSON.parse` of all quotes costs);
 * `quotesBy` and `article.quotes` hand out the same objects.
 */
export const quotes: readonly Quote[] = /* @__PURE__ */ allQuotes()

/** What a pipeline pins: corpus version and per-article content hashes. */
export const manifest = data as Manifest

/** Version of the corpus data; equals the package version. */
export const corpusVersion: string = manifest.corpusVersion
