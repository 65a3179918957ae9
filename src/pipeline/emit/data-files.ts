import type { CompiledCorpus } from '../compile/compile-corpus.js'
import type { SerializedByHash } from './serialized-by-hash.js'
import { type ArticleLines, articleLines } from './article-lines.js'
import { blockName, type BlockPlan, defaultBlockSize, keptBlockFile, splitBlocks } from './blocks.js'
import { type BlockFile, byteChunks, type Encoded, madeNow, type OutputContent } from './bytes.js'
import { describeData } from './data-package.js'
import { ordered } from './ordered.js'
import { type RecordType, recordJsonSchema, recordTypes } from './record-schemas.js'

/** Name of the corpus as a package, in `datapackage.json`. */
export const name = 'nato-russland-korpus'

/**
 * The path of each block of a blocked table, relative to the data folder.
 *
 * @param type
 *   A record type with `blocks`.
 * @param count
 *   Number of blocks.
 * @param extension
 *   File extension (`jsonl`, `parquet`).
 * @returns
 *   `articles/00000.jsonl`, … in order.
 */
export function blockPaths(type: RecordType, count: number, extension: string): string[] {
  return Array.from({ length: count }, (_, index) => `${type.blocks}/${blockName(index)}.${extension}`)
}

/**
 * The corpus for pipelines (`generated/data/`): JSON Lines (one record a
 * line, fields in schema order, sorted as the corpus is: articles by date then
 * id; entities (those the articles reference) registry first, by id; the
 * whole registry by id; mentions and quotes by article, then position), the
 * tables with a line per article's record (articles, mentions, quotes) split
 * into blocks of articles (`articles/00000.jsonl`, `mentions/00000.jsonl`, …:
 * block `n` holds the articles `n × size` to `(n + 1) × size − 1` in corpus
 * order), `manifest.json`, a JSON Schema per record type (`schema/`), a
 * Frictionless `datapackage.json` (v2) with sizes and hashes, and
 * `SHA256SUMS` over all of them (`sha256sum -c SHA256SUMS`).
 *
 * @param corpus
 *   The compiled corpus.
 * @param serialized
 *   Lines of articles already serialized (by the build’s workers or cache),
 *   by content hash (`Article.hash`), as UTF-8; the others are serialized here.
 * @param plan
 *   Block size and the blocks to take from the previous output (default: one
 *   block size, nothing taken).
 * @returns
 *   File contents by path relative to the output root (`data/…`; the blocks
 *   as UTF-8 bytes in pieces, never joined in memory; unchanged blocks as the
 *   previous output's files).
 */
export function dataFiles(
  corpus: CompiledCorpus,
  serialized: SerializedByHash<Encoded<ArticleLines>> = new Map(),
  plan: BlockPlan = { size: defaultBlockSize, keys: undefined, previous: undefined }
): Map<string, OutputContent> {
  const data = dataFileContents(corpus, serialized, plan, madeNow)
  describeData(data, { name, version: corpus.manifest.corpusVersion })
  return new Map([...data].map(([path, content]) => [`data/${path}`, content]))
}

/**
 * The files of `dataFiles` but `datapackage.json` and `SHA256SUMS`, by path
 * relative to the data folder, with each changed block as `blockFile` gives it
 * (made now, or deferred to its write).
 *
 * @param corpus
 *   The compiled corpus.
 * @param serialized
 *   Lines of articles already serialized, by content hash.
 * @param plan
 *   Block size and the blocks to take from the previous output.
 * @param blockFile
 *   What to put for a changed block's file, given how to make it.
 * @returns
 *   File contents by path relative to the data folder.
 */
export function dataFileContents<T>(corpus: CompiledCorpus, serialized: SerializedByHash<Encoded<ArticleLines>>, plan: BlockPlan, blockFile: BlockFile<T>): Map<string, OutputContent | T> {
  const blocks = splitBlocks(corpus.articles, plan.size)
  const data = new Map<string, OutputContent | T>()
  for (const type of recordTypes) {
    if (type.name === 'manifest') data.set(type.path, `${JSON.stringify(ordered(type.schema, corpus.manifest), null, 2)}\n`)
    else if (type.name === 'entities' || type.name === 'registry') {
      data.set(type.path, (type.name === 'entities' ? corpus.entities : corpus.registryEntries).map((entity) => `${JSON.stringify(ordered(type.schema, entity))}\n`).join(''))
    } else {
      const kind = ({ articles: 'article', mentions: 'mentions', quotes: 'quotes' } as const)[type.name]
      if (!kind || !type.blocks) throw new Error(`Unexpected record type \`${type.name}\`, expected articles, entities, registry, mentions, quotes or manifest`)
      const paths = blockPaths(type, blocks.length, 'jsonl')
      blocks.forEach((block, index) => {
        const path = paths[index]!
        const kept = keptBlockFile(plan, index, `data/${path}`)
        data.set(path, kept ?? blockFile(index, () => byteChunks(block.map((article) => (serialized.get(article.hash) ?? articleLines(article))[kind]))))
      })
    }
  }
  for (const type of recordTypes) data.set(type.schemaPath, `${JSON.stringify(recordJsonSchema(type), null, 2)}\n`)
  return data
}
