/**
 * Articles serialized before the emit (by the build's workers, or kept in the
 * build cache), by content hash (`Article.hash`). Only looked up, one article
 * at a time: an article the cache holds reads its bytes from disk when looked
 * up, so only the articles of the blocks that are written are read.
 */
export type SerializedByHash<T> = Pick<ReadonlyMap<string, T>, 'get'>
