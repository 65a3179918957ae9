import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../../src/pipeline/review-page/escape-html.js'
import { renderArticlePage, renderIndexPage } from '../../../src/pipeline/review-page/render-page.js'
import type { ReviewArticle, ReviewEntity } from '../../../src/pipeline/review-page/review-data.js'
import type { AttributedQuote as Quote } from '../../../src/schema/quote.js'

const hostile = `<script>alert(1)</script></script><img src=x onerror=alert(2)>" onmouseover="alert(3)' &amp;`
const articleId = '2022-01-05-testartikel'

/** An invented article: a hostile paragraph, a quote over two paragraphs, a registry candidate, corrections. */
const paragraphs = [
  { type: 'heading' as const, text: `Titel ${hostile}` },
  { type: 'paragraph' as const, text: `„Wir reden weiter ${hostile}“, sagte Anna Beispiel.` },
  { type: 'paragraph' as const, text: 'Die Nato sei bereit, erklärte sie. „Der Dialog geht' },
  { type: 'paragraph' as const, text: 'weiter“, sagte Max Muster.' }
]
const entity = (id: string, name: string, type: ReviewEntity['type'], provisional = false): [string, ReviewEntity] => [id, { id, name, type, wikidata: null, provisional }]
function quote(n: number, fields: Partial<Quote>): Quote {
  return { articleId, paragraph: 1, start: 0, end: 1, id: `${articleId}#q${n}`, endParagraph: 1, text: '', kind: 'direct', speaker: null, description: null, via: null, cue: 'sagte', attribution: 'quote-cue-after', confidence: 0.9, ...fields }
}
const first = paragraphs[1]!.text
const review: ReviewArticle = {
  id: articleId,
  title: `Schlagzeile ${hostile}`,
  date: '2022-01-05',
  publisher: `Verlag ${hostile}`,
  source: `corpus/articles/${articleId}.md`,
  status: 'corpus',
  paragraphs,
  mentions: [
    { articleId, paragraph: 1, start: first.indexOf('Anna'), end: first.indexOf('Anna') + 'Anna Beispiel'.length, entity: 'anna-beispiel', text: 'Anna Beispiel', role: null },
    { articleId, paragraph: 2, start: 4, end: 8, entity: 'nato', text: 'Nato', role: null },
    { articleId, paragraph: 3, start: 15, end: 25, entity: 'max-muster', text: 'Max Muster', role: null }
  ],
  quotes: [
    quote(1, { start: 1, end: first.indexOf('“'), text: first.slice(1, first.indexOf('“')), speaker: 'anna-beispiel' }),
    quote(2, { paragraph: 2, endParagraph: 2, start: 0, end: 20, kind: 'indirect', text: 'Die Nato sei bereit', speaker: 'anna-beispiel', attribution: 'clause-cue-after', confidence: 0.6, cue: 'erklärte' }),
    quote(3, { paragraph: 2, endParagraph: 3, start: 36, end: 6, text: 'Der Dialog geht weiter', speaker: 'max-muster', attribution: 'correction', confidence: 1 }),
    quote(4, { paragraph: 0, endParagraph: 0, start: 0, end: 5, kind: 'mixed', text: 'Titel', description: `aus Kreisen ${hostile}`, attribution: 'source-phrase', confidence: 0.5 })
  ],
  entities: new Map([entity('anna-beispiel', `Anna Beispiel ${hostile}`, 'person', true), entity('nato', 'NATO', 'organization'), entity('max-muster', 'Max Muster', 'person')]),
  corrections: {
    path: `corpus/articles/${articleId}.corrections.yaml`,
    corrections: {
      removeMentions: [{ text: `Kreml ${hostile}` }],
      addMentions: [{ text: 'Nato', entity: 'nato', role: null }],
      removeQuotes: [],
      addQuotes: [],
      setSpeakers: [{ text: 'Der Dialog', speaker: 'max-muster' }]
    }
  },
  notes: [`Hinweis ${hostile}`]
}
const html = renderArticlePage(review)

/** The elements a review page may contain. */
const allowedTags = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'div', 'nav', 'a', 'h1', 'h2', 'h3', 'p', 'span', 'ul', 'ol', 'li', 'mark', 'main', 'article', 'section', 'blockquote', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'strong', 'br'])

/** The text of an element's HTML: tags dropped, character references decoded. */
function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!)
}

