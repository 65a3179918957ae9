import { partsIn } from './clause.js'
import type { ArticleInfo, ParagraphInfo } from './context.js'
import { resolvePhrase, type Speaker } from './speaker.js'

const openers = /^(?:der|die|das|den|dem|des)$/

/**
 * The named subject that opens the previous sentence of the paragraph
 * (`Die Nato begründete …`): the words up to its first lower-case word (the
 * verb), after at most an article, resolved to a person or organization by
 * name or role; `undefined` when there is none or the sentence opens with a
 * quotation.
 *
 * @param article
 *   The article.
 * @param info
 *   The paragraph.
 * @param previousStart
 *   Offset of the previous sentence.
 * @param sentenceStart
 *   Offset of the current sentence.
 * @returns
 *   The subject as a speaker, or `undefined`.
 */
export function previousSubject(article: ArticleInfo, info: ParagraphInfo, previousStart: number, sentenceStart: number): Speaker | undefined {
  if (previousStart >= sentenceStart) return undefined
  const [pFrom, pTo] = partsIn(info, previousStart, sentenceStart - 1)
  if (pFrom >= pTo || info.inQuote[pFrom]) return undefined
  let end = pFrom
  while (end < pTo && end < pFrom + 6 && (info.parts[end]!.upper || (end === pFrom && openers.test(info.parts[end]!.lower)) || info.parts[end - 1]?.hyphenAfter)) end++
  if (end === pFrom || end >= pTo || info.parts[end]!.upper) return undefined
  const subject = resolvePhrase(article, info, pFrom, end)
  if (!subject?.speaker || (subject.resolution !== 'name' && subject.resolution !== 'role')) return undefined
  const type = article.entities.get(subject.speaker)?.type
  return type === 'person' || type === 'organization' ? subject : undefined
}
