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
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)))
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`Added ${added} platform package entries to package-lock.json.`)