describe('escapeHtml()', () => {
  it('escapes the five characters that end text or an attribute value', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})

describe('renderArticlePage()', () => {
  it('renders hostile text as text: no element or attribute comes from the article', () => {
    const tags = [...html.matchAll(/<\/?([a-z][\w-]*)/gi)].map((match) => match[1]!.toLowerCase())
    expect([...new Set(tags)].filter((tag) => !allowedTags.has(tag))).toEqual([])
    // Every tag is a name and double-quoted attributes of known names (no `on…` handler, no `src`).
    const attributes = new Set<string>()
    for (const [tag] of html.matchAll(/<[^>]*>/g)) {
      for (const match of tag.matchAll(/\s([a-z-]+)="[^"]*"/g)) attributes.add(match[1]!.replace(/^data-.*/, 'data-*'))
      expect(tag.replace(/\s([a-z-]+)="[^"]*"/g, '')).toMatch(/^<\/?[a-z][a-z\d]*>$|^<!doctype html>$/)
    }
    expect([...attributes].sort()).toEqual(['aria-hidden', 'aria-label', 'charset', 'class', 'content', 'data-*', 'href', 'http-equiv', 'id', 'lang', 'name', 'title'])
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot; onmouseover=&quot;alert(3)&#39; &amp;amp;')
    // The paragraph reads as the article's text.
    const paragraph = /<p class="paragraph" data-paragraph="1">([\s\S]*?)<\/p>/.exec(html)![1]!
    const labels = /<span class="pno"[^>]*>\d+<\/span>|<a class="badge[^>]*>[^<]*<\/a>|<span class="(?:tag|flag)"[^>]*>[^<]*<\/span>/g
    expect(textOf(paragraph.replace(labels, ''))).toBe(first)
  })

  it('loads nothing from elsewhere and fits a phone', () => {
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`)
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
    expect(html).not.toMatch(/@import|url\(/)
    expect(html).toContain('@media (max-width: 40rem)')
  })

  it('labels every mention with its type, and flags registry candidates and added mentions in words', () => {
    const marks = [...html.matchAll(/<mark class="m ([a-z ]+)" data-entity="([a-z-]+)"[^>]*>([\s\S]*?)<\/mark>/g)].map((match) => [match[1], match[2], textOf(match[3]!)])
    // After the legend's examples: the three mentions of the text.
    expect(marks.filter(([, id]) => id !== undefined && review.entities.has(id))).toEqual([
      ['person candidate', 'anna-beispiel', 'Anna BeispielPERNEW?'],
      ['organization', 'nato', 'NatoORGFIX'],
      ['person', 'max-muster', 'Max MusterPER']
    ])
  })

  it('marks every quote with a badge giving its kind, speaker, attribution and confidence', () => {
    const badges = [...html.matchAll(/<a class="badge ([a-z ]+)" href="#list-(q\d+)"[^>]*>([^<]*)<\/a>/g)].map((match) => [match[1], match[2], textOf(match[3]!)])
    expect(badges).toEqual([
      ['mixed', 'q4', `q4 · mixed · unnamed (aus Kreisen ${hostile}) · source-phrase 0.50`],
      ['direct', 'q1', `q1 · direct · Anna Beispiel ${hostile} · quote-cue-after 0.90`],
      ['indirect', 'q2', `q2 · indirect · Anna Beispiel ${hostile} · clause-cue-after 0.60`],
      ['direct corrected', 'q3', 'q3 · direct · Max Muster · correction 1.00'],
      // The quote goes on in the next paragraph.
      ['direct corrected', 'q3', 'q3 continued']
    ])
    expect(textOf(/<span class="q direct" id="text-q3" data-quote="[^"]+">([\s\S]*?)<\/span><\/p>/.exec(html)![1]!)).toBe('Der Dialog geht')
  })

  it('lists the quotes by speaker, most quoted first and unnamed sources last', () => {
    const sections = [...html.matchAll(/<section class="card"><h3>([\s\S]*?)<\/h3>([\s\S]*?)<\/section>/g)].map((match) => [
      textOf(match[1]!).split(/PER|ORG|LOC/)[0]!.trim(),
      [...match[2]!.matchAll(/data-quote-id="[^"#]+#(q\d+)" data-speaker="([^"]*)"/g)].map((item) => `${item[1]} ${item[2]}`)
    ])
    expect(sections).toEqual([
      [`Anna Beispiel ${hostile}`, ['q1 anna-beispiel', 'q2 anna-beispiel']],
      ['Max Muster', ['q3 max-muster']],
      ['Unnamed sources', ['q4 ']]
    ])
  })

  it('shows the corrections file entry by entry, escaped', () => {
    const list = /<h2 id="corrections">Corrections \(3\)<\/h2>[\s\S]*?<ul class="corrections card" lang="de">([\s\S]*?)<\/ul>/.exec(html)![1]!
    expect(textOf(list).split('\n')).toEqual([`Removed mention „Kreml ${hostile}“`, 'Added mention „Nato“ → NATO nato', 'Speaker set to Max Muster for the quote containing „Der Dialog“'])
  })
})

describe('renderIndexPage()', () => {
  it('links every article page with its counts', () => {
    const index = renderIndexPage([review], (item) => `${item.id}.html`)
    expect(index).toContain(`<a href="${articleId}.html">Schlagzeile &lt;script&gt;`)
    expect(textOf(/<tbody>([\s\S]*?)<\/tbody>/.exec(index)![1]!)).toBe(`Schlagzeile ${hostile}${articleId}2022-01-05corpus3413`)
  })
})
