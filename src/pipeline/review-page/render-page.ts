import type { Corrections } from '../../schema/correction.js'
import type { EntityType } from '../../schema/entity.js'
import type { Mention } from '../../schema/mention.js'
import type { AttributedQuote as Quote } from '../../schema/quote.js'
import { escapeHtml as h } from './escape-html.js'
import { addedByCorrection, type ReviewArticle, type ReviewEntity } from './review-data.js'
import { reviewStyles } from './styles.js'

/** The short label of each entity type, shown after every mention (as displaCy does). */
export const typeLabels: Readonly<Record<EntityType, string>> = { person: 'PER', organization: 'ORG', place: 'LOC' }

/** Pages may load nothing: no scripts, fonts, images or styles from elsewhere (the stylesheet is inline). */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

/**
 * A whole HTML page around a body: UTF-8, a viewport for phones, the
 * content security policy and the inline stylesheet.
 *
 * @param title
 *   Page title (text, escaped here).
 * @param body
 *   HTML of the body (already escaped).
 * @returns
 *   The page.
 */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<style>${reviewStyles}</style>
</head>
<body>
${body}
</body>
</html>
`
}

/** Short name of a quote: `q3` for `<article>#q3`. */
function quoteLabel(quote: Quote): string {
  return quote.id.slice(quote.id.lastIndexOf('#') + 1)
}

/** A fragment id safe in HTML and URLs. */
function anchor(prefix: string, quote: Quote): string {
  return `${prefix}-${quoteLabel(quote).replace(/[^\w-]/g, '_')}`
}

function speakerName(quote: Quote, entities: ReadonlyMap<string, ReviewEntity>): string {
  if (quote.speaker === null) return quote.description ? `unnamed (${quote.description})` : 'unnamed source'
  return entities.get(quote.speaker)?.name ?? quote.speaker
}

/** A piece of a paragraph between two boundaries, with the quote and mention covering it. */
interface Piece {
  start: number
  end: number
  quote: Quote | undefined
  mention: Mention | undefined
}

/** Cut a paragraph at every boundary of a quote or mention in it. */
function pieces(text: string, paragraph: number, quotes: readonly Quote[], mentions: readonly Mention[]): Piece[] {
  const inParagraph = quotes
    .filter((quote) => quote.paragraph <= paragraph && paragraph <= quote.endParagraph)
    .map((quote) => ({ quote, start: quote.paragraph === paragraph ? quote.start : 0, end: quote.endParagraph === paragraph ? quote.end : text.length }))
  const own = mentions.filter((mention) => mention.paragraph === paragraph)
  const cuts = new Set([0, text.length])
  for (const range of [...inParagraph, ...own]) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)))
    cuts.add(Math.max(0, Math.min(text.length, range.end)))
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const result: Piece[] = []
  for (let index = 0; index + 1 < sorted.length; index++) {
    const start = sorted[index]!
    const end = sorted[index + 1]!
    const quote = inParagraph.find((range) => range.start <= start && end <= range.end)?.quote
    // Of overlapping mentions, the shortest (innermost) shows.
    const mention = own.filter((item) => item.start <= start && end <= item.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0]
    result.push({ start, end, quote, mention })
  }
  return result
}

/** The badge before a quote in the text: its label, kind, speaker, attribution rule and confidence. */
function quoteBadge(quote: Quote, entities: ReadonlyMap<string, ReviewEntity>, continued: boolean): string {
  const text = continued
    ? `${quoteLabel(quote)} continued`
    : `${quoteLabel(quote)} · ${quote.kind} · ${speakerName(quote, entities)} · ${quote.attribution} ${quote.confidence.toFixed(2)}`
  const corrected = quote.attribution === 'correction' ? ' corrected' : ''
  return `<a class="badge ${h(quote.kind)}${corrected}" href="#${anchor('list', quote)}" title="${h(text)}">${h(text)}</a>`
}

function mentionOpen(mention: Mention, entities: ReadonlyMap<string, ReviewEntity>): string {
  const entity = entities.get(mention.entity)
  const type = entity?.type ?? 'person'
  const candidate = entity?.provisional ? ' candidate' : ''
  const title = `${entity?.name ?? mention.entity} (${type}${entity?.provisional ? ', registry candidate' : ''}${mention.role ? `, ${mention.role}` : ''})`
  return `<mark class="m ${type}${candidate}" data-entity="${h(mention.entity)}" title="${h(title)}">`
}

