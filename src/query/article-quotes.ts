import { catalog as catalogData } from '../../generated/runtime/catalog.js'
import { quotesOf } from '../../generated/runtime/quotes.js'
import type { ArticleMeta } from './corpus-types.js'
import type { Quote } from './corpus-types.js'
import { quoteFromRow, type QuoteRow } from '../internal/quote-rows.js'

// The data module holds one JSON string per article (V8 loads many medium
// string literals far faster than one huge one). This module parses them:
// one article's quotes when only that article is read, all of them, once,
// for the full list. Both hand out the same objects.

const catalog = catalogData as readonly ArticleMeta[]
const parsed = new Map<string, readonly Quote[]>()
let all: readonly Quote[] | undefined

/**
 * The quotes of one article, parsed on first read and kept.
 *
 * @param id
 *   Article id.
 * @returns
 *   Its quotes in text order; empty for an article without quotes or an unknown id.
 */
export function quotesOfArticle(id: string): readonly Quote[] {
  let list = parsed.get(id)
  if (!list) {
    const json = quotesOf(id)
    // Articles without quotes are not in the data module; like before, each read gets a new empty array.
    if (json === undefined) return []
    list = (JSON.parse(json) as QuoteRow[]).map((row) => quoteFromRow(id, row) as Quote)
    parsed.set(id, list)
  }
  return list
}

/**
 * Every quote of the corpus in corpus order (the articles in catalog order,
 * each one's quotes in text order), built on first call and kept.
 *
 * @returns
 *   The one shared list.
 */
export function allQuotes(): readonly Quote[] {
  if (!all) {
    const list: Quote[] = []
    for (const article of catalog) for (const quote of quotesOfArticle(article.id)) list.push(quote)
    all = list
  }
  return all
}
