import { lstat, readdir, readFile } from 'node:fs/promises'
import { isAbsolute, join, normalize, relative, sep } from 'node:path'
import { sha256 } from '../hash.js'

/** Name of the checksum file the build writes next to the data files. */
export const checksumFileName = 'SHA256SUMS'

/** Where the data folder may sit in what `verifyPackage` is given, tried in order. */
const dataFolders = ['dist/data', 'data', '.']

/** A file that does not match what the package’s checksums say. */
export interface VerifyProblem {
  /** Path of the file, relative to the folder that was checked. */
  readonly path: string
  /**
   * `changed`: its content differs; `missing`: listed but absent; `unlisted`:
   * present in the data folder but in no checksum; `malformed`: a checksum,
   * manifest or data package entry that cannot be read; `link`: a symbolic
   * link where a file should be.
   */
  readonly kind: 'changed' | 'missing' | 'unlisted' | 'malformed' | 'link'
  /** What happened, in one sentence. */
  readonly reason: string
}

/** Result of `verifyPackage`. */
export interface VerifyResult {
  /** The data folder that was checked (relative to the given folder), or `undefined` when none was found. */
  readonly dataFolder: string | undefined
  /** Files whose hash matched, relative to the given folder, sorted. */
  readonly verified: readonly string[]
  /** Every problem found, sorted by path; empty when the copy is intact. */
  readonly problems: readonly VerifyProblem[]
}

/**
 * Check an installed copy of the package (or a build output) against its own
 * checksums: every file listed in `SHA256SUMS` must exist and hash to the
 * listed value, no file in the data folder may be missing from it, the
 * `sha256:` hashes and sizes in `datapackage.json` must agree, and each
 * article’s `hash` in the article blocks (`articles/*.jsonl`) must equal the one in `manifest.json`,
 * and each Parquet file must be framed as one.
 * Nothing is written; symbolic links are reported, not followed.
 *
 * This finds a damaged or edited copy. It cannot find a copy whose checksums
 * were rewritten along with the data: compare `sha256` of `SHA256SUMS` with a
 * value from a trusted place (a release note, the registry’s tarball) for that.
 *
 * @param dir
 *   The installed package (`node_modules/nato-russland-korpus`), a build
 *   output (`generated`) or the data folder itself.
 * @returns
 *   Verified files and problems.
 * @example
 *   const { problems } = await verifyPackage('node_modules/nato-russland-korpus')
 *   for (const problem of problems) console.log(`${problem.path}: ${problem.reason}`)
 */
export async function verifyPackage(dir: string): Promise<VerifyResult> {
  let dataFolder: string | undefined
  for (const candidate of dataFolders) {
    if (await isFile(join(dir, candidate, checksumFileName))) {
      dataFolder = candidate
      break
    }
  }
  if (dataFolder === undefined) {
    const where = dataFolders.map((folder) => `\`${join(folder, checksumFileName)}\``).join(', ')
    return {
      dataFolder,
      verified: [],
      problems: [{ path: join(dataFolders[0]!, checksumFileName), kind: 'missing', reason: `Cannot find a checksum file, expected one of ${where} in \`${dir}\`` }]
    }
  }

  const base = join(dir, dataFolder)
  const shown = (path: string): string => normalize(join(dataFolder!, path))
  const problems: VerifyProblem[] = []
  const verified: string[] = []
  const listed = new Map<string, string>()
  const contents = new Map<string, Buffer>()

  const sums = await readFile(join(base, checksumFileName), 'utf8')
  sums.split('\n').forEach((line, index) => {
    if (line === '') return
    const match = /^([\da-f]{64}) [ *]([^\n]+)$/.exec(line)
    const path = match?.[2]
    if (!match || !path || !isInside(path) || listed.has(path)) {
      problems.push({
        path: shown(checksumFileName),
        kind: 'malformed',
        reason: `Unexpected line ${index + 1} \`${line.slice(0, 80)}\`, expected \`<64 hex digits>  <relative path>\` once per file`
      })
      return
    }
    listed.set(path, match[1]!)
  })

  for (const [path, expected] of [...listed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const read = await readPlain(join(base, path))
    if (read.kind !== 'file') {
      problems.push({ path: shown(path), kind: read.kind, reason: read.kind === 'link' ? 'Unexpected symbolic link, expected the file itself' : `Missing file, expected it (listed in ${checksumFileName})` })
      continue
    }
    contents.set(path, read.bytes)
    const actual = sha256(read.bytes)
    if (actual === expected) verified.push(shown(path))
    else problems.push({ path: shown(path), kind: 'changed', reason: `Unexpected content (sha256 ${actual}), expected sha256 ${expected} from ${checksumFileName}` })
  }

  for (const path of await listFiles(base)) {
    if (path !== checksumFileName && !listed.has(path)) {
      problems.push({ path: shown(path), kind: 'unlisted', reason: `Unexpected file that ${checksumFileName} does not list, expected only the files the build wrote` })
    }
  }

  problems.push(...checkDataPackage(contents, shown), ...checkManifest(contents, shown), ...checkParquet(contents, shown))
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : 1))
  return { dataFolder, verified: verified.sort(), problems }
}