function mentionClose(mention: Mention, entities: ReadonlyMap<string, ReviewEntity>, corrections: Corrections | undefined): string {
  const entity = entities.get(mention.entity)
  const label = typeLabels[entity?.type ?? 'person']
  const candidate = entity?.provisional ? '<span class="flag" title="not in the registry yet">NEW?</span>' : ''
  const added = addedByCorrection(mention, corrections) ? '<span class="flag" title="added by a correction">FIX</span>' : ''
  return `<span class="tag">${label}</span>${candidate}${added}</mark>`
}

/** One paragraph with its mentions and quotes marked. */
function renderParagraph(review: ReviewArticle, index: number): string {
  const { text, type } = review.paragraphs[index]!
  const corrections = review.corrections?.corrections
  let html = ''
  let openQuote: Quote | undefined
  let openMention: Mention | undefined
  const closeMention = (): void => {
    if (openMention) html += mentionClose(openMention, review.entities, corrections)
    openMention = undefined
  }
  for (const piece of pieces(text, index, review.quotes, review.mentions)) {
    if (piece.quote !== openQuote) {
      closeMention()
      if (openQuote) html += '</span>'
      openQuote = piece.quote
      if (openQuote) {
        const starts = openQuote.paragraph === index && openQuote.start === piece.start
        html += quoteBadge(openQuote, review.entities, !starts)
        html += `<span class="q ${h(openQuote.kind)}"${starts ? ` id="${anchor('text', openQuote)}"` : ''} data-quote="${h(openQuote.id)}">`
      }
    }
    if (piece.mention !== openMention) {
      closeMention()
      openMention = piece.mention
      if (openMention) html += mentionOpen(openMention, review.entities)
    }
    html += h(text.slice(piece.start, piece.end))
    if (openMention && piece.end >= openMention.end) closeMention()
  }
  closeMention()
  if (openQuote) html += '</span>'
  return `<p class="${h(type)}" data-paragraph="${index}"><span class="pno" aria-hidden="true">${index}</span>${html}</p>`
}

