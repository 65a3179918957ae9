import { catalog as catalogData } from '../../generated/runtime/catalog.js'
import { mentionsOf } from '../../generated/runtime/mentions.js'
import { textOf } from '../../generated/runtime/texts.js'
import type { Article, ArticleId, ArticleMeta } from './corpus-types.js'
import type { Mention } from './corpus-types.js'
import { quotesOfArticle } from './article-quotes.js'
import { describeValue } from './describe-value.js'
import { mentionFromRow, type MentionRow } from '../internal/mention-rows.js'

const catalog = catalogData as readonly ArticleMeta[]

const parsedMentions = new Map<string, readonly Mention[]>()
const parsedTexts = new Map<string, Pick<Article, 'markdown' | 'paragraphs'>>()

/** The mentions of one article, parsed on first read and kept. */
function mentionsOfArticle(id: string): readonly Mention[] {
  let list = parsedMentions.get(id)
  if (!list) {
    list = (JSON.parse(mentionsOf(id) ?? '[]') as MentionRow[]).map((row) => mentionFromRow(id, row) as Mention)
    parsedMentions.set(id, list)
  }
  return list
}

/** The text of one article, parsed on first read and kept. */
function textsOf(id: string): Pick<Article, 'markdown' | 'paragraphs'> {
  let text = parsedTexts.get(id)
  if (!text) {
    text = JSON.parse(textOf(id)!) as Pick<Article, 'markdown' | 'paragraphs'>
    parsedTexts.set(id, text)
  }
  return text
}

/**
 * A whole article from its metadata. Text, mentions and quotes are read on
 * first access, so listing articles does not parse every body.
 */
function toArticle(meta: ArticleMeta): Article {
  const article = { ...meta } as Article
  Object.defineProperties(article, {
    markdown: { enumerable: true, get: () => textsOf(meta.id).markdown },
    paragraphs: { enumerable: true, get: () => textsOf(meta.id).paragraphs },
    mentions: { enumerable: true, get: () => mentionsOfArticle(meta.id) },
    quotes: { enumerable: true, get: () => quotesOfArticle(meta.id) }
  })
  return Object.freeze(article)
}

/** Every article of the corpus with its text and annotations, sorted by date then id. */
export const articles: readonly Article[] = /* @__PURE__ */ catalog.map(toArticle)

let byId: Map<string, Article> | undefined

/**
 * One article by id.
 *
 * @param id
 *   Article id (`'2021-10-putins-bruch-mit-der-nato'`). Typed `ArticleId`
 *   (the union of the corpus's ids), the result is an `Article`; any other
 *   string (a URL parameter) gives `Article | undefined`.
 * @returns
 *   The article with `markdown`, `paragraphs`, `mentions` and `quotes`, or
 *   `undefined` for an unknown id.
 * @throws
 *   `TypeError` when `id` is not a string.
 * @example
 *   getArticle('2021-10-putins-bruch-mit-der-nato').paragraphs[0]?.text
 */
export function getArticle(id: ArticleId): Article
export function getArticle(id: string): Article | undefined
export function getArticle(id: string): Article | undefined {
  if (typeof id !== 'string') throw new TypeError(`Unexpected article id ${describeValue(id)}, expected a string such as \`'2021-10-putins-bruch-mit-der-nato'\``)
  byId ??= new Map(articles.map((article) => [article.id, article]))
  return byId.get(id)
}
