import type { Article } from '../../schema/article.js'
import { reportWarning } from '../diagnostics.js'
import type { LoadedCorrections } from './load-corrections.js'

/** Local ids (`q1`, …) of an article's quotes, in order. */
export function localQuoteIds(article: Pick<Article, 'quotes'>): string[] {
  return article.quotes.map((quote) => quote.id.slice(quote.id.lastIndexOf('#') + 1))
}

/**
 * Warn (`review-outdated`) when an article's quotes changed since its recorded
 * review: the review was of another extractor version, or the quote ids it
 * lists differ from the article's. The warning sits on the `review` field that
 * differs and its note gives the values to record after reading the article again.
 *
 * @param loaded
 *   The article's corrections file, with its `review`.
 * @param article
 *   The article as compiled (corrections applied).
 * @param extractorVersion
 *   Version of the extractor that produced `article`.
 * @returns
 *   Whether the review still describes the article (`true` without a review: nothing is outdated).
 * @example
 *   checkReview(loaded, article, extractorVersion) // warns on loaded.file when outdated
 */
export function checkReview(loaded: LoadedCorrections, article: Pick<Article, 'quotes'>, extractorVersion: string): boolean {
  const review = loaded.corrections?.review
  if (!review) return true
  const ids = localQuoteIds(article)
  const note = `Read the article's quotes and mentions again (\`korpus extract --explain\`, \`korpus review\`), then record it:\nreview:\n  reviewer: ${review.reviewer}\n  date: YYYY-MM-DD\n  checked: [${review.checked.join(', ')}]\n  extractorVersion: ${extractorVersion}\n  quotes: [${ids.join(', ')}]`
  let current = true
  if (review.extractorVersion !== extractorVersion) {
    current = false
    reportWarning(loaded.file, `Unexpected review of extractor \`${review.extractorVersion}\` output, expected a review of the current extractor \`${extractorVersion}\`: the quotes may have changed since ${review.date}`, 'review-outdated', {
      place: loaded.yaml.placeOf(['review', 'extractorVersion']),
      actual: review.extractorVersion,
      expected: [extractorVersion],
      note
    })
  }
  const reviewed = new Set(review.quotes)
  const added = ids.filter((id) => !reviewed.has(id))
  const gone = review.quotes.filter((id) => !ids.includes(id))
  if (added.length > 0 || gone.length > 0) {
    current = false
    const change = [added.length > 0 ? `${list(added)} not reviewed` : '', gone.length > 0 ? `${list(gone)} gone` : ''].filter(Boolean).join(', ')
    reportWarning(loaded.file, `Unexpected quotes since the review of ${review.date} (${change}), expected the ${review.quotes.length} reviewed quotes`, 'review-outdated', {
      place: loaded.yaml.placeOf(['review', 'quotes']),
      actual: ids.join(', '),
      expected: [review.quotes.join(', ')],
      note
    })
  }
  return current
}

function list(ids: readonly string[]): string {
  return ids.map((id) => `\`${id}\``).join(', ')
}