/** `datapackage.json` must agree with the files it describes. */
function checkDataPackage(contents: ReadonlyMap<string, Buffer>, shown: (path: string) => string): VerifyProblem[] {
  const text = contents.get('datapackage.json')
  if (text === undefined) return []
  const data = parseJson(text) as { resources?: Array<{ path?: unknown; hash?: unknown; bytes?: unknown }> } | undefined
  if (!data || !Array.isArray(data.resources)) {
    return [{ path: shown('datapackage.json'), kind: 'malformed', reason: 'Unexpected `datapackage.json` without a `resources` list, expected a Frictionless data package' }]
  }
  const problems: VerifyProblem[] = []
  for (const resource of data.resources) {
    if (typeof resource?.path === 'string') {
      if (!isInside(resource.path)) continue
      const bytes = contents.get(resource.path)
      if (!bytes) continue
      const hash = typeof resource.hash === 'string' ? resource.hash.replace(/^sha256:/, '') : undefined
      if ((hash !== undefined && hash !== sha256(bytes)) || (typeof resource.bytes === 'number' && resource.bytes !== bytes.byteLength)) {
        problems.push({ path: shown(resource.path), kind: 'changed', reason: 'Unexpected content that differs from its hash or size in `datapackage.json`' })
      }
    } else if (Array.isArray(resource?.path)) {
      // A table in blocks: each block's hash is in SHA256SUMS; their total size is here.
      const parts = resource.path.filter((part): part is string => typeof part === 'string' && isInside(part))
      const missing = parts.filter((part) => !contents.has(part))
      for (const part of missing) problems.push({ path: shown(part), kind: 'missing', reason: 'Missing block that `datapackage.json` lists, expected it to be listed in SHA256SUMS too' })
      const total = parts.reduce((sum, part) => sum + (contents.get(part)?.byteLength ?? 0), 0)
      if (missing.length === 0 && typeof resource.bytes === 'number' && resource.bytes !== total) {
        problems.push({ path: shown(parts[0] ?? 'datapackage.json'), kind: 'changed', reason: `Unexpected total size ${total} of the blocks, expected ${resource.bytes} from \`datapackage.json\`` })
      }
    }
  }
  return problems
}

/** The article files: `articles.jsonl` (the layout before blocks) and the blocks `articles/*.jsonl`, in name order. */
function articleFiles(contents: ReadonlyMap<string, Buffer>): string[] {
  return [...contents.keys()].filter((path) => path === 'articles.jsonl' || /^articles\/[^/]+\.jsonl$/.test(path)).sort()
}

