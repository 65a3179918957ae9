// Per-article stage times over a corpus folder, next to the remark-parse floor
// of the same process: `npx tsx scripts/bench/stage-profile.ts DIR [N] [ROUNDS]`.
// Run with `node --cpu-prof --import tsx` to see where the stages spend it.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { loadRegistryOf } from '../../src/pipeline/extract-source.js'
import { emptyStageTimes, stageNames } from '../../src/pipeline/stage-times.js'
import { prepareRecord } from '../../src/pipeline/transport/prepared-record.js'

const [dir = '/tmp/perf-s2k', count = '2000', roundsText = '2'] = process.argv.slice(2)
const names = (await readdir(join(dir, 'articles'))).filter((name) => name.endsWith('.md')).sort().slice(0, Number(count))
const texts = await Promise.all(names.map((name) => readFile(join(dir, 'articles', name), 'utf8')))
const registry = await loadRegistryOf(dir)
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
/** CPU time of this thread in ms (less disturbed than the clock by other processes on a shared machine). */
const cpu = (): number => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
let floorCpu = 0
const floor = (): number => {
  const start = performance.now()
  const startCpu = cpu()
  for (const text of texts) processor.parse(text)
  floorCpu += (cpu() - startCpu) / texts.length / 2
  return (performance.now() - start) / texts.length
}
for (let round = 0; round < Number(roundsText); round++) {
  floorCpu = 0
  const before = floor()
  const times = emptyStageTimes()
  const startCpu = cpu()
  // A digest of every record's bytes: the same before and after a speed-up, or the output changed.
  const digest = createHash('sha256')
  for (const [i, text] of texts.entries()) {
    const record = prepareRecord(join('corpus/articles', names[i]!), text, registry, '2026-12-31', times)
    if (!record) continue
    const { lines, modules, ...rest } = record.compiled
    digest.update(JSON.stringify([record.source, record.frontmatter, record.discovered, rest]))
    for (const bytes of [...Object.values(lines), ...Object.values(modules), record.body]) if (bytes) digest.update(bytes as Uint8Array)
  }
  const buildCpu = (cpu() - startCpu) / texts.length
  const after = floor()
  const parse = (before + after) / 2
  const row = stageNames.map((name) => `${name} ${(times[name] / times.articles).toFixed(3)} (${(times[name] / times.articles / parse).toFixed(2)}×)`)
  console.log(`round ${round + 1}, ${times.articles} articles, output ${digest.digest('hex').slice(0, 16)}: floor ${parse.toFixed(3)} ms (${before.toFixed(3)}/${after.toFixed(3)}); ${row.join(', ')}; CPU per article: prepareRecord ${buildCpu.toFixed(3)} ms, floor ${floorCpu.toFixed(3)} ms (${(buildCpu / floorCpu).toFixed(2)}×)`)
}
