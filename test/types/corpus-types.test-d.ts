// Type tests, checked by `tsc` (`npm test`, strict with noUncheckedIndexedAccess):
// a line marked `@ts-expect-error` that compiles fails the type check.
import { expectTypeOf } from 'vitest'
import { getArticle, getEntity, quotes, type Article, type ArticleId, type CorpusEntity, type EntityId, type Mention, type Quote } from '../../src/index.js'

const quote = quotes[0]!

// A strict consumer gets an entity from a quote's speaker after a null check.
if (quote.speaker !== null) expectTypeOf(getEntity(quote.speaker)).toEqualTypeOf<CorpusEntity>()
if (quote.via) expectTypeOf(getEntity(quote.via).name).toEqualTypeOf<string>()
// @ts-expect-error `speaker` may be null.
getEntity(quote.speaker)

expectTypeOf<Quote['speaker']>().toEqualTypeOf<EntityId | null>()
expectTypeOf<Quote['via']>().toEqualTypeOf<EntityId | null>()
expectTypeOf<Quote['articleId']>().toEqualTypeOf<ArticleId>()
expectTypeOf<Mention['entity']>().toEqualTypeOf<EntityId>()
expectTypeOf<Article['entityIds']>().toEqualTypeOf<EntityId[]>()
expectTypeOf<Quote['spans'][number]>().toEqualTypeOf<{ paragraph: number; start: number; end: number }>()

// @ts-expect-error An id that is not in the corpus does not compile.
getEntity('no-such-entity')

// A known article id gives an article; any other string may give `undefined`.
expectTypeOf(getArticle('2021-10-putins-bruch-mit-der-nato')).toEqualTypeOf<Article>()
expectTypeOf(getArticle(quote.articleId)).toEqualTypeOf<Article>()
expectTypeOf(getArticle(String(Date.now()))).toEqualTypeOf<Article | undefined>()
// @ts-expect-error `ArticleId` holds only the corpus's ids.
const unknown: ArticleId = '2021-10-no-such-article'
void unknown
for (const mention of getArticle(quote.articleId).mentions) expectTypeOf(getEntity(mention.entity).id).toEqualTypeOf<EntityId>()
