// Installed packages whose `engines.node` leaves out a Node.js version this project supports.
//
//   node --import tsx scripts/engines.ts     list them and exit 1 when there is one
//
// Two ranges, both read from package.json: `engines.node` is what users of the
// package need, so every production dependency must accept all of it;
// `devEngines.runtime.version` is what a contributor needs for `npm install`,
// `npm test` and the build, so every development dependency must accept all of that.
// "Accept all of it" is `semver.subset`: a package that wants `^22.22.2 || >=24.15.0`
// while we promise `^20.19.0` is reported, because `npm install` on Node 20 would
// warn EBADENGINE and the tool may not run there. test/scripts/engines.test.ts runs
// this on the installed tree as part of `npm test`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The part of `semver` used here (the package ships no types; it is a dev dependency). */
interface Semver {
  subset(sub: string, dom: string): boolean
  validRange(range: string): string | null
}

const semver = createRequire(import.meta.url)('semver') as Semver

/** An installed package that does not accept the whole supported range. */
export interface EngineConflict {
  /** Install path relative to the project (`node_modules/a/node_modules/b`). */
  path: string
  /** `name@version` from its package.json. */
  id: string
  /** Its `engines.node`. */
  engines: string
  /** Whether the lockfile marks it as a development-only dependency. */
  dev: boolean
  /** The range it was checked against (`engines.node` or `devEngines.runtime.version`). */
  required: string
}

/** The ranges a project supports, read from its package.json. */
export interface SupportedRanges {
  /** `engines.node`: what users of the published package need. */
  runtime: string
  /** `devEngines.runtime.version` (falls back to `runtime`): what contributors need. */
  development: string
}

/**
 * Read the supported Node.js ranges from the package.json in `root`.
 *
 * @param root Project directory.
 * @returns Both ranges; throws a `TypeError` naming the field when `engines.node` is missing.
 */
export function supportedRanges(root: string): SupportedRanges {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    engines?: { node?: string }
    devEngines?: { runtime?: { name?: string; version?: string } | { name?: string; version?: string }[] }
  }
  const runtime = manifest.engines?.node
  if (!runtime) throw new TypeError(`Expected \`engines.node\` in ${join(root, 'package.json')}`)
  const runtimes = [manifest.devEngines?.runtime ?? []].flat()
  const development = runtimes.find((entry) => entry.name === 'node')?.version ?? runtime
  return { runtime, development }
}

/**
 * List every package installed under `root/node_modules` (nested ones included)
 * whose `engines.node` does not accept the whole supported range.
 *
 * @param root Project directory with `package.json`, `package-lock.json` and `node_modules/`.
 * @param ranges Ranges to check against (default: read from `root/package.json`).
 * @returns The conflicts, sorted by path; empty when every package accepts the range.
 * @example
 *   engineConflicts('.') // [] once no dependency excludes Node 20.19
 */
export function engineConflicts(root: string, ranges: SupportedRanges = supportedRanges(root)): EngineConflict[] {
  const lockPath = join(root, 'package-lock.json')
  const lock = existsSync(lockPath)
    ? (JSON.parse(readFileSync(lockPath, 'utf8')) as { packages?: Record<string, { dev?: boolean }> })
    : {}
  const conflicts: EngineConflict[] = []
  for (const dir of installedPackages(join(root, 'node_modules'))) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name?: string
      version?: string
      engines?: { node?: unknown }
    }
    const engines = manifest.engines?.node
    if (typeof engines !== 'string') continue
    const path = relative(root, dir).split('\\').join('/')
    // Not in the lockfile: held to the stricter of the two (the runtime range).
    const dev = lock.packages?.[path]?.dev ?? false
    const required = dev ? ranges.development : ranges.runtime
    const accepted = semver.validRange(engines) !== null && semver.subset(required, engines)
    if (!accepted) conflicts.push({ path, id: `${manifest.name}@${manifest.version}`, engines, dev, required })
  }
  return conflicts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Package directories under a `node_modules` folder, scoped and nested ones included. */
function installedPackages(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return []
  const found: string[] = []
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const dirs = entry.name.startsWith('@')
      ? readdirSync(join(nodeModules, entry.name), { withFileTypes: true })
          .filter((scoped) => scoped.isDirectory())
          .map((scoped) => join(nodeModules, entry.name, scoped.name))
      : [join(nodeModules, entry.name)]
    for (const dir of dirs) {
      if (!existsSync(join(dir, 'package.json'))) continue
      found.push(dir, ...installedPackages(join(dir, 'node_modules')))
    }
  }
  return found
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const ranges = supportedRanges(root)
  const conflicts = engineConflicts(root, ranges)
  for (const c of conflicts) {
    console.error(`${c.path}: ${c.id} wants Node ${c.engines}, ${c.dev ? 'contributors' : 'users'} may run ${c.required}`)
  }
  console.log(
    conflicts.length
      ? `${conflicts.length} installed package(s) exclude part of the supported Node.js range: pin or override them.`
      : `Every installed package accepts Node ${ranges.runtime} (runtime) / ${ranges.development} (development).`
  )
  process.exitCode = conflicts.length ? 1 : 0
}
