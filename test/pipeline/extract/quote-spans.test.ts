import { describe, expect, it } from 'vitest'
import { quoteSpans, type QuoteRegion } from '../../../src/pipeline/extract/quote-spans.js'
import type { Paragraph } from '../../../src/schema/article.js'

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text) => ({ type: 'paragraph', text }))

/** A region over `[from, to)` of one paragraph, found by its first and last words. */
function region(text: string, from: string, to: string, quoteText: string, paragraph = 0): QuoteRegion {
  const start = text.indexOf(from)
  const end = text.lastIndexOf(to) + to.length
  return { articleId: 'artikel-a', id: 'artikel-a#q1', paragraph, start, endParagraph: paragraph, end, text: quoteText }
}

/** The slices of the spans, joined with a space. */
function sliced(source: readonly Paragraph[], spans: ReadonlyArray<{ paragraph: number; start: number; end: number }>): string {
  return spans.map((span) => source[span.paragraph]!.text.slice(span.start, span.end)).join(' ')
}

describe('quoteSpans', () => {
  it('keeps one span for a quote that is a slice of its paragraph', () => {
    const text = 'Der Minister sagte, die Gespräche seien offen und ehrlich gewesen.'
    const source = paragraphs(text)
    const aligned = quoteSpans(source, region(text, 'die', 'gewesen', 'die Gespräche seien offen und ehrlich gewesen'))
    expect(aligned.spans).toEqual([{ paragraph: 0, start: 20, end: 65 }])
    expect(aligned.text).toBe('die Gespräche seien offen und ehrlich gewesen')
  })

  it('splits a quote around the `sagte X` the text leaves out', () => {
    const text = '„Wir bleiben bereit“, sagte die Sprecherin, „aber nicht um jeden Preis.“'
    const source = paragraphs(text)
    const aligned = quoteSpans(source, region(text, 'Wir', 'Preis.', 'Wir bleiben bereit aber nicht um jeden Preis'))
    expect(aligned.spans).toEqual([
      { paragraph: 0, start: 1, end: 19 },
      { paragraph: 0, start: 45, end: 71 }
    ])
    expect(aligned.text).toBe('Wir bleiben bereit aber nicht um jeden Preis.')
    expect(sliced(source, aligned.spans)).toBe(aligned.text)
  })

  it('keeps the inner quotation marks of a mixed quote and strips those at the ends', () => {
    const text = 'Moskau nannte die Vorschläge »völlig unannehmbar« und »einseitig«.'
    const source = paragraphs(text)
    const aligned = quoteSpans(source, region(text, 'die', 'einseitig«', 'die Vorschläge völlig unannehmbar und einseitig'))
    expect(aligned.text).toBe('die Vorschläge »völlig unannehmbar« und »einseitig«')
    expect(sliced(source, aligned.spans)).toBe(aligned.text)
  })

  it('strips the marks of a quote that is all in quotation marks', () => {
    const text = 'Sie sagte: "Das ist erst der Anfang." Dann ging sie.'
    const aligned = quoteSpans(paragraphs(text), region(text, '"Das', 'Anfang."', 'Das ist erst der Anfang'))
    expect(aligned.text).toBe('Das ist erst der Anfang.')
  })

  it('keeps the final period the extractor dropped when the region runs to it', () => {
    const text = 'Ein Diplomat sprach von einem „vorsichtigen Anfang.“'
    const source = paragraphs(text)
    const aligned = quoteSpans(source, region(text, 'einem', 'Anfang.“', 'einem vorsichtigen Anfang'))
    expect(aligned.text).toBe('einem „vorsichtigen Anfang.“')
  })

  it('takes the closing mark right after a region that ends inside quoted words', () => {
    const text = 'Der Sprecher nannte das Treffen „nützlich“ und ging.'
    const source = paragraphs(text)
    const aligned = quoteSpans(source, region(text, 'das', 'nützlich', 'das Treffen nützlich'))
    expect(aligned.text).toBe('das Treffen „nützlich“')
    expect(sliced(source, aligned.spans)).toBe(aligned.text)
  })

  it('gives a span per paragraph for a quote over two paragraphs', () => {
    const first = 'Die Ministerin sagte: „Wir haben lange verhandelt.'
    const second = '„Am Ende stand ein Kompromiss.“ So endete der Abend.'
    const source = paragraphs('Titelzeile', first, second)
    const quote: QuoteRegion = {
      articleId: 'artikel-a',
      id: 'artikel-a#q2',
      paragraph: 1,
      start: first.indexOf('Wir'),
      endParagraph: 2,
      end: second.indexOf('.“') + 1,
      text: 'Wir haben lange verhandelt. Am Ende stand ein Kompromiss.'
    }
    const aligned = quoteSpans(source, quote)
    expect(aligned.spans).toEqual([
      { paragraph: 1, start: first.indexOf('Wir'), end: first.length },
      { paragraph: 2, start: 1, end: second.indexOf('.“') + 1 }
    ])
    expect(aligned.text).toBe('Wir haben lange verhandelt. Am Ende stand ein Kompromiss.')
  })

  it('gives the identity for a text that is every word of its region, however long and repetitive', () => {
    // An interview answer over three paragraphs of 4,500 words each: one span per paragraph.
    const long = 'Wir warten ab. '.repeat(1500).trim()
    const source = paragraphs('Frage: Und nun?', long, long, `${long} Ende.`)
    const text = `${long} ${long} ${long} Ende.`
    const aligned = quoteSpans(source, { articleId: 'artikel-a', id: 'artikel-a#q3', paragraph: 1, start: 0, endParagraph: 3, end: long.length + 6, text })
    expect(aligned.spans).toEqual([
      { paragraph: 1, start: 0, end: long.length },
      { paragraph: 2, start: 0, end: long.length },
      { paragraph: 3, start: 0, end: long.length + 6 }
    ])
    expect(aligned.text).toBe(text)
  })

  it('matches a repeated word where it keeps the quote in one span', () => {
    const text = 'Er sagte, die Lage sei ernst, die Lage sei aber nicht hoffnungslos.'
    const aligned = quoteSpans(paragraphs(text), region(text, 'die', 'hoffnungslos', 'die Lage sei aber nicht hoffnungslos'))
    expect(aligned.spans).toHaveLength(1)
    expect(aligned.text).toBe('die Lage sei aber nicht hoffnungslos')
  })

  it('throws an error naming the article, the quote and the word when the text does not align', () => {
    const text = 'Der Minister sagte, die Gespräche seien offen gewesen.'
    expect(() => quoteSpans(paragraphs(text), region(text, 'die', 'gewesen', 'die Gespräche seien ehrlich gewesen'))).toThrow(
      /^Cannot align quote `artikel-a#q1` of article `artikel-a`: the word `ehrlich` of its text is not in its region \(paragraph 0 offset 20 to paragraph 0 offset 53\)/
    )
    expect(() => quoteSpans(paragraphs(text), { ...region(text, 'die', 'gewesen', 'die Gespräche'), endParagraph: 3 })).toThrow(/outside the article's 1 paragraphs/)
  })

  it('takes the first run of the words when they occur twice in the region', () => {
    const text = '„Wir bleiben bereit, und wir bleiben bereit“, sagte sie.'
    const source = paragraphs(text)
    const aligned = quoteSpans(source, region(text, 'Wir', 'bereit“', 'wir bleiben bereit'))
    expect(aligned.spans).toEqual([{ paragraph: 0, start: 25, end: 43 }])
    expect(sliced(source, aligned.spans)).toBe('wir bleiben bereit')
  })

  it('keeps one span per paragraph for a run of words over a paragraph break', () => {
    const source = paragraphs('„Wir bleiben', 'bereit“, sagte sie.')
    const quote: QuoteRegion = { articleId: 'artikel-a', id: 'artikel-a#q1', paragraph: 0, start: 1, endParagraph: 1, end: 6, text: 'Wir bleiben bereit' }
    expect(quoteSpans(source, quote).spans).toEqual([
      { paragraph: 0, start: 1, end: 12 },
      { paragraph: 1, start: 0, end: 6 }
    ])
  })
})
