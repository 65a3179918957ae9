#!/usr/bin/env node
// @ts-check
/**
 * The `korpus` CLI as `npm run korpus`, `npm run build` and `npm run check`
 * start it: src/ bundled by esbuild into a plain-JavaScript build tool, so no
 * TypeScript loader starts (tsx cost more than the rest of a rebuild's fixed
 * work). The bundle is made again only when what it is made from changed
 * (`buildToolHash`: every file of src/, this script, tsconfig.json,
 * package.json, the lockfile, the esbuild version) and kept by that hash in
 * `node_modules/.cache/nato-russland-korpus/build-tool/<hash>/`: `korpus.mjs`
 * (the CLI, entry src/cli/build-tool.ts) and beside it the threads, named as
 * their modules start them from source: `worker.mjs` (the build worker,
 * src/pipeline/workers/prepare-worker.ts) and `duckdb-worker.mjs`
 * (src/pipeline/emit/duckdb-thread.ts). The packages are in the bundle but
 * DuckDB's native bindings and tsx.
 *
 * When the bundle cannot be made (src/ does not compile: tsx then reports the
 * error as before; or the cache folder cannot be written: said on stderr),
 * or with `KORPUS_FROM_SOURCE=1`, the CLI runs from src/ through tsx as before.
 * Stack traces of the bundle point into it; `KORPUS_FROM_SOURCE=1` (or
 * `NODE_OPTIONS=--enable-source-maps`, the bundle has a source map) gives
 * positions in src/.
 *
 * Usage: node scripts/korpus.mjs <command> [options]   (as `korpus`)
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { filesUnder, hashFiles } from './bundle.mjs'

/** Bundles of other hashes kept beside the one in use (other checkouts may share `node_modules`). */
const keptBundles = 8

/**
 * Hash of everything the bundled build tool is made from.
 *
 * @param {string} root
 *   Project folder.
 * @param {Map<string, string>} [known]
 *   Hashes of files read before in this process (see `hashFiles`).
 * @returns {Promise<string>}
 *   Hex SHA-256.
 */
export async function buildToolHash(root, known) {
  const hash = createHash('sha256')
  const files = [...(await filesUnder(join(root, 'src'))).map((path) => `src/${path}`), 'scripts/korpus.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']
  const hashes = await hashFiles(root, files, known)
  files.forEach((path, index) => hash.update(`${path}\0${hashes[index]}\0`))
  let version = 'missing'
  try {
    version = String(JSON.parse(await readFile(createRequire(join(root, 'package.json')).resolve('esbuild/package.json'), 'utf8')).version)
  } catch {}
  return hash.update(`version of esbuild\0${version}\0`).digest('hex')
}

/**
 * The folder of the build tool bundled from `root`'s src/ as it is now, made
 * if there is none for its hash.
 *
 * @param {string} root
 *   Project folder.
 * @param {Map<string, string>} [known]
 *   Hashes of files read before in this process (see `hashFiles`).
 * @returns {Promise<{ folder: string, made: boolean }>}
 *   The folder holding `korpus.mjs` and `worker.mjs`, and whether this call made it.
 * @throws
 *   When esbuild is missing, src/ does not compile (the error has esbuild's
 *   `errors`), or the folder cannot be written.
 */
