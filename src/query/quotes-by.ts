import type { QuoteKind } from '../schema/quote.js'
import type { Quote } from './corpus-types.js'
import { allQuotes } from './article-quotes.js'
import { type ActorQuery, resolveActor } from './resolve-actor.js'

/** Options of `quotesBy`. */
export interface QuotesByOptions {
  /** Only quotes of this kind (default: all kinds). */
  readonly kind?: QuoteKind | undefined
}

let index: Map<string, Quote[]> | undefined

/**
 * The quotes attributed to an actor, in corpus order (article date, then
 * position in the article).
 *
 * @param actor
 *   Entity id, Wikidata id, or any name or alias (`'Stoltenberg'`).
 * @param options
 *   Filter by `kind` (default: all).
 * @returns
 *   Quotes with `text`, `speaker`, `articleId`, `kind`, `paragraph`, `start`,
 *   `end`; empty for an unknown actor.
 * @example
 *   quotesBy('Stoltenberg', { kind: 'direct' }).map((quote) => quote.text)
 */
export function quotesBy(actor: ActorQuery, options: QuotesByOptions = {}): readonly Quote[] {
  const ids = resolveActor(actor)
  if (ids.length === 0) return []
  const quotes = allQuotes()
  if (!index) {
    index = new Map()
    for (const quote of quotes) {
      if (quote.speaker === null) continue
      const list = index.get(quote.speaker)
      if (list) list.push(quote)
      else index.set(quote.speaker, [quote])
    }
  }
  const found = ids.length === 1 ? (index.get(ids[0]!) ?? []) : quotes.filter((quote) => quote.speaker !== null && ids.includes(quote.speaker as never))
  return options.kind ? found.filter((quote) => quote.kind === options.kind) : [...found]
}
