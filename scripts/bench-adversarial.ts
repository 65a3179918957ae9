/**
 * `npm run bench:adversarial [-- --size BYTES]`: time import, check (parse,
 * validate, extract) and extract alone on adversarial texts of about 1 MB each
 * (scripts/adversarial/inputs.ts), and print milliseconds per megabyte and the
 * ratio to ordinary article text. Linear stages give ratios near 1 or below;
 * nothing here is asserted (the tests only check that these inputs complete).
 */
import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import { compileCorpus } from '../src/pipeline/compile/compile-corpus.js'
import { extract } from '../src/pipeline/extract/index.js'
import { recoverStructure } from '../src/pipeline/import/recover-structure.js'
import { toSource } from '../src/pipeline/import/to-source.js'
import { loadCorpus } from '../src/pipeline/load-corpus.js'
import { loadRegistry } from '../src/pipeline/registry/load-registry.js'
import { adversarialInputs, asSource } from './adversarial/inputs.js'

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000000' } } })
const size = Number(values.size)
const { registry: registryFiles } = await loadCorpus('corpus')
const registry = loadRegistry(registryFiles)

function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

const rows: Array<{ name: string; mb: number; stages: Record<string, number>; messages: number }> = []
for (const input of adversarialInputs(size)) {
  const mb = Buffer.byteLength(input.text) / 1_000_000
  const id = '2022-01-adversarial'
  let messages = 0
  const stages = {
    import: time(() => toSource(recoverStructure(input.text), { file: 'raw.txt', sha256: '0'.repeat(64) })),
    check: time(() => {
      const article = new VFile({ path: `corpus/articles/${id}.md`, value: asSource(id, input.text) })
      const registryCopies = registryFiles.map((file) => new VFile({ path: file.path, value: file.value }))
      compileCorpus({ articles: [article], registry: registryCopies, version: '0.0.0', today: '2022-12-31' })
      messages = article.messages.length
    }),
    extract: time(() => extract({ articleId: id, paragraphs: recoverStructure(input.text).blocks }, registry))
  }
  rows.push({ name: input.name, mb, stages, messages })
}

const base = rows[0]!
const perMb = (row: (typeof rows)[number], stage: string): number => row.stages[stage]! / row.mb
const lines = [`Adversarial inputs of ~${(size / 1_000_000).toFixed(2)} MB; ms per MB (ratio to ordinary text)`, '']
lines.push(`${'input'.padEnd(12)} ${['import', 'check', 'extract'].map((stage) => stage.padStart(18)).join('')}  messages`)
for (const row of rows) {
  const cells = ['import', 'check', 'extract'].map((stage) => `${perMb(row, stage).toFixed(0)} (${(perMb(row, stage) / perMb(base, stage)).toFixed(2)}×)`.padStart(18))
  lines.push(`${row.name.padEnd(12)} ${cells.join('')}  ${row.messages}`)
}
process.stdout.write(`${lines.join('\n')}\n`)