export async function buildTool(root, known) {
  const tools = join(root, 'node_modules', '.cache', 'nato-russland-korpus', 'build-tool')
  const folder = join(tools, (await buildToolHash(root, known)).slice(0, 32))
  if (await stat(join(folder, 'korpus.mjs')).catch(() => undefined)) return { folder, made: false }
  const esbuild = await import(pathToFileURL(createRequire(join(root, 'package.json')).resolve('esbuild')).href)
  const temporary = `${folder}.${process.pid}-${Date.now()}.tmp`
  await mkdir(tools, { recursive: true })
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: {
        korpus: join(root, 'src', 'cli', 'build-tool.ts'),
        // The threads, by the names their modules start them as (`new URL('./worker.mjs', import.meta.url)`).
        worker: join(root, 'src', 'pipeline', 'workers', 'prepare-worker.ts'),
        'duckdb-worker': join(root, 'src', 'pipeline', 'emit', 'duckdb-thread.ts')
      },
      outdir: temporary,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      // The packages are bundled too (loading them from node_modules, file by file, cost more than the
      // rest of the start); DuckDB's native addon (with the code that finds it) and tsx stay where they are.
      external: ['@duckdb/node-bindings', 'tsx', 'tsx/*'],
      banner: { js: "import { createRequire as __korpusRequire } from 'node:module'; const require = __korpusRequire(import.meta.url);" },
      platform: 'node',
      format: 'esm',
      target: 'node20',
      charset: 'utf8',
      sourcemap: true,
      logLevel: 'silent'
    })
    // Whole or not at all: a folder that exists is complete. Another process may have made it meanwhile.
    await rename(temporary, folder).catch(async (/** @type {NodeJS.ErrnoException} */ error) => {
      if (!(await stat(join(folder, 'korpus.mjs')).catch(() => undefined))) throw error
    })
  } finally {
    await rm(temporary, { recursive: true, force: true })
  }
  await prune(tools, folder)
  return { folder, made: true }
}

/**
 * Remove the bundles of other hashes but the newest `keptBundles`.
 *
 * @param {string} tools
 *   The folder of the bundles.
 * @param {string} current
 *   The bundle in use.
 */
async function prune(tools, current) {
  const others = []
  for (const name of await readdir(tools)) {
    const path = join(tools, name)
    if (path === current || name.endsWith('.tmp')) continue
    const info = await stat(path).catch(() => undefined)
    if (info) others.push({ path, time: info.mtimeMs })
  }
  others.sort((a, b) => b.time - a.time)
  for (const { path } of others.slice(keptBundles)) await rm(path, { recursive: true, force: true })
}

/**
 * Run the `korpus` CLI: bundled, or from src/ through tsx.
 *
 * @param {string} root
 *   Project folder (of src/).
 * @param {readonly string[]} argv
 *   Its arguments (`['build', '--jobs', '2']`).
 * @param {Map<string, string>} [known]
 *   Hashes of files read before in this process (see `hashFiles`); the ones read here are added.
 * @returns {Promise<number>}
 *   The exit code.
 */
export async function runKorpus(root, argv, known) {
  if (process.env.KORPUS_FROM_SOURCE !== '1') {
    /** @type {string | undefined} */
    let folder
    try {
      folder = (await buildTool(root, known)).folder
    } catch (error) {
      // A compile error is tsx's to report, as it was before the bundle.
      const compile = Array.isArray(/** @type {{ errors?: unknown }} */ (error)?.errors)
      if (!compile) process.stderr.write(`Cannot bundle the build tool (${error instanceof Error ? error.message : String(error)}); running src/ through tsx.\n`)
    }
    if (folder) {
      const entry = () => import(pathToFileURL(join(folder, 'korpus.mjs')).href)
      // Removed in between by a checkout sharing `node_modules` (see `prune`): made again.
      const tool = await entry().catch(async (/** @type {NodeJS.ErrnoException} */ error) => {
        if (error?.code !== 'ERR_MODULE_NOT_FOUND' || (await stat(join(folder ?? '', 'korpus.mjs')).catch(() => undefined))) throw error
        folder = (await buildTool(root)).folder
        return entry()
      })
      return tool.main(join(root, 'src'), argv)
    }
  }
  const { tsImport } = await import('tsx/esm/api')
  const cli = await tsImport(pathToFileURL(join(root, 'src', 'cli', 'run-cli.ts')).href, import.meta.url)
  return cli.runCli(argv, cli.processIo())
}

const isMain = process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])
if (isMain) process.exitCode = await runKorpus(join(dirname(fileURLToPath(import.meta.url)), '..'), process.argv.slice(2))
