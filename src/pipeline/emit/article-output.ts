import type { Article } from '../../schema/article.js'
import type { CompiledCorpus } from '../compile/compile-corpus.js'
import { type ArticleLines, articleLines } from './article-lines.js'
import { type BlockPlan, defaultBlockSize } from './blocks.js'
import { type BlockFile, encodeFields, type Encoded, madeNow, type OutputContent } from './bytes.js'
import { dataFileContents, dataFiles } from './data-files.js'
import type { SerializedByHash } from './serialized-by-hash.js'
import { type ArticleModuleEntries, articleModuleEntries, runtimeModuleFiles } from './runtime-modules.js'

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
  const plain = plan ?? { size: defaultBlockSize, keys: undefined, previous: undefined }
  return new Map([...runtimeModuleFiles(corpus, modulesOf(serialized), plain, madeNow), ...dataFiles(corpus, linesOf(serialized), plain)])
}

/**
 * The files of `outputFiles` but `data/datapackage.json` and
 * `data/SHA256SUMS` (`emitOutput` writes them from the digests), with each
 * changed block as `blockFile` gives it.
 *
 * @param corpus
 *   The compiled corpus.
 * @param serialized
 *   Output of articles serialized before, by content hash.
 * @param plan
 *   Block size and the blocks to take from the previous output.
 * @param blockFile
 *   What to put for a changed block's file, given how to make it (`deferred`: made when written).
 * @returns
 *   File contents by path relative to the output root.
 */
export function outputFileContents<T>(corpus: CompiledCorpus, serialized: SerializedByHash<ArticleOutput>, plan: BlockPlan, blockFile: BlockFile<T>): Map<string, OutputContent | T> {
  const data = [...dataFileContents(corpus, linesOf(serialized), plan, blockFile)].map(([path, content]) => [`data/${path}`, content] as const)
  return new Map([...runtimeModuleFiles(corpus, modulesOf(serialized), plan, blockFile), ...data])
}

// Looked up per article, not copied: an article's bytes (maybe still in the build cache on disk) are read only for a block that is written.
const modulesOf = (serialized: SerializedByHash<ArticleOutput>): SerializedByHash<ArticleOutput['modules']> => ({ get: (hash) => serialized.get(hash)?.modules })
const linesOf = (serialized: SerializedByHash<ArticleOutput>): SerializedByHash<ArticleOutput['lines']> => ({ get: (hash) => serialized.get(hash)?.lines })
