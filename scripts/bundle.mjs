#!/usr/bin/env node
// @ts-check
/**
 * The bundle step of `npm run build`: tsup bundles the runtime code (src/ into
 * dist/), the TypeScript compiler writes its declarations (`bundle/declarations.mjs`), then the data `korpus build` wrote (`generated/runtime/*.js`,
 * `generated/data/`) is brought into dist/ as it is. tsup runs only when its
 * inputs changed since the last bundle, or the files it made in dist/ are
 * missing or changed: after a change to articles alone, only the data is
 * synced (the changed files; the others are hard links to the same files).
 *
 * Plain JavaScript run by Node: no TypeScript loader to start (it would cost
 * more than the check).
 *
 * Usage: node scripts/bundle.mjs [--force] [tsup options…]
 *   --force  bundle even when nothing changed (so does removing dist/)
 *   other options go to tsup (e.g. --silent)
 *
 * The record of the last bundle: node_modules/.cache/nato-russland-korpus/bundle.json.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFile, link, lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { writeDeclarations } from './bundle/declarations.mjs'

/**
 * @typedef {object} BundleStamp
 *   What the bundle was made from and what it made.
 * @property {string} inputs
 *   `bundleInputsHash` when it was made.
 * @property {Record<string, string>} outputs
 *   SHA-256 of each file tsup wrote, by path relative to `dist/` (not the data folders).
 */

/** The folders of `dist/` that hold data, synced from `generated/`, not made by tsup. */
const dataFolders = ['runtime', 'data']

/** The packages whose versions decide what tsup makes of the same files. */
const tools = ['tsup', 'esbuild', 'typescript', 'rollup']

/**
 * Every file under `dir` (relative paths with `/`, sorted); none when it does not exist.
 *
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/**
 * @param {Uint8Array | string} bytes
 * @returns {string}
 */
export function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * SHA-256 of each file (of `'\0missing'` for one that cannot be read), read
 * at the same time. With `known`, a path it has is taken from it and the
 * others are added to it: `npm run build` (`scripts/build.mjs`) hashes `src/`
 * once for the build tool and the bundle step.
 *
 * @param {string} root
 *   Project folder.
 * @param {readonly string[]} paths
 *   Paths relative to `root`.
 * @param {Map<string, string>} [known]
 *   Hashes of files read before in this process, by path.
 * @returns {Promise<string[]>}
 *   Hex SHA-256 of each, in order.
 */
export function hashFiles(root, paths, known = new Map()) {
  return Promise.all(
    paths.map(async (path) => {
      let hash = known.get(path)
      if (hash === undefined) {
        hash = sha256(await readFile(join(root, path)).catch(() => '\0missing'))
        known.set(path, hash)
      }
      return hash
    })
  )
}

/**
 * Hash of everything the bundle of the runtime code depends on: all of `src/`
 * (more than tsup reads, the build code too, so that no import is ever
 * missed), the declarations of the data modules (`generated/runtime/*.d.ts`:
 * the `ArticleId` and `EntityId` unions end up in `dist/*.d.ts`; the data
 * modules themselves are never bundled), `tsup.config.ts`, `tsconfig.json`,
 * `package.json`, this script, and the versions of tsup and the tools it
 * bundles with. Article data is not in it: a change to articles that leaves
 * the set of ids as it was leaves the hash as it was.
 *
 * @param {string} root
 *   Project folder.
 * @param {Map<string, string>} [known]
 *   Hashes of files read before in this process (see `hashFiles`).
 * @returns {Promise<string>}
 *   Hex SHA-256.
 */
export async function bundleInputsHash(root, known) {
  const hash = createHash('sha256')
  const files = [
    ...(await filesUnder(join(root, 'src'))).map((path) => `src/${path}`),
    ...(await filesUnder(join(root, 'generated', 'runtime'))).filter((path) => path.endsWith('.d.ts')).map((path) => `generated/runtime/${path}`),
    'scripts/bundle.mjs',
    ...(await filesUnder(join(root, 'scripts', 'bundle'))).map((path) => `scripts/bundle/${path}`),
    'tsup.config.ts',
    'tsconfig.json',
    'package.json'
  ]
  const hashes = await hashFiles(root, files, known)
  files.forEach((path, index) => hash.update(`${path}\0${hashes[index]}\0`))
  const require = createRequire(join(root, 'package.json'))
  for (const tool of tools) {
    let version = 'missing'
    try {
      version = String(JSON.parse(await readFile(require.resolve(`${tool}/package.json`), 'utf8')).version)
    } catch {}
    hash.update(`version of ${tool}\0${version}\0`)
  }
  return hash.digest('hex')
}

/**
 * SHA-256 of each file tsup made in `dist/` (everything but the data folders).
 *
 * @param {string} root
 *   Project folder.
 * @returns {Promise<Record<string, string>>}
 *   Hashes by path relative to `dist/`.
 */
export async function bundleOutputs(root) {
  const dist = join(root, 'dist')
  /** @type {Record<string, string>} */
  const outputs = {}
  for (const path of await filesUnder(dist)) {
    if (!dataFolders.includes(path.split('/')[0] ?? '')) outputs[path] = sha256(await readFile(join(dist, path)))
  }
  return outputs
}

/**
 * Why the bundle must be made again, or `undefined` when the one in `dist/`
 * is up to date: made from the same inputs, every file it made still there
 * with the same bytes, and no other.
 *
 * @param {BundleStamp | undefined} stamp
 *   The record of the last bundle, if any.
 * @param {string} inputs
 *   `bundleInputsHash` now.
 * @param {Record<string, string>} outputs
 *   `bundleOutputs` now.
 * @returns {string | undefined}
 */
