import type { CompiledCorpus } from '../compile/compile-corpus.js'
import { dataPackage, sha256Sums } from './data-package.js'
import { ordered } from './ordered.js'
import { type RecordType, recordJsonSchema, recordTypes } from './record-schemas.js'

/** Name of the corpus as a package, in `datapackage.json`. */
const name = 'nato-russland-korpus'

/**
 * The corpus for pipelines (`generated/data/`): JSON Lines (one record a
 * line, fields in schema order, sorted as the corpus is: articles by date then
 * id; entities registry first, by id; mentions and quotes by article, then
 * position), `manifest.json`, a JSON Schema per record type (`schema/`), a
 * Frictionless `datapackage.json` (v2) with sizes and hashes, and
 * `SHA256SUMS` over all of them (`sha256sum -c SHA256SUMS`).
 *
 * @param corpus
 *   The compiled corpus.
 * @returns
 *   File contents by path relative to the output root (`data/…`).
 */
export function dataFiles(corpus: CompiledCorpus): Map<string, string> {
  const records: Record<string, readonly unknown[]> = {
    articles: corpus.articles.map(({ mentions, quotes, ...article }) => article),
    entities: corpus.entities,
    mentions: corpus.mentions,
    quotes: corpus.quotes
  }
  const lines = (type: RecordType): string =>
    records[type.name]!.map((record) => `${JSON.stringify(ordered(type.schema, record))}\n`).join('')

  const data = new Map<string, string>()
  for (const type of recordTypes) {
    data.set(type.path, type.name === 'manifest' ? `${JSON.stringify(ordered(type.schema, corpus.manifest), null, 2)}\n` : lines(type))
  }
  for (const type of recordTypes) data.set(type.schemaPath, `${JSON.stringify(recordJsonSchema(type), null, 2)}\n`)
  data.set('datapackage.json', `${JSON.stringify(dataPackage(data, { name, version: corpus.manifest.corpusVersion }), null, 2)}\n`)
  data.set('SHA256SUMS', sha256Sums(data))

  return new Map([...data].map(([path, content]) => [`data/${path}`, content]))
}
