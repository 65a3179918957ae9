import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CompiledCorpus } from '../compile/compile-corpus.js'
import { type DeferredFile, isDeferred, type OutputContent } from './bytes.js'
import { name } from './data-files.js'
import { describeDigests } from './data-package.js'
import { datasetCard } from './dataset-card.js'
import type { Digest } from './digest.js'
import { isKept, KeptFileMissingError } from './kept-file.js'
import { type DuckDb, openDuckDb } from './duckdb.js'
import { parquetOfFile, parquetPath, tableOf } from './parquet.js'
import { keptIfSame, type PreviousOutput, previousFile } from './previous-output.js'
import type { StagedOutput } from './write-output.js'

/** Path of the dataset card, relative to the data folder. */
export const datasetCardPath = 'README.md'

/** What `emitOutput` needs besides the files. */
export interface EmitContext {
  /** The compiled corpus (version, counts). */
  readonly corpus: CompiledCorpus
  /** Project folder (the card quotes the measured scores of its docs/extraction.md). */
  readonly cwd: string
  /** The previous output, written by the same code: its file of equal bytes is linked, its Parquet file of equal lines taken as it is. */
  readonly previous?: PreviousOutput | undefined
  /** The DuckDB for the Parquet files (`startDuckDb`), if one was started ahead (else one is opened when a Parquet file is to be written). */
  readonly duckdb?: DuckDb | undefined
}

/**
 * Write a build's output into a staged output (`stageOutput`), one block at a
 * time: the whole-corpus files first, then for each block its data-file and
 * runtime-module files (made from the articles' bytes when they are written,
 * then dropped), with a Parquet file beside each table's JSON Lines file or
 * block, written by DuckDB from exactly the lines just written (taken from the
 * previous output when those lines are unchanged); last the dataset card
 * `README.md` and, from the digests of everything written, `datapackage.json`
 * and `SHA256SUMS`. A file whose bytes equal the previous output's file at
 * the same path is linked, not written. The bytes of the corpus are never all
 * in memory: only those of one block are.
 *
 * @param files
 *   Output files by path relative to the output root (`data/…`, `runtime/…`),
 *   changed blocks deferred (`outputFileContents` with `deferred`), without
 *   `data/datapackage.json` and `data/SHA256SUMS`.
 * @param output
 *   The output to write into (committed by the caller).
 * @param context
 *   Corpus, project folder, previous output and DuckDB.
 */
export async function emitOutput(files: ReadonlyMap<string, OutputContent | DeferredFile>, output: StagedOutput, context: EmitContext): Promise<void> {
  const { corpus, cwd, previous } = context
  const prefix = 'data/'
  let duckdb = context.duckdb
  let opened: DuckDb | undefined
  let folder: string | undefined
  const put = (path: string, content: OutputContent): Promise<Digest> => output.put(path, keptIfSame(path, content, previous))
  /** Put a file, and its Parquet file when it is a table's JSON Lines. */
  const putWithParquet = async (path: string, content: OutputContent): Promise<void> => {
    const written = await put(path, content)
    const table = path.startsWith(prefix) ? tableOf(path.slice(prefix.length)) : undefined
    if (!table) return
    const target = parquetPath(path)
    const before = previous?.files.get(path)
    const kept = before && before.sha256 === written.sha256 ? previousFile(previous, target) : undefined
    if (kept) return void (await put(target, kept))
    if (isKept(content)) throw new KeptFileMissingError(target)
    duckdb ??= opened = await openDuckDb()
    folder ??= await mkdtemp(join(tmpdir(), 'korpus-parquet-'))
    await put(target, await parquetOfFile(duckdb, join(output.folder, path), table, join(folder, 'table.parquet')))
  }
  try {
    const blocks: Array<Array<[string, DeferredFile]>> = []
    for (const [path, content] of files) {
      if (isDeferred(content)) (blocks[content.block] ??= []).push([path, content])
      else await putWithParquet(path, content)
    }
    for (const block of blocks) for (const [path, file] of block ?? []) await putWithParquet(path, file.make())
  } finally {
    opened?.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  }
  const extractionDoc = await readFile(join(cwd, 'docs/extraction.md'), 'utf8').catch(() => undefined)
  const rows = { articles: corpus.articles.length, entities: corpus.entities.length, mentions: corpus.counts.mentions, quotes: corpus.counts.quotes }
  await put(`${prefix}${datasetCardPath}`, datasetCard({ manifest: corpus.manifest, rows, extractionDoc }))
  const data = new Map([...output.digests].filter(([path]) => path.startsWith(prefix)).map(([path, digest]) => [path.slice(prefix.length), digest]))
  const described = describeDigests(data, { name, version: corpus.manifest.corpusVersion })
  await put(`${prefix}datapackage.json`, described.dataPackage)
  await put(`${prefix}SHA256SUMS`, described.sums)
}
