import type { Article } from '../../schema/article.js'
import type { CompiledCorpus } from '../compile/compile-corpus.js'
import { type ArticleLines, articleLines } from './article-lines.js'
import type { BlockPlan } from './blocks.js'
import { encodeFields, type Encoded, type OutputContent } from './bytes.js'
import { dataFiles } from './data-files.js'
import type { SerializedByHash } from './serialized-by-hash.js'
import { type ArticleModuleEntries, articleModuleEntries, runtimeModules } from './runtime-modules.js'

/** Everything the output holds of one article, as UTF-8: its data-file lines and its runtime-module entries. */
export interface ArticleOutput {
  /** Its lines of the data files. */
  lines: Encoded<ArticleLines>
  /** Its entries in the runtime modules. */
  modules: Encoded<ArticleModuleEntries>
}

/**
 * Serialize one article for the output. Depends on the article alone (its
 * content hash names it), so the build serializes each article once, where it
 * is prepared, and keeps the bytes in the cache.
 *
 * @param article
 *   A compiled article.
 * @returns
 *   Its output bytes.
 */
export function articleOutput(article: Article): ArticleOutput {
  return { lines: encodeFields(articleLines(article)), modules: encodeFields(articleModuleEntries(article)) }
}

/**
 * Every output file of a compiled corpus: runtime modules and data files.
 *
 * @param corpus
 *   The compiled corpus.
 * @param serialized
 *   Output of articles serialized before (`articleOutput`), by content hash
 *   (`Article.hash`); every other article is serialized here. An article that
 *   corrections changed has another hash, so it is never taken from here.
 * @param plan
 *   Block size and the blocks to take from the previous output (default: the
 *   default block size, nothing taken).
 * @returns
 *   File contents by path relative to the output root.
 */
export function outputFiles(corpus: CompiledCorpus, serialized: SerializedByHash<ArticleOutput> = new Map(), plan?: BlockPlan | undefined): Map<string, OutputContent> {
  // Looked up per article, not copied: an article's bytes (maybe still in the build cache on disk) are read only for a block that is written.
  const pick = <K extends keyof ArticleOutput>(key: K): SerializedByHash<ArticleOutput[K]> => ({ get: (hash) => serialized.get(hash)?.[key] })
  return new Map([...runtimeModules(corpus, pick('modules'), plan), ...dataFiles(corpus, pick('lines'), plan)])
}
