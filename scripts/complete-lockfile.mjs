// Add lockfile entries for the platform packages a registry mirror does not serve.
//
//   node scripts/complete-lockfile.mjs
//
// Packages such as rollup and @duckdb/node-bindings list one optional dependency
// per platform. When the registry answers 404 for the platforms this machine
// does not run (as the mirror of this project's CI does), `npm install` leaves
// them out of package-lock.json and `npm ci` then refuses the lockfile as out of
// sync. This adds each missing one as an optional entry with its `os`, `cpu` and
// `libc` read off its name, so `npm ci` skips it on other platforms and fetches
// it where it belongs. Run it after `npm install` changes the lockfile.
//
// The file is written the way npm writes it (see `stringifyLikeNpm`), so a later
// `npm install` on a fresh clone leaves it byte for byte as committed.
import { readFileSync, writeFileSync } from 'node:fs'

const path = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(path, 'utf8'))
const packages = lock.packages
const platform = /-(android|darwin|freebsd|linux|win32|openbsd|openharmony)-(arm64|x64|arm|ia32|riscv64|ppc64|s390x|loong64)(?:-(\w+))?$/

let added = 0
for (const [key, meta] of Object.entries({ ...packages })) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = key ? `${key}/node_modules/` : 'node_modules/'
    if (packages[`${base}${name}`] || packages[`node_modules/${name}`]) continue
    const match = platform.exec(name)
    if (!match) continue
    const [, os, cpu, rest] = match
    const entry = { version, cpu: [cpu], dev: meta.dev ?? undefined, optional: true, os: [os] }
    if (rest?.includes('musl')) entry.libc = ['musl']
    else if (rest?.startsWith('gnu')) entry.libc = ['glibc']
    packages[`node_modules/${name}`] = entry
    added++
  }
}
writeFileSync(path, stringifyLikeNpm(lock))
console.log(`Added ${added} platform package entries to package-lock.json.`)

/**
 * Serialize a lockfile as npm 7+ does (`json-stringify-nice` with the key order of
 * `@npmcli/arborist`'s shrinkwrap): in every object, values that are not plain
 * objects come first, then objects; within each group the keys `name`, `version`,
 * `lockfileVersion`, `resolved`, `integrity`, `requires`, `packages`,
 * `dependencies` lead in that order and the rest follow by `localeCompare(…, 'en')`.
 * Two-space indent and a final newline.
 *
 * @param {unknown} value
 * @returns {string}
 */
function stringifyLikeNpm(value) {
  const preferred = ['name', 'version', 'lockfileVersion', 'resolved', 'integrity', 'requires', 'packages', 'dependencies']
  const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x)
  const compareKeys = (a, b) => {
    const ia = preferred.indexOf(a)
    const ib = preferred.indexOf(b)
    if (ia !== -1 || ib !== -1) return ia === -1 ? 1 : ib === -1 ? -1 : ia - ib
    return a.localeCompare(b, 'en')
  }
  const sorted = (_key, x) =>
    isObject(x)
      ? Object.fromEntries(
          Object.entries(x).sort(([ak, av], [bk, bv]) =>
            isObject(av) === isObject(bv) ? compareKeys(ak, bk) : isObject(av) ? 1 : -1
          )
        )
      : x
  return `${JSON.stringify(value, sorted, 2)}\n`
}
