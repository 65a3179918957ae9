import type { FileContent } from './bytes.js'
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
 * per file with its format, media type, size in bytes, `sha256:<hex>` hash and
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
    resources: [...recordTypes.map((type) => {
      const file = files.get(type.path)
      if (file === undefined) throw new Error(`Missing data file \`${type.path}\`, expected every record type to be written`)
      return {
        name: type.name,
        path: type.path,
        title: type.title,
        description: type.description,
        format: type.path.endsWith('.jsonl') ? 'jsonl' : 'json',
        mediatype: type.path.endsWith('.jsonl') ? 'application/jsonl' : 'application/json',
        encoding: 'utf-8',
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        jsonSchema: type.schemaPath
      }
    }),
    ...parquetTypes.flatMap((type) => {
      const path = parquetPath(type)
      const file = files.get(path)
      if (file === undefined) return []
      return [
        {
          name: `${type.name}-parquet`,
          path,
          title: `${type.title} (Parquet)`,
          description: `The rows and columns of \`${type.path}\` as a typed Parquet table (dates as DATE, lists as lists, records as structs).`,
          format: 'parquet',
          mediatype: 'application/vnd.apache.parquet',
          bytes: file.bytes,
          hash: `sha256:${file.sha256}`,
          jsonSchema: type.schemaPath
        }
      ]
    })]
  }
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
export function describeData(data: Map<string, FileContent>, info: DataPackageInfo): void {
  data.delete('datapackage.json')
  data.delete('SHA256SUMS')
  const digests = new Map<string, Digest>([...data].map(([path, content]) => [path, digest(content)]))
  const described = `${JSON.stringify(dataPackage(digests, info), null, 2)}\n`
  data.set('datapackage.json', described)
  digests.set('datapackage.json', digest(described))
  data.set('SHA256SUMS', sha256Sums(digests))
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
