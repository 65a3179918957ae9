import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CompiledCorpus } from '../compile/compile-corpus.js'
import type { FileContent } from './bytes.js'
import { name } from './data-files.js'
import { describeData } from './data-package.js'
import { datasetCard } from './dataset-card.js'
import { parquetTypes, writeParquet } from './parquet.js'

/** Path of the dataset card, relative to the data folder. */
export const datasetCardPath = 'README.md'

/**
 * Add what pipelines load natively to a build's output: a Parquet file beside
 * each table's JSON Lines (written by DuckDB from exactly those lines) and the
 * dataset card `README.md`, then describe the data folder again
 * (`datapackage.json`, `SHA256SUMS`) so both list them. The other files are
 * kept as they are.
 *
 * @param files
 *   Output files by path relative to the output root (`data/articles.jsonl`), as `outputFiles` gives them.
 * @param corpus
 *   The compiled corpus (version, counts).
 * @param cwd
 *   Project folder (the card quotes the measured scores of its docs/extraction.md).
 * @returns
 *   The output files with the Parquet files and the card.
 */
export async function withDataExtras(files: ReadonlyMap<string, FileContent>, corpus: CompiledCorpus, cwd: string): Promise<Map<string, FileContent>> {
  const prefix = 'data/'
  const data = new Map<string, FileContent>()
  const rest = new Map<string, FileContent>()
  for (const [path, content] of files) (path.startsWith(prefix) ? data.set(path.slice(prefix.length), content) : rest.set(path, content))
  const jsonl = new Map(parquetTypes.map((type) => [type.name, data.get(type.path)!] as const))
  for (const [path, bytes] of await writeParquet(jsonl)) data.set(path, bytes)
  const extractionDoc = await readFile(join(cwd, 'docs/extraction.md'), 'utf8').catch(() => undefined)
  const rows = { articles: corpus.articles.length, entities: corpus.entities.length, mentions: corpus.counts.mentions, quotes: corpus.counts.quotes }
  data.set(datasetCardPath, datasetCard({ manifest: corpus.manifest, rows, extractionDoc }))
  describeData(data, { name, version: corpus.manifest.corpusVersion })
  return new Map([...rest, ...[...data].map(([path, content]) => [`${prefix}${path}`, content] as const)])
}
