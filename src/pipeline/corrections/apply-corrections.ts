import type { Point } from 'unist'
import type { Paragraph } from '../../schema/article.js'
import type { Entity } from '../../schema/entity.js'
import type { Mention } from '../../schema/mention.js'
import type { AttributedQuote as Quote } from '../../schema/quote.js'
import { reportError, reportWarning } from '../diagnostics.js'
import { normalizeText } from '../normalize/normalize-text.js'
import { closest } from '../validate/closest.js'
import type { LoadedCorrections } from './load-corrections.js'

/** A quote before the build numbers it. */
export type UnnumberedQuote = Omit<Quote, 'id'>

/** What corrections change: the mentions and quotes of one article. */
export interface Annotations {
  /** Mentions in text order. */
  mentions: Mention[]
  /** Quotes in text order. */
  quotes: UnnumberedQuote[]
  /** Entities the extractor found that the registry does not list; those no longer mentioned or quoted after the corrections are dropped. */
  discovered?: Entity[] | undefined
}

/** The article a corrections file applies to. */
export interface CorrectedArticle {
  /** Article id. */
  articleId: string
  /** Its plain-text blocks (offsets count in them). */
  paragraphs: readonly Paragraph[]
}

/**
 * Apply a corrections file to the extractor’s output for its article: remove
 * mentions and quotes, add missed ones, set speakers. Reports, at the position
 * of the correction, an error when it no longer matches the text or the
 * extraction (`correction-stale`: the text changed under it) or names an
 * entity the registry does not know (`correction-unknown-entity`), and a
 * warning when the extractor already gets it right (`correction-redundant`).
 *
 * @param loaded
 *   The validated corrections file.
 * @param article
 *   Id and paragraphs of the article.
 * @param annotations
 *   The extractor’s mentions and quotes (not changed).
 * @param entityIds
 *   Ids of the registry entities.
 * @returns
 *   The corrected mentions and quotes, in text order (and the discovered
 *   entities still referenced).
 */
