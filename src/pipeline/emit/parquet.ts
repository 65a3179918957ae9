import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as v from 'valibot'
import { CorpusDateSchema, DaySchema } from '../../schema/date.js'
import type { FileContent } from './bytes.js'
import { type DuckDb, openDuckDb } from './duckdb.js'
import { type RecordType, recordTypes } from './record-schemas.js'
import { writeContent } from './write-content.js'

/** The record types that are tables, written as Parquet beside their JSON Lines (the manifest is one object). */
export const parquetTypes: readonly RecordType[] = recordTypes.filter((type) => type.path.endsWith('.jsonl'))

/**
 * Path of a record type's Parquet file (or the glob of its blocks), relative
 * to the data folder; also of one JSON Lines file's (or block's) Parquet file.
 *
 * @param type
 *   Record type (`entities`), or the path of a JSON Lines file (`articles/00000.jsonl`).
 * @returns
 *   `entities.parquet`, `articles/*.parquet` for a table in blocks, `articles/00000.parquet`.
 */
export function parquetPath(type: RecordType | string): string {
  return (typeof type === 'string' ? type : type.path).replace(/\.jsonl$/, '.parquet')
}

/**
 * The table a JSON Lines file (or block) belongs to.
 *
 * @param path
 *   Path relative to the data folder (`entities.jsonl`, `articles/00000.jsonl`).
 * @returns
 *   Its record type, or `undefined` for a path that is no table's.
 */
export function tableOf(path: string): RecordType | undefined {
  return parquetTypes.find((type) => (type.blocks ? path.startsWith(`${type.blocks}/`) && path.endsWith('.jsonl') && !path.slice(type.blocks.length + 1).includes('/') : path === type.path))
}

/** A column of a Parquet table, derived from the record type's valibot schema. */
export interface ParquetColumn {
  /** Field name, as in the JSON Lines. */
  readonly name: string
  /** DuckDB type of the column in the Parquet file (`DATE`, `INTEGER`, `VARCHAR[]`, `STRUCT(...)`). */
  readonly type: string
  /** DuckDB type the JSON value is read as (the same, with dates as `VARCHAR`). */
  readonly jsonType: string
  /** SQL expression that turns the JSON value (column `name`) into the Parquet value. */
  readonly select: string
}

/** The parts of a valibot schema object the mapping reads. */
interface SchemaNode {
  readonly type: string
  readonly entries?: Readonly<Record<string, SchemaNode>>
  readonly item?: SchemaNode
  readonly wrapped?: SchemaNode
  readonly literal?: unknown
  readonly pipe?: ReadonlyArray<{ readonly type: string }>
}

const dateSchemas: ReadonlySet<unknown> = new Set([CorpusDateSchema, DaySchema])

/** A SQL identifier in double quotes. */
function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

function unwrap(node: SchemaNode): SchemaNode {
  return (node.type === 'nullable' || node.type === 'optional' || node.type === 'nullish') && node.wrapped ? unwrap(node.wrapped) : node
}

/** The DuckDB type of a schema node; `asText` reads dates as `VARCHAR` (as they are in JSON). */
function columnType(node: SchemaNode, path: string, asText: boolean): string {
  if (dateSchemas.has(node)) return asText ? 'VARCHAR' : 'DATE'
  const inner = unwrap(node)
  if (inner !== node) return columnType(inner, path, asText)
  switch (node.type) {
    case 'strict_object':
    case 'object':
    case 'loose_object':
      return `STRUCT(${Object.entries(node.entries ?? {})
        .map(([key, entry]) => `${identifier(key)} ${columnType(entry, `${path}.${key}`, asText)}`)
        .join(', ')})`
    case 'array':
      return `${columnType(node.item!, `${path}[]`, asText)}[]`
    case 'string':
    case 'picklist':
      return 'VARCHAR'
    case 'boolean':
      return 'BOOLEAN'
    case 'number':
      return node.pipe?.some((action) => action.type === 'integer') ? 'INTEGER' : 'DOUBLE'
    case 'literal':
      if (typeof node.literal === 'string') return 'VARCHAR'
      if (typeof node.literal === 'boolean') return 'BOOLEAN'
      if (typeof node.literal === 'number') return Number.isInteger(node.literal) ? 'INTEGER' : 'DOUBLE'
  }
  throw new Error(`Unexpected valibot schema \`${node.type}\` at \`${path}\`, expected an object, array, string, picklist, number, boolean or date; give it a column type in src/pipeline/emit/parquet.ts`)
}

function hasDate(node: SchemaNode): boolean {
  if (dateSchemas.has(node)) return true
  const inner = unwrap(node)
  if (inner !== node) return hasDate(inner)
  if (node.entries) return Object.values(node.entries).some(hasDate)
  return node.item ? hasDate(node.item) : false
}

