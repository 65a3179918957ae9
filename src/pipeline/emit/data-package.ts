import type { OutputContent } from './bytes.js'
import { type Digest, digest } from './digest.js'
import { parquetPath, parquetTypes } from './parquet.js'
import { recordTypes } from './record-schemas.js'

/** The Data Package profile `datapackage.json` declares (Frictionless Data Package v2). */
export const dataPackageProfile = 'https://datapackage.org/profiles/2.0/datapackage.json'

/** Who the package is and what it holds, for `datapackage.json`. */
export interface DataPackageInfo {
  /** Package name (`nato-russland-korpus`). */
  readonly name: string
  /** Corpus version (equals the npm package version). */
  readonly version: string
}

/**
 * Describe the data files as a Frictionless Data Package (v2): one resource
 * per file (a table in blocks is one multipart resource whose `path` lists its
 * blocks in order) with its format, media type, size in bytes, `sha256:<hex>` hash and
 * the path of the JSON Schema of its records (`jsonSchema`), and one resource
 * per Parquet table that is there (`articles-parquet`). The resource
 * property `schema` is left out on purpose: Data Package tools read it as a
 * Table Schema, which describes flat tables, not nested JSON records.
 *
 * @param files
 *   Digests of the data files by path relative to the data folder (`articles.jsonl`).
 * @param info
 *   Name and version.
 * @returns
 *   The `datapackage.json` object.
 */
export function dataPackage(files: ReadonlyMap<string, Digest>, info: DataPackageInfo): Record<string, unknown> {
  return {
    $schema: dataPackageProfile,
    name: info.name,
    title: 'NATO–Russland-Korpus',
    description:
      'German news articles on NATO–Russia relations (October 2021 – January 2022) with entities linked to Wikidata and attributed quotes, as JSON Lines. Offsets count UTF-16 code units in a paragraph’s plain text.',
    version: info.version,
    keywords: ['corpus', 'german', 'nato', 'russia', 'news', 'quotations', 'named-entities', 'wikidata'],
    licenses: [
      {
        name: 'MIT',
        path: 'https://opensource.org/licenses/MIT',
        title: 'MIT for the annotations and code; the article texts are quoted from their publishers for research and remain theirs'
      }
    ],
    resources: [
      ...recordTypes.map((type) => {
        const json = type.path.endsWith('.jsonl')
        return {
          name: type.name,
          ...located(files, type.path, true),
          title: type.title,
          description: type.description,
          format: json ? 'jsonl' : 'json',
          mediatype: json ? 'application/jsonl' : 'application/json',
          encoding: 'utf-8',
          jsonSchema: type.schemaPath
        }
      }),
      ...parquetTypes.flatMap((type) => {
        const where = located(files, parquetPath(type), false)
        if (!where) return []
        return [
          {
            name: `${type.name}-parquet`,
            ...where,
            title: `${type.title} (Parquet)`,
            description: `The rows and columns of \`${type.path}\` as a typed Parquet table (dates as DATE, lists as lists, records as structs)${type.blocks ? ', in the same blocks' : ''}.`,
            format: 'parquet',
            mediatype: 'application/vnd.apache.parquet',
            jsonSchema: type.schemaPath
          }
        ]
      })
    ]
  }
}

/**
 * Where a resource's bytes are: `path`, `bytes` and `hash` of one file, or,
 * for a table in blocks (`articles/*.jsonl`), `path` as the list of its block
 * files in order (a Data Package v2 multipart resource: the parts joined are
 * the table) with their total `bytes`; each block's hash is in `SHA256SUMS`.
 */
function located(files: ReadonlyMap<string, Digest>, path: string, required: true): Record<string, unknown>
function located(files: ReadonlyMap<string, Digest>, path: string, required: false): Record<string, unknown> | undefined
function located(files: ReadonlyMap<string, Digest>, path: string, required: boolean): Record<string, unknown> | undefined {
  const star = path.indexOf('*')
  if (star < 0) {
    const file = files.get(path)
    if (file === undefined) {
      if (required) throw new Error(`Missing data file \`${path}\`, expected every record type to be written`)
      return undefined
    }
    return { path, bytes: file.bytes, hash: `sha256:${file.sha256}` }
  }
  const [prefix, suffix] = [path.slice(0, star), path.slice(star + 1)]
  const parts = [...files.keys()].filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && !name.slice(prefix.length).includes('/')).sort()
  if (parts.length === 0) {
    if (required) throw new Error(`Missing the blocks \`${path}\`, expected every record type to be written`)
    return undefined
  }
  return { path: parts, bytes: parts.reduce((sum, part) => sum + files.get(part)!.bytes, 0) }
}

/**
 * Add `datapackage.json` and `SHA256SUMS` to the files of a data folder,
 * describing every other file (each hashed once for both); replaces the two
 * when they are there already.
 *
 * @param data
 *   File contents by path relative to the data folder (changed in place).
 * @param info
 *   Name and version.
 */
export function describeData(data: Map<string, OutputContent>, info: DataPackageInfo): void {
  data.delete('datapackage.json')
  data.delete('SHA256SUMS')
  const described = describeDigests(new Map<string, Digest>([...data].map(([path, content]) => [path, digest(content)])), info)
  data.set('datapackage.json', described.dataPackage)
  data.set('SHA256SUMS', described.sums)
}

/**
 * `datapackage.json` and `SHA256SUMS` of a data folder from the digests of
 * its other files (the streaming emit knows them once it wrote the files).
 *
 * @param files
 *   Digests of every file of the data folder but these two, by path relative to it.
 * @param info
 *   Name and version.
 * @returns
 *   The text of both files.
 */
export function describeDigests(files: ReadonlyMap<string, Digest>, info: DataPackageInfo): { dataPackage: string; sums: string } {
  const digests = new Map(files)
  digests.delete('datapackage.json')
  digests.delete('SHA256SUMS')
  const described = `${JSON.stringify(dataPackage(digests, info), null, 2)}\n`
  digests.set('datapackage.json', digest(described))
  return { dataPackage: described, sums: sha256Sums(digests) }
}

/**
 * A `SHA256SUMS` file in the format `sha256sum -c` reads: one
 * `<hex>  <path>` line per file, sorted by path.
 *
 * @param files
 *   Digests of the files by path relative to the folder the sums file sits in.
 * @returns
 *   The file’s text.
 */
export function sha256Sums(files: ReadonlyMap<string, Digest>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${files.get(path)!.sha256}  ${path}\n`)
    .join('')
}