export function applyCorrections(
  loaded: LoadedCorrections,
  article: CorrectedArticle,
  annotations: Annotations,
  entityIds: ReadonlySet<string>
): Annotations {
  const { file, yaml, corrections } = loaded
  if (!corrections) return annotations
  let mentions = [...annotations.mentions]
  let quotes = [...annotations.quotes]
  const place = (path: PropertyKey[]): Point => yaml.placeOf(path)
  const stale = (path: PropertyKey[], what: string, text: string): void => {
    reportError(file, `Unexpected correction: ${what} \`${text}\` in \`${article.articleId}\`, expected the correction to match the text and the extraction`, 'correction-stale', {
      place: place([...path, 'text']),
      actual: text,
      note: 'The article or the extractor changed under this correction: update its `text` or delete it.'
    })
  }
  const redundant = (path: PropertyKey[], what: string): void => {
    reportWarning(file, `Unexpected correction that changes nothing: ${what}, expected only corrections the extraction needs`, 'correction-redundant', {
      place: place(path),
      note: 'The extractor gets this right now: delete the correction.'
    })
  }
  const knownEntity = (path: PropertyKey[], id: string | null): boolean => {
    if (id === null || entityIds.has(id)) return true
    const suggestion = closest(id, [...entityIds])
    reportError(file, `Unexpected unknown entity id \`${id}\`${suggestion ? `, did you mean \`${suggestion}\`?` : ', expected an id from corpus/registry/'}`, 'correction-unknown-entity', {
      place: place(path),
      actual: id,
      expected: suggestion ? [suggestion] : undefined,
      note: 'Add the entity to corpus/registry/ first (`korpus check` prints a ready-to-paste entry).'
    })
    return false
  }

  corrections.removeMentions.forEach((entry, index) => {
    const path = ['removeMentions', index]
    if (entry.entity !== undefined && !knownEntity([...path, 'entity'], entry.entity)) return
    const text = clean(entry.text)
    const kept = mentions.filter(
      (m) => !(m.text === text && (entry.entity === undefined || m.entity === entry.entity) && (entry.paragraph === undefined || m.paragraph === entry.paragraph))
    )
    if (kept.length === mentions.length) stale(path, 'no mention', text)
    mentions = kept
  })

  corrections.addMentions.forEach((entry, index) => {
    const path = ['addMentions', index]
    if (!knownEntity([...path, 'entity'], entry.entity)) return
    const text = clean(entry.text)
    const found = occurrences(article.paragraphs, text, entry.paragraph)
    if (found.length === 0) return stale(path, 'no text', text)
    const missing = found.filter(({ paragraph, start, end }) => !mentions.some((m) => m.entity === entry.entity && m.paragraph === paragraph && m.start < end && start < m.end))
    if (missing.length === 0) return redundant(path, `\`${text}\` is already a mention of \`${entry.entity}\``)
    for (const span of missing) mentions.push({ articleId: article.articleId, ...span, entity: entry.entity, text, role: entry.role })
  })

  corrections.removeQuotes.forEach((entry, index) => {
    const text = clean(entry.text)
    const kept = quotes.filter((quote) => !quote.text.includes(text))
    if (kept.length === quotes.length) stale(['removeQuotes', index], 'no quote containing', text)
    quotes = kept
  })

  corrections.addQuotes.forEach((entry, index) => {
    const path = ['addQuotes', index]
    if (!knownEntity([...path, 'speaker'], entry.speaker)) return
    const text = clean(entry.text)
    const [span] = occurrences(article.paragraphs, text, entry.paragraph)
    if (!span) return stale(path, 'no text', text)
    if (quotes.some((q) => q.paragraph === span.paragraph && q.start === span.start && q.end === span.end && q.speaker === entry.speaker)) {
      return redundant(path, `the quote \`${text}\` is already extracted`)
    }
    quotes.push({
      articleId: article.articleId,
      ...span,
      endParagraph: span.paragraph,
      text,
      kind: entry.kind,
      speaker: entry.speaker,
      description: entry.description,
      via: null,
      cue: entry.cue,
      attribution: 'correction',
      confidence: 1
    })
  })

  corrections.setSpeakers.forEach((entry, index) => {
    const path = ['setSpeakers', index]
    if (!knownEntity([...path, 'speaker'], entry.speaker)) return
    const text = clean(entry.text)
    const matched = quotes.filter((quote) => quote.text.includes(text))
    if (matched.length === 0) return stale(path, 'no quote containing', text)
    if (matched.every((quote) => quote.speaker === entry.speaker)) return redundant([...path, 'speaker'], `the quote already has speaker \`${entry.speaker}\``)
    quotes = quotes.map((quote) => (matched.includes(quote) ? { ...quote, speaker: entry.speaker, attribution: 'correction', confidence: 1 } : quote))
  })

  const referenced = new Set([...mentions.map((m) => m.entity), ...quotes.flatMap((q) => [q.speaker, q.via])])
  return {
    mentions: mentions.sort(byPosition),
    quotes: quotes.sort(byPosition),
    ...(annotations.discovered ? { discovered: annotations.discovered.filter((entity) => referenced.has(entity.id)) } : {})
  }
}

/** Correction text normalized like paragraph text: NFC, single spaces. */
function clean(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim()
}

/** Every occurrence of `text` in the paragraphs (or in one of them). */
function occurrences(paragraphs: readonly Paragraph[], text: string, only: number | undefined): Array<{ paragraph: number; start: number; end: number }> {
  const found: Array<{ paragraph: number; start: number; end: number }> = []
  paragraphs.forEach((paragraph, index) => {
    if (only !== undefined && index !== only) return
    for (let start = paragraph.text.indexOf(text); start !== -1; start = paragraph.text.indexOf(text, start + 1)) {
      found.push({ paragraph: index, start, end: start + text.length })
    }
  })
  return found
}

function byPosition(a: { paragraph: number; start: number; end: number }, b: { paragraph: number; start: number; end: number }): number {
  return a.paragraph - b.paragraph || a.start - b.start || a.end - b.end
}