export function staleBecause(stamp, inputs, outputs) {
  if (!stamp || Object.keys(stamp.outputs).length === 0) return 'no bundle recorded'
  if (stamp.inputs !== inputs) return 'code, config or tool versions changed'
  for (const [path, hash] of Object.entries(stamp.outputs)) {
    if (!(path in outputs)) return `dist/${path} is missing`
    if (outputs[path] !== hash) return `dist/${path} changed`
  }
  const extra = Object.keys(outputs).find((path) => !(path in stamp.outputs))
  return extra ? `dist/${extra} was not made by the bundle` : undefined
}

/**
 * Bring `dist/runtime/` (the data modules, `*.js`) and `dist/data/` (the
 * `./data/*` subpath) up to what `korpus build` wrote in `generated/`. Each
 * file is a hard link to the build's file (`korpus build` never changes a file
 * it wrote: every build writes a new folder, linking the files that stayed the
 * same), so a file that is already the same file costs one `stat` and no
 * bytes; where linking fails (another file system) it is copied. Files that
 * `generated/` no longer has are removed.
 *
 * @param {string} root
 *   Project folder.
 * @returns {Promise<{ written: number, kept: number, removed: number }>}
 *   How many files were written, kept and removed.
 */
export async function syncData(root) {
  const report = { written: 0, kept: 0, removed: 0 }
  const generated = join(root, 'generated')
  if (!(await lstat(join(generated, 'runtime')).catch(() => undefined))) {
    throw new Error('Cannot find `generated/runtime/`, expected `korpus build` to run before the bundle (`npm run build` does both)')
  }
  for (const [folder, keep] of /** @type {const} */ ([
    ['runtime', (/** @type {string} */ path) => path.endsWith('.js')],
    ['data', () => true]
  ])) {
    const source = join(generated, folder)
    const target = join(root, 'dist', folder)
    const wanted = (await filesUnder(source)).filter(keep)
    const kept = new Set(wanted)
    for (const path of await filesUnder(target)) {
      if (kept.has(path)) continue
      await rm(join(target, path), { force: true })
      report.removed++
    }
    for (const path of wanted) {
      const from = join(source, path)
      const file = join(target, path)
      const [is, was] = await Promise.all([stat(from), stat(file).catch(() => undefined)])
      if (was && was.ino === is.ino && was.dev === is.dev) {
        report.kept++
        continue
      }
      await mkdir(dirname(file), { recursive: true })
      await rm(file, { force: true })
      await link(from, file).catch(() => copyFile(from, file))
      report.written++
    }
  }
  return report
}

/**
 * Run tsup in `root` with `args`.
 *
 * @param {string} root
 * @param {string[]} args
 * @returns {Promise<void>}
 */
async function tsup(root, args) {
  const require = createRequire(join(root, 'package.json'))
  const bin = join(dirname(require.resolve('tsup/package.json')), 'dist', 'cli-default.js')
  await new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' })
    run.on('error', reject)
    run.on('close', (code, signal) => (code === 0 ? resolve(undefined) : reject(new Error(`tsup failed (exit code ${code ?? signal})`))))
  })
}

/**
 * Bundle the runtime code if needed, then sync the data into `dist/`.
 *
 * @param {string} root
 *   Project folder.
 * @param {{ force?: boolean, tsupArgs?: string[], log?: (line: string) => void, known?: Map<string, string> }} [options]
 *   `force`: bundle even when up to date; `tsupArgs`: options for tsup; `log`: where to say what happened;
 *   `known`: hashes of files read before in this process (see `hashFiles`).
 * @returns {Promise<{ bundled: string | undefined, written: number, kept: number, removed: number }>}
 *   Why it bundled (`undefined` when it did not), and the sync's counts.
 */
export async function bundle(root, options = {}) {
  const log = options.log ?? (() => {})
  const stampFile = join(root, 'node_modules', '.cache', 'nato-russland-korpus', 'bundle.json')
  const inputs = await bundleInputsHash(root, options.known)
  /** @type {BundleStamp | undefined} */
  const stamp = await readFile(stampFile, 'utf8').then((text) => JSON.parse(text), () => undefined)
  const reason = options.force ? '--force' : staleBecause(stamp, inputs, await bundleOutputs(root))
  if (reason) {
    log(`Bundling the runtime code with tsup (${reason})`)
    // No record while dist/ is being written: a failed bundle is made again next time.
    await rm(stampFile, { force: true })
    await tsup(root, options.tsupArgs ?? [])
    await writeDeclarations(root)
    await mkdir(dirname(stampFile), { recursive: true })
    await writeFile(stampFile, `${JSON.stringify({ inputs, outputs: await bundleOutputs(root) }, null, 2)}\n`)
  } else {
    log('Runtime code unchanged since the last bundle: tsup skipped (`--force` bundles anyway)')
  }
  const sync = await syncData(root)
  log(`Data in dist/: ${sync.written} files written, ${sync.kept} unchanged, ${sync.removed} removed`)
  return { bundled: reason, ...sync }
}

const isMain = process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])
if (isMain) {
  const args = process.argv.slice(2)
  const silent = args.includes('--silent')
  try {
    await bundle(process.cwd(), {
      force: args.includes('--force'),
      tsupArgs: args.filter((arg) => arg !== '--force'),
      log: silent ? undefined : (line) => process.stderr.write(`${line}\n`)
    })
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
