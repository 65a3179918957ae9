import type { QuoteKind } from '../schema/quote.js'
import type { Quote } from './corpus-types.js'
import { allQuotes } from './article-quotes.js'
import { describeValue } from './describe-value.js'
import { type ActorQuery, resolveActor } from './resolve-actor.js'

const kinds: readonly string[] = ['direct', 'indirect', 'mixed'] satisfies readonly QuoteKind[]

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
 *   Quotes with `text`, `spans`, `speaker`, `articleId`, `kind`, `paragraph`,
 *   `start`, `end`; empty for an unknown actor.
 * @throws
 *   `TypeError` when `actor` is not a string, `options` not an object, or
 *   `options.kind` not `'direct'`, `'indirect'` or `'mixed'`.
 * @example
 *   quotesBy('Stoltenberg', { kind: 'direct' }).map((quote) => quote.text)
 */
export function quotesBy(actor: ActorQuery, options: QuotesByOptions = {}): readonly Quote[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Unexpected options ${describeValue(options)}, expected \`{ kind? }\``)
  }
  const other = Object.keys(options).find((key) => key !== 'kind')
  if (other !== undefined) throw new TypeError(`Unexpected option \`${other}\`, expected only \`kind\``)
  if (options.kind !== undefined && !kinds.includes(options.kind)) {
    throw new TypeError(`Unexpected quote kind ${describeValue(options.kind)}, expected \`'direct'\`, \`'indirect'\` or \`'mixed'\``)
  }
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