/** Each article’s `hash` in the article files (`articles/*.jsonl`) must equal the manifest’s, and both must list the same articles. */
function checkManifest(contents: ReadonlyMap<string, Buffer>, shown: (path: string) => string): VerifyProblem[] {
  const manifestText = contents.get('manifest.json')
  const files = articleFiles(contents)
  if (manifestText === undefined || files.length === 0) return []
  const manifest = parseJson(manifestText) as { articles?: Record<string, unknown> } | undefined
  if (!manifest || typeof manifest.articles !== 'object' || manifest.articles === null) {
    return [{ path: shown('manifest.json'), kind: 'malformed', reason: 'Unexpected `manifest.json` without `articles` hashes, expected the corpus manifest' }]
  }
  const expected = new Map(Object.entries(manifest.articles))
  const problems: VerifyProblem[] = []
  const seen = new Set<string>()
  for (const file of files) {
    contents
      .get(file)!
      .toString('utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line === '') return
        const record = parseJson(Buffer.from(line)) as { id?: unknown; hash?: unknown } | undefined
        const id = typeof record?.id === 'string' ? record.id : undefined
        if (id === undefined) {
          problems.push({ path: shown(file), kind: 'malformed', reason: `Unexpected line ${index + 1} that is not an article record, expected JSON with \`id\` and \`hash\`` })
          return
        }
        seen.add(id)
        if (!expected.has(id)) problems.push({ path: shown(file), kind: 'changed', reason: `Unexpected article \`${id}\` that \`manifest.json\` does not list` })
        else if (expected.get(id) !== record!.hash) {
          problems.push({ path: shown(file), kind: 'changed', reason: `Unexpected hash of article \`${id}\`, expected the one in \`manifest.json\`` })
        }
      })
  }
  for (const id of expected.keys()) {
    if (!seen.has(id)) problems.push({ path: shown(files[0]!), kind: 'missing', reason: `Missing article \`${id}\` that \`manifest.json\` lists` })
  }
  return problems
}

/** Magic bytes a Parquet file starts and ends with. */
const parquetMagic = Buffer.from('PAR1', 'latin1')

/** Each Parquet file must be framed as one (`PAR1` … footer length, `PAR1`); its rows are the same as the JSON Lines' by construction. */
function checkParquet(contents: ReadonlyMap<string, Buffer>, shown: (path: string) => string): VerifyProblem[] {
  const problems: VerifyProblem[] = []
  for (const [path, bytes] of contents) {
    if (!path.endsWith('.parquet')) continue
    const footer = bytes.byteLength >= 12 ? bytes.readUInt32LE(bytes.byteLength - 8) : -1
    const framed = footer >= 0 && footer <= bytes.byteLength - 12 && bytes.subarray(0, 4).equals(parquetMagic) && bytes.subarray(-4).equals(parquetMagic)
    if (!framed) problems.push({ path: shown(path), kind: 'malformed', reason: 'Unexpected content that is not a Parquet file (no `PAR1` header, footer and footer length), expected the table the build wrote' })
  }
  return problems
}

/** Whether a listed path stays inside the data folder. */
function isInside(path: string): boolean {
  if (isAbsolute(path) || path.includes('\\') || path.includes('\0')) return false
  const normal = normalize(path)
  return normal !== '.' && normal !== '..' && !normal.startsWith(`..${sep}`) && normal === path
}

async function readPlain(path: string): Promise<{ kind: 'file'; bytes: Buffer } | { kind: 'missing' | 'link' }> {
  const stats = await lstat(path).catch(() => undefined)
  if (!stats) return { kind: 'missing' }
  if (stats.isSymbolicLink()) return { kind: 'link' }
  if (!stats.isFile()) return { kind: 'missing' }
  return { kind: 'file', bytes: await readFile(path) }
}

async function isFile(path: string): Promise<boolean> {
  const stats = await lstat(path).catch(() => undefined)
  return stats !== undefined && stats.isFile()
}

/** Every file and link below `dir`, relative, with `/` separators. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}
