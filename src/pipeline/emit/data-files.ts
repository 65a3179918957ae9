import type { CompiledCorpus } from '../compile/compile-corpus.js'
import { type ArticleLines, articleLines } from './article-lines.js'
import { byteChunks, type Encoded, type FileContent } from './bytes.js'
import { describeData } from './data-package.js'
import { ordered } from './ordered.js'
import { type RecordType, recordJsonSchema, recordTypes } from './record-schemas.js'

/** Name of the corpus as a package, in `datapackage.json`. */
export const name = 'nato-russland-korpus'

/**
 * The corpus for pipelines (`generated/data/`): JSON Lines (one record a
 * line, fields in schema order, sorted as the corpus is: articles by date then
 * id; entities (those the articles reference) registry first, by id; the
 * whole registry by id; mentions and quotes by article, then
 * position), `manifest.json`, a JSON Schema per record type (`schema/`), a
 * Frictionless `datapackage.json` (v2) with sizes and hashes, and
 * `SHA256SUMS` over all of them (`sha256sum -c SHA256SUMS`).
 *
 * @param corpus
 *   The compiled corpus.
 * @param serialized
 *   Lines of articles already serialized (by the build’s workers or cache),
 *   by content hash (`Article.hash`), as UTF-8; the others are serialized here.
 * @returns
 *   File contents by path relative to the output root (`data/…`; the JSON
 *   Lines of articles, mentions and quotes as UTF-8 bytes in pieces, never
 *   joined in memory).
 */
export function dataFiles(corpus: CompiledCorpus, serialized: ReadonlyMap<string, Encoded<ArticleLines>> = new Map()): Map<string, FileContent> {
  const perArticle = corpus.articles.map((article) => serialized.get(article.hash) ?? articleLines(article))
  const lines = (type: RecordType): FileContent => {
    if (type.name === 'manifest') return `${JSON.stringify(ordered(type.schema, corpus.manifest), null, 2)}\n`
    if (type.name === 'entities' || type.name === 'registry') {
      return (type.name === 'entities' ? corpus.entities : corpus.registryEntries).map((entity) => `${JSON.stringify(ordered(type.schema, entity))}\n`).join('')
    }
    const kind = ({ articles: 'article', mentions: 'mentions', quotes: 'quotes' } as const)[type.name]
    if (!kind) throw new Error(`Unexpected record type \`${type.name}\`, expected articles, entities, registry, mentions, quotes or manifest`)
    return byteChunks(perArticle.map((article) => article[kind]))
  }

  const data = new Map<string, FileContent>()
  for (const type of recordTypes) data.set(type.path, lines(type))
  for (const type of recordTypes) data.set(type.schemaPath, `${JSON.stringify(recordJsonSchema(type), null, 2)}\n`)
  describeData(data, { name, version: corpus.manifest.corpusVersion })

  return new Map([...data].map(([path, content]) => [`data/${path}`, content]))
}
