// Child process of `npm run bench`: the cost of importing the main entry of a
// built synthetic corpus, or (`json`) of JSON.parse over the same metadata
// read from one file. Run with `node --expose-gc`. Prints one JSON object.
//
// Usage: node --expose-gc scripts/bench/import-run.mjs import DIST_INDEX_JS
//        node --expose-gc scripts/bench/import-run.mjs module DIST_RUNTIME_MODULE_JS
//        node --expose-gc scripts/bench/import-run.mjs json METADATA_JSON
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [mode, path] = process.argv.slice(2)
globalThis.gc()
const heapBefore = process.memoryUsage().heapUsed
const start = process.hrtime.bigint()
const cpuStart = process.cpuUsage()
let api
let data
if (mode === 'import') api = await import(pathToFileURL(path).href)
else if (mode === 'module') await import(pathToFileURL(path).href)
else data = JSON.parse(readFileSync(path, 'utf8'))
const ms = Number(process.hrtime.bigint() - start) / 1e6
// CPU time of all threads (GC and compiler threads included): steadier than
// wall time when other processes share the cores.
const cpu = process.cpuUsage(cpuStart)
const cpuMs = (cpu.user + cpu.system) / 1000
globalThis.gc()
const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024
const report = { mode, ms, cpuMs, heapMiB }
if (api) {
  // Bodies load on first read: heap after reading one article's text.
  const first = api.articles[0]
  const bodyStart = process.hrtime.bigint()
  const length = api.getArticle(first.id).markdown.length
  report.firstBodyMs = Number(process.hrtime.bigint() - bodyStart) / 1e6
  globalThis.gc()
  report.heapAfterBodyMiB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024
  report.bodyChars = length
}
process.stdout.write(`${JSON.stringify({ ...report, records: data ? Object.values(data).reduce((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0) : undefined })}\n`)