/** Quotes grouped by speaker (unnamed sources last), most quoted first. */
function quotesBySpeaker(review: ReviewArticle): string {
  if (review.quotes.length === 0) return '<p>No quotes found.</p>'
  const groups = new Map<string, Quote[]>()
  for (const quote of review.quotes) {
    const key = quote.speaker ?? ''
    groups.set(key, [...(groups.get(key) ?? []), quote])
  }
  const order = [...groups].sort(([a, x], [b, y]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || y.length - x.length || (a < b ? -1 : 1))
  const sections = order.map(([speaker, quotes]) => {
    const entity = review.entities.get(speaker)
    const heading = speaker === '' ? 'Unnamed sources' : (entity?.name ?? speaker)
    const about = speaker === '' ? '' : ` <span class="tag">${entity ? typeLabels[entity.type] : ''}</span> <code>${h(speaker)}</code>${entity?.provisional ? ' <span class="flag">NEW?</span>' : ''}`
    const items = quotes.map((quote) => {
      const facts: Array<[string, string]> = [
        ['kind', quote.kind],
        ['attribution', quote.attribution],
        ['confidence', quote.confidence.toFixed(2)],
        ['cue', quote.cue ?? '–'],
        ...(quote.via ? ([['via', review.entities.get(quote.via)?.name ?? quote.via]] as Array<[string, string]>) : []),
        ...(quote.description ? ([['source', quote.description]] as Array<[string, string]>) : []),
        ['paragraph', quote.paragraph === quote.endParagraph ? String(quote.paragraph) : `${quote.paragraph}–${quote.endParagraph}`]
      ]
      const corrected = quote.attribution === 'correction' ? ' <span class="flag">FIX</span>' : ''
      return `<li id="${anchor('list', quote)}" data-quote-id="${h(quote.id)}" data-speaker="${h(quote.speaker ?? '')}"><a href="#${anchor('text', quote)}">${h(quoteLabel(quote))}</a>${quote.speaker === null ? ` <span class="speaker">${h(speakerName(quote, review.entities))}</span>` : ''}${corrected}
<blockquote lang="de">${quote.kind === 'direct' ? `„${h(quote.text)}“` : h(quote.text)}</blockquote>
<dl class="facts">${facts.map(([term, value]) => `<div><dt>${h(term)}</dt><dd>${h(value)}</dd></div>`).join('')}</dl></li>`
    })
    return `<section class="card"><h3>${h(heading)}${about}</h3><ol>${items.join('\n')}</ol></section>`
  })
  return `<div class="speakers">${sections.join('\n')}</div>`
}

function entityTable(review: ReviewArticle): string {
  const counts = new Map<string, number>()
  for (const mention of review.mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1)
  const rows = [...review.entities.values()]
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || (a.name < b.name ? -1 : 1))
    .map(
      (entity) =>
        `<tr><td>${h(entity.name)}</td><td><span class="tag">${typeLabels[entity.type]}</span> ${h(entity.type)}</td><td><code>${h(entity.id)}</code></td><td>${entity.wikidata ? h(entity.wikidata) : '–'}</td><td>${entity.provisional ? '<span class="flag">NEW?</span> registry candidate' : 'registry'}</td><td class="num">${counts.get(entity.id) ?? 0}</td></tr>`
    )
  if (rows.length === 0) return '<p>No entities found.</p>'
  return `<div class="scroll"><table><thead><tr><th>Name</th><th>Type</th><th>Id</th><th>Wikidata</th><th>Source</th><th class="num">Mentions</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
}

/** The corrections file, entry by entry. */
function correctionList(review: ReviewArticle): string {
  const loaded = review.corrections
  if (!loaded) return ''
  const intro = `<p>From <code>${h(loaded.path)}</code>, applied after extraction: what they add or re-attribute is marked <span class="flag">FIX</span> above; what they remove is not shown in the text.</p>`
  if (!loaded.corrections) return `<h2 id="corrections">Corrections</h2>${intro}<p class="note">The corrections file has errors (run <code>korpus check</code>); none was applied.</p>`
  const { removeMentions, addMentions, removeQuotes, addQuotes, setSpeakers } = loaded.corrections
  const name = (id: string | null): string => (id === null ? 'unnamed source' : (review.entities.get(id)?.name ?? id))
  const where = (paragraph: number | undefined): string => (paragraph === undefined ? '' : ` in paragraph ${paragraph}`)
  const items = [
    ...removeMentions.map((item) => `<li><strong>Removed mention</strong> „${h(item.text)}“${item.entity ? ` of <code>${h(item.entity)}</code>` : ''}${where(item.paragraph)}</li>`),
    ...addMentions.map((item) => `<li><strong>Added mention</strong> „${h(item.text)}“ → ${h(name(item.entity))} <code>${h(item.entity)}</code>${where(item.paragraph)}</li>`),
    ...removeQuotes.map((item) => `<li><strong>Removed quote</strong> containing „${h(item.text)}“</li>`),
    ...addQuotes.map((item) => `<li><strong>Added ${h(item.kind)} quote</strong> „${h(item.text)}“ by ${h(name(item.speaker))}${where(item.paragraph)}</li>`),
    ...setSpeakers.map((item) => `<li><strong>Speaker set</strong> to ${h(name(item.speaker))} for the quote containing „${h(item.text)}“</li>`)
  ]
  const record = loaded.corrections.review
  const reviewed = record
    ? `<p><strong>Reviewed</strong> ${h(record.date)} by ${h(record.reviewer)}: ${record.checked.map((item) => h(item)).join(', ')} of extractor ${h(record.extractorVersion)}, quotes ${h(record.quotes.join(', ') || 'none')}${record.notes ? `. ${h(record.notes)}` : ''}</p>`
    : ''
  return `<h2 id="corrections">Corrections (${items.length})</h2>${intro}${reviewed}<ul class="corrections card" lang="de">${items.join('\n')}</ul>`
}

const legend = `<ul class="legend" aria-label="Legend">
<li><mark class="m person">Name<span class="tag">PER</span></mark> person</li>
<li><mark class="m organization">Name<span class="tag">ORG</span></mark> organization</li>
<li><mark class="m place">Name<span class="tag">LOC</span></mark> place</li>
<li><mark class="m person candidate">Name<span class="tag">PER</span><span class="flag">NEW?</span></mark> not in the registry: candidate</li>
<li><span class="badge direct">direct</span><span class="q direct">quote</span></li>
<li><span class="badge indirect">indirect</span><span class="q indirect">quote</span></li>
<li><span class="badge mixed">mixed</span><span class="q mixed">quote</span></li>
<li><span class="flag">FIX</span> from the corrections file</li>
</ul>`

/**
 * The review page of one article: its text with every mention highlighted by
 * type (and registry candidates flagged), every quote marked with a badge
 * giving its kind, speaker, attribution rule and confidence, the quotes by
 * speaker, the entities, and the article's corrections. Every text is escaped.
 *
 * @param review
 *   What to show (`loadReviews`).
 * @returns
 *   The page's HTML.
 */
export function renderArticlePage(review: ReviewArticle): string {
  const candidates = [...review.entities.values()].filter((entity) => entity.provisional).length
  const meta = [
    `<span class="status ${review.status}">${review.status === 'corpus' ? 'in the corpus' : 'not in the corpus'}</span>`,
    review.date ? `<span>${h(review.date)}</span>` : '',
    review.publisher ? `<span>${h(review.publisher)}</span>` : '',
    `<span class="path"><code>${h(review.source)}</code></span>`,
    `<span>${review.mentions.length} mentions · ${review.quotes.length} quotes · ${candidates} registry candidates</span>`
  ].filter(Boolean)
  const notes = review.notes.map((note) => `<p class="note">${h(note)}</p>`).join('')
  const body = `<header class="page"><div class="inner"><nav><a href="index.html">← All articles</a></nav>
<h1 lang="de">${h(review.title)}</h1>
<p class="meta">${meta.join('')}</p>
${legend}</div></header>
<main>
${notes}
<h2 id="text">Text</h2>
<article class="text" lang="de">
${review.paragraphs.map((_, index) => renderParagraph(review, index)).join('\n')}
</article>
<h2 id="quotes">Quotes by speaker (${review.quotes.length})</h2>
${quotesBySpeaker(review)}
<h2 id="entities">Entities (${review.entities.size})</h2>
${entityTable(review)}
${correctionList(review)}
</main>`
  return htmlPage(`${review.title} – review`, body)
}

/**
 * The index page: one row per article with its counts and a link to its page.
 *
 * @param reviews
 *   The articles, in the order to list them.
 * @param fileOf
 *   The page file of an article (`<id>.html`).
 * @returns
 *   The page's HTML.
 */
export function renderIndexPage(reviews: readonly ReviewArticle[], fileOf: (review: ReviewArticle) => string): string {
  const rows = reviews.map((review) => {
    const candidates = [...review.entities.values()].filter((entity) => entity.provisional).length
    const corrections = review.corrections?.corrections
    const { review: _review, ...lists } = corrections ?? {}
    const fixes = Object.values(lists).reduce((sum, list) => sum + list.length, 0)
    return `<tr><td lang="de"><a href="${h(encodeURIComponent(fileOf(review)))}">${h(review.title)}</a><br><code>${h(review.id)}</code></td><td>${h(review.date ?? '–')}</td><td><span class="status ${review.status}">${review.status}</span></td><td class="num">${review.mentions.length}</td><td class="num">${review.quotes.length}</td><td class="num">${candidates}</td><td class="num">${fixes}</td></tr>`
  })
  const body = `<header class="page"><div class="inner"><h1>Review: ${reviews.length} article${reviews.length === 1 ? '' : 's'}</h1>
<p class="meta"><span>What the extractor found in each article, with the corrections applied. Written by <code>korpus review</code>.</span></p></div></header>
<main>
<div class="scroll"><table><thead><tr><th>Article</th><th>Date</th><th>Status</th><th class="num">Mentions</th><th class="num">Quotes</th><th class="num">Candidates</th><th class="num">Corrections</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>
</main>`
  return htmlPage('Review', body)
}
