import type { Paragraph } from '../../schema/article.js'

/** Words per shingle. */
export const shingleSize = 4

/**
 * Jaccard similarity of word shingles from which two articles count as
 * near-duplicates. Different reports of the same event share names and
 * phrases, but hardly any run of four words: the seed reports of the same
 * January 2022 meetings score at most 0.009 against each other. The same text
 * with every third sentence dropped scores about 0.45, with every other
 * sentence dropped about 0.29; so 0.25 flags a copy that kept half of a text,
 * 30 times above the closest pair of different reports.
 * See docs/rules.md#near-duplicate.
 */
export const nearDuplicateThreshold = 0.25

/** An article to compare. */
export interface ComparedArticle {
  /** Article id. */
  id: string
  /** Its plain-text blocks. */
  paragraphs: readonly Paragraph[]
}

/** Two articles that look like the same text. */
export interface NearDuplicate {
  /** Id of the first article (in input order). */
  a: string
  /** Id of the second article. */
  b: string
  /** Jaccard similarity of their shingle sets, 0–1. */
  score: number
}

/**
 * The set of word shingles of a text: lower-cased runs of `size` consecutive
 * words, punctuation dropped.
 *
 * @param text
 *   Plain text.
 * @param size
 *   Words per shingle (default: `shingleSize`).
 * @returns
 *   The shingles.
 * @example
 *   shingles('Die Nato lädt Russland ein.', 2) // => Set {'die nato', 'nato lädt', 'lädt russland', 'russland ein'}
 */
export function shingles(text: string, size: number = shingleSize): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const result = new Set<string>()
  for (let index = 0; index + size <= words.length; index++) result.add(words.slice(index, index + size).join(' '))
  if (words.length > 0 && words.length < size) result.add(words.join(' '))
  return result
}

/**
 * Jaccard similarity of two sets: shared items over all items.
 *
 * @param a
 *   First set.
 * @param b
 *   Second set.
 * @returns
 *   0 (nothing shared, or both empty) to 1 (equal).
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const item of a) if (b.has(item)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

/**
 * Score every pair of articles by the Jaccard similarity of their word
 * shingles. Exact and quadratic in the number of articles, which is fine for
 * a corpus of hundreds; MinHash would be the next step for tens of thousands.
 *
 * @param articles
 *   Articles to compare.
 * @returns
 *   Every pair with its score, highest first.
 */
export function similarities(articles: readonly ComparedArticle[]): NearDuplicate[] {
  const sets = articles.map((article) => shingles(article.paragraphs.map((paragraph) => paragraph.text).join('\n')))
  const pairs: NearDuplicate[] = []
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) pairs.push({ a: articles[i]!.id, b: articles[j]!.id, score: jaccard(sets[i]!, sets[j]!) })
  }
  return pairs.sort((x, y) => y.score - x.score)
}

/**
 * The pairs of articles at or above the near-duplicate threshold.
 *
 * @param articles
 *   Articles to compare.
 * @param threshold
 *   Minimum Jaccard similarity (default: `nearDuplicateThreshold`).
 * @returns
 *   Near-duplicate pairs, highest score first.
 */
export function nearDuplicates(articles: readonly ComparedArticle[], threshold: number = nearDuplicateThreshold): NearDuplicate[] {
  return similarities(articles).filter((pair) => pair.score >= threshold)
}