/** SQL that turns the JSON value at `ref` into the Parquet value (only dates change: `YYYY-MM` becomes its first day). */
function conversion(node: SchemaNode, ref: string, depth: number): string {
  if (!hasDate(node)) return ref
  if (dateSchemas.has(node)) return `CAST(CASE WHEN length(${ref}) = 7 THEN ${ref} || '-01' ELSE ${ref} END AS DATE)`
  const inner = unwrap(node)
  if (inner !== node) return conversion(inner, ref, depth)
  if (node.entries) {
    const fields = Object.entries(node.entries).map(([key, entry]) => `${identifier(key)} := ${conversion(entry, `${ref}.${identifier(key)}`, depth)}`)
    return `CASE WHEN ${ref} IS NULL THEN NULL ELSE struct_pack(${fields.join(', ')}) END`
  }
  const item = `x${depth}`
  return `list_transform(${ref}, lambda ${item}: ${conversion(node.item!, item, depth + 1)})`
}

/**
 * The columns of a record type's Parquet table, in schema order, derived from
 * its valibot schema (so a field added to the schema becomes a column): objects
 * are structs, arrays lists, integers `INTEGER`, other numbers `DOUBLE`, picklists
 * and strings `VARCHAR`, and dates (`YYYY-MM-DD` or `YYYY-MM`) `DATE`, a month
 * counting as its first day.
 *
 * @param schema
 *   The record type's object schema.
 * @returns
 *   One column per field.
 */
export function parquetColumns(schema: v.GenericSchema): ParquetColumn[] {
  const node = schema as unknown as SchemaNode
  if (!node.entries) throw new Error(`Unexpected record schema \`${node.type}\`, expected an object schema (one column per field)`)
  return Object.entries(node.entries).map(([name, entry]) => ({
    name,
    type: columnType(entry, name, false),
    jsonType: columnType(entry, name, true),
    select: `${conversion(entry, identifier(name), 0)} AS ${identifier(name)}`
  }))
}

/** Options of the Parquet writer, fixed so that the same rows always give the same bytes. */
export const parquetWriteOptions = "FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880"

/**
 * The Parquet table of one JSON Lines file on disk (see `writeParquet`).
 *
 * @param db
 *   The DuckDB to use.
 * @param source
 *   Path of the JSON Lines file.
 * @param type
 *   Its table.
 * @param target
 *   Path DuckDB writes the Parquet file to (removed again).
 * @returns
 *   The Parquet bytes.
 */
export async function parquetOfFile(db: DuckDb, source: string, type: RecordType, target: string): Promise<Uint8Array> {
  const columns = parquetColumns(type.schema)
  const read = `read_json(${sqlString(source)}, format = 'newline_delimited', maximum_object_size = 268435456, columns = {${columns.map((column) => `${sqlString(column.name)}: ${sqlString(column.jsonType)}`).join(', ')}})`
  try {
    await db.run(`COPY (SELECT ${columns.map((column) => column.select).join(', ')} FROM ${read}) TO ${sqlString(target)} (${parquetWriteOptions})`)
    return new Uint8Array(await readFile(target))
  } finally {
    await rm(target, { force: true })
  }
}

/**
 * Write the Parquet tables of the data files with DuckDB (a build-time
 * dependency only, see `openDuckDb`): each JSON Lines file is read with the columns of its
 * schema (no type guessing) and written in file order. DuckDB runs on one
 * thread with insertion order kept and a fixed row group size, so the same
 * JSON Lines give byte-identical Parquet files (the file records DuckDB's
 * version as its writer, and no time).
 *
 * @param jsonl
 *   Content of JSON Lines files (whole tables or blocks), by path relative to
 *   the data folder (`entities.jsonl`, `articles/00000.jsonl`).
 * @param duckdb
 *   The DuckDB to use (`startDuckDb`: loaded ahead on a thread of its own; it
 *   stays open). Default: one opened on this thread for this call, when there
 *   is a file to write.
 * @returns
 *   The Parquet bytes by path relative to the data folder (`entities.parquet`,
 *   `articles/00000.parquet`), in the order of `jsonl`.
 */
export async function writeParquet(jsonl: ReadonlyMap<string, FileContent>, duckdb?: DuckDb | undefined): Promise<Map<string, Uint8Array>> {
  const result = new Map<string, Uint8Array>()
  if (jsonl.size === 0) return result
  const db = duckdb ?? (await openDuckDb())
  let folder: string | undefined
  try {
    folder = await mkdtemp(join(tmpdir(), 'korpus-parquet-'))
    let count = 0
    for (const [path, content] of jsonl) {
      const type = tableOf(path)
      if (!type) throw new Error(`Unexpected JSON Lines file \`${path}\`, expected a table's file or block (${parquetTypes.map((table) => `\`${table.path}\``).join(', ')})`)
      const source = join(folder, `${++count}.jsonl`)
      await writeContent(source, content)
      result.set(parquetPath(path), await parquetOfFile(db, source, type, join(folder, `${count}.parquet`)))
      await rm(source, { force: true })
    }
    return result
  } finally {
    if (!duckdb) db.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  }
}
