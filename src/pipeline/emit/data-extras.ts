import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CompiledCorpus } from '../compile/compile-corpus.js'
import type { FileContent, OutputContent } from './bytes.js'
import { name } from './data-files.js'
import { describeData } from './data-package.js'
import { datasetCard } from './dataset-card.js'
import { digest } from './digest.js'
import { isKept, KeptFileMissingError } from './kept-file.js'
import type { DuckDb } from './duckdb.js'
import { parquetPath, tableOf, writeParquet } from './parquet.js'
import { type PreviousOutput, previousFile } from './previous-output.js'

/** Path of the dataset card, relative to the data folder. */
export const datasetCardPath = 'README.md'

/**
 * Add what pipelines load natively to a build's output: a Parquet file beside
 * each table's JSON Lines file or block (written by DuckDB from exactly those
 * lines; taken from the previous output when those lines are unchanged) and the
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
 * @param previous
 *   The previous output, written by the same code (its Parquet file of equal
 *   lines is taken as it is).
 * @param duckdb
 *   The DuckDB for the Parquet files (`startDuckDb`), if one was started ahead.
 * @returns
 *   The output files with the Parquet files and the card.
 */
export async function withDataExtras(
  files: ReadonlyMap<string, OutputContent>,
  corpus: CompiledCorpus,
  cwd: string,
  previous?: PreviousOutput | undefined,
  duckdb?: DuckDb | undefined
): Promise<Map<string, OutputContent>> {
  const prefix = 'data/'
  const data = new Map<string, OutputContent>()
  const rest = new Map<string, OutputContent>()
  for (const [path, content] of files) (path.startsWith(prefix) ? data.set(path.slice(prefix.length), content) : rest.set(path, content))
  const jsonl = new Map<string, FileContent>()
  const parquet = new Map<string, OutputContent>()
  for (const [path, content] of data) {
    if (!tableOf(path)) continue
    const target = parquetPath(path)
    const before = previous?.files.get(`${prefix}${path}`)
    const kept = before && before.sha256 === digest(content).sha256 ? previousFile(previous, `${prefix}${target}`) : undefined
    if (kept) parquet.set(target, kept)
    else if (isKept(content)) throw new KeptFileMissingError(`${prefix}${target}`)
    else jsonl.set(path, content)
  }
  for (const [path, bytes] of await writeParquet(jsonl, duckdb)) parquet.set(path, bytes)
  for (const [path, content] of parquet) data.set(path, content)
  const extractionDoc = await readFile(join(cwd, 'docs/extraction.md'), 'utf8').catch(() => undefined)
  const rows = { articles: corpus.articles.length, entities: corpus.entities.length, mentions: corpus.counts.mentions, quotes: corpus.counts.quotes }
  data.set(datasetCardPath, datasetCard({ manifest: corpus.manifest, rows, extractionDoc }))
  describeData(data, { name, version: corpus.manifest.corpusVersion })
  return new Map([...rest, ...[...data].map(([path, content]) => [`${prefix}${path}`, content] as const)])
}
