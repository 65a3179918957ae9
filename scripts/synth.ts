/**
 * `npm run synth -- --articles N --seed S --out DIR [--registry DIR]`: write a
 * synthetic corpus for benchmarks and scale tests (see docs/performance.md).
 */
import { parseArgs } from 'node:util'
import { synthesize } from './synth/synthesize.js'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    registry: { type: 'string', default: 'corpus/registry' }
  }
})
const count = Number(values.articles)
if (!Number.isInteger(count) || count < 0) throw new Error(`Unexpected \`--articles ${values.articles}\`, expected a whole number`)
if (!values.out) throw new Error('Missing `--out <dir>`, expected the folder to write the corpus into')
const ids = await synthesize({ articles: count, seed: values.seed, out: values.out, registryDir: values.registry })
process.stderr.write(`Wrote ${ids.length} articles and the registry to ${values.out}\n`)
