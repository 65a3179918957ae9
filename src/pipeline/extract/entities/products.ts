import { stopwords } from '../lexicons/stopwords.js'
import type { Part } from '../tokens.js'

/** Prepositions after which `der` is a dative (`bei der Lufthansa`), so the noun after it may be feminine. */
const prepositions = new Set([
  'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vor', 'zu', 'in', 'über', 'unter', 'gegen', 'hinter', 'neben', 'zwischen', 'seit', 'laut',
  'gemäß', 'trotz', 'wegen', 'während', 'innerhalb', 'außerhalb', 'statt', 'anstelle', 'seitens', 'und', 'oder', 'sowie'
])

/** Indefinite articles and masculine accusatives: a company's name after them is a thing it makes (`eine Boeing`, `einen Airbus`). */
const productArticles = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'den'])

function spaced(text: string, a: Part, b: Part): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))
}

/** Whether the part at `index` begins a sentence or a clause: only marks or spaces since a full stop, a colon, a comma or the paragraph start. */
function opensClause(text: string, part: Part): boolean {
  let k = part.start - 1
  while (k >= 0 && ' \t\u00a0„"»«‚('.includes(text[k]!)) k--
  return k < 0 || '.!?:;,–—'.includes(text[k]!)
}

/**
 * Whether an organization matched at parts `[first, last]` is read as a
 * product of it, not the organization: a model letter or numeral after any
 * organization (`Sputnik V`, `Airbus A380` is a company's model number, read
 * in `longer-name.ts`), or, for a company, an article that its name as a
 * company never takes — an indefinite article (`eine Boeing`, `ein Airbus`),
 * the masculine accusative `den` (`den Airbus`), or a nominative `der` at the
 * start of a clause or after a word that is no noun or preposition (`Der
 * Airbus landete`, `als der Airbus abhob`). A company is feminine or neuter
 * (`die Firma`, `das Unternehmen`): `der` after a noun or a preposition is its
 * genitive or dative (`der Chef der Lufthansa`, `bei der Lufthansa`).
 *
 * @param text
 *   Paragraph text.
 * @param parts
 *   Its parts.
 * @param first
 *   First part of the match.
 * @param last
 *   Last part of the match.
 * @param kind
 *   The organization's kind, when known.
 * @returns
 *   Whether to drop the match.
 * @example
 *   productReading('Der Impfstoff Sputnik V wirkt.', parts, 2, 2, 'media') // => true
 */
export function productReading(text: string, parts: readonly Part[], first: number, last: number, kind: string | null | undefined): boolean {
  const after = parts[last + 1]
  // `Sputnik V`, `Vektor II`: a model letter or numeral, not an initial (`V.`) or a word.
  if (after && spaced(text, parts[last]!, after) && !after.hyphenAfter && /^(?:\p{Lu}|[IVX]{2,4})$/u.test(after.text) && text[after.end] !== '.' && !parts[last]!.allCaps) return true
  if (kind !== 'company') return false
  const article = parts[first - 1]
  if (!article || !spaced(text, article, parts[first]!) || article.hyphenAfter) return false
  if (productArticles.has(article.lower)) return true
  if (article.lower !== 'der') return false
  if (opensClause(text, article)) return true
  const previous = parts[first - 2]
  if (!previous || !spaced(text, previous, article)) return false
  // A capitalized function word at the sentence start (`Als der Airbus …`) is no noun.
  const noun = previous.upper && !(opensClause(text, previous) && stopwords.has(previous.lower))
  return !noun && !prepositions.has(previous.lower)
}
