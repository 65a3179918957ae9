import { manifest as data } from '../../generated/runtime/manifest.js'
import { quotes as all } from '../../generated/runtime/quotes.js'
import type { Manifest } from '../schema/manifest.js'
import type { Quote } from '../schema/quote.js'

/** Every quote of the corpus, in corpus order. */
export const quotes = all as readonly Quote[]

/** What a pipeline pins: corpus version and per-article content hashes. */
export const manifest = data as Manifest

/** Version of the corpus data; equals the package version. */
export const corpusVersion: string = manifest.corpusVersion
