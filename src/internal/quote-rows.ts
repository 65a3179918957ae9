import type { PublishedQuote } from '../schema/quote.js'

/**
 * One quote as the data module stores it: `[paragraph, start, end, id,
 * endParagraph, text, spans, kind, speaker, description, via, cue,
 * attribution, confidence]`, without the article id (the same for all quotes
 * of an article, which the module keys them by) and without the field names.
 * `id` is the number `n` when the quote's id is `<articleId>#q<n>` (as the
 * build numbers them), else the id itself; `spans` is flat, `[paragraph,
 * start, end, …]`. A third of the size of the quote object in JSON, so the
 * module is read faster at import and its source takes less memory. The build
 * writes rows (`quoteRow`), the runtime turns them back into quotes
 * (`quoteFromRow`).
 */
export type QuoteRow = [
  paragraph: number,
  start: number,
  end: number,
  id: number | string,
  endParagraph: number,
  text: string,
  spans: number[],
  kind: PublishedQuote['kind'],
  speaker: string | null,
  description: string | null,
  via: string | null,
  cue: string | null,
  attribution: PublishedQuote['attribution'],
  confidence: number
]

/** The number `n` of a quote id `<articleId>#q<n>`, or `undefined` for an id of another form. */
function quoteNumber(articleId: string, id: string): number | undefined {
  const prefix = `${articleId}#q`
  if (!id.startsWith(prefix)) return undefined
  const n = Number(id.slice(prefix.length))
  // Only when the number writes back as the same text (`#q01` stays a string).
  return Number.isSafeInteger(n) && `${prefix}${n}` === id ? n : undefined
}

/**
 * The row of a quote.
 *
 * @param quote
 *   A quote as the corpus ships it.
 * @returns
 *   Its row.
 */
export function quoteRow(quote: PublishedQuote): QuoteRow {
  return [
    quote.paragraph,
    quote.start,
    quote.end,
    quoteNumber(quote.articleId, quote.id) ?? quote.id,
    quote.endParagraph,
    quote.text,
    quote.spans.flatMap((span) => [span.paragraph, span.start, span.end]),
    quote.kind,
    quote.speaker,
    quote.description,
    quote.via,
    quote.cue,
    quote.attribution,
    quote.confidence
  ]
}

/**
 * The quote a row stands for.
 *
 * @param articleId
 *   Id of the article the row belongs to.
 * @param row
 *   A row from `quoteRow`.
 * @returns
 *   The quote, its fields in schema order.
 */
export function quoteFromRow(articleId: string, row: QuoteRow): PublishedQuote {
  const [paragraph, start, end, id, endParagraph, text, flat, kind, speaker, description, via, cue, attribution, confidence] = row
  const spans: PublishedQuote['spans'] = []
  for (let index = 0; index + 2 < flat.length; index += 3) spans.push({ paragraph: flat[index]!, start: flat[index + 1]!, end: flat[index + 2]! })
  return {
    articleId,
    paragraph,
    start,
    end,
    id: typeof id === 'number' ? `${articleId}#q${id}` : id,
    endParagraph,
    text,
    spans,
    kind,
    speaker,
    description,
    via,
    cue,
    attribution,
    confidence
  }
}
