import type { ArticleId } from '../../generated/runtime/catalog.js'
import type { EntityId } from '../../generated/runtime/entities.js'
import type * as schema from '../schema/index.js'

// The types of the published corpus: the schema types (the single source of
// every field) with ids narrowed to the ids this corpus has, so that
// `getEntity(quote.speaker)` compiles and an unknown id does not.

export type { ArticleId } from '../../generated/runtime/catalog.js'
export type { EntityId } from '../../generated/runtime/entities.js'

/** `T` with the fields named in `Ids` retyped; field order and docs kept. */
type Narrow<T, Ids extends Partial<Record<keyof T, unknown>>> = { [K in keyof T]: K extends keyof Ids ? Ids[K] : T[K] }

/** A quotation of the corpus (`speaker`, `via`: entity ids of the corpus). */
export type Quote = Narrow<schema.Quote, { articleId: ArticleId; speaker: EntityId | null; via: EntityId | null }>
/** A mention of an entity of the corpus. */
export type Mention = Narrow<schema.Mention, { articleId: ArticleId; entity: EntityId }>
/** Metadata of an article of the corpus. */
export type ArticleMeta = Narrow<schema.ArticleMeta, { id: ArticleId; entityIds: EntityId[] }>
/** An article of the corpus with its text and annotations. */
export type Article = Narrow<schema.Article, { id: ArticleId; entityIds: EntityId[]; mentions: Mention[]; quotes: Quote[] }>
/** An entity of the corpus. */
export type CorpusEntity = Narrow<schema.Entity, { id: EntityId }>
