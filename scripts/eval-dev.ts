// Dev harness for the extractor: the same input path as `npm run eval`
// (`korpus extract --out-dir`: raw text → recoverStructure → caption + blocks
// → extract with the registry in corpus/registry), but in one process with
// the registry loaded once, so it runs in seconds. Scores with
// ../shared/eval/score.mjs.
//
//   npx tsx scripts/eval-dev.ts             # both tables
//   npx tsx scripts/eval-dev.ts --verbose   # with misses and false positives
//   npx tsx scripts/eval-dev.ts --seeds     # seeds only
//   npx tsx scripts/eval-dev.ts --keep      # print the folder with the predictions
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { articleParagraphs } from '../src/pipeline/compile/article-paragraphs.js'
import { extract, toEvalOutput } from '../src/pipeline/extract/index.js'
import { recoverStructure } from '../src/pipeline/import/recover-structure.js'
import { loadCorpus } from '../src/pipeline/load-corpus.js'
import { loadRegistry } from '../src/pipeline/registry/load-registry.js'

const shared = resolve(process.env.KORPUS_SHARED ?? '../shared')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const keep = args.includes('--keep')

const { registry: registryFiles } = await loadCorpus('corpus')
const registry = loadRegistry(registryFiles)
const work = mkdtempSync(join(tmpdir(), 'extract-dev-'))
const sets = [
  { name: 'Seeds', texts: join(shared, 'seeds'), gold: join(shared, 'eval/gold'), extra: [] as string[] },
  { name: 'WikiNews (quote spans)', texts: join(shared, 'eval/wikinews/articles'), gold: join(shared, 'eval/wikinews/gold'), extra: ['--spans-only'] }
].slice(0, args.includes('--seeds') ? 1 : 2)

console.log(`registry: ${registry.length} entries`)
for (const set of sets) {
  const out = join(work, set.name.replace(/\W+/g, '-'))
  mkdirSync(out, { recursive: true })
  const files = readdirSync(set.texts).filter((name) => name.endsWith('.txt')).sort()
  const started = performance.now()
  for (const name of files) {
    const stem = basename(name, '.txt')
    const recovered = recoverStructure(readFileSync(join(set.texts, name), 'utf8'))
    const paragraphs = articleParagraphs(recovered.image, recovered.blocks)
    const extraction = extract({ articleId: stem.toLowerCase().replace(/[^a-z0-9]+/g, '-'), paragraphs }, registry)
    writeFileSync(join(out, `${stem}.json`), JSON.stringify(toEvalOutput(extraction, registry), null, 2))
  }
  const ms = performance.now() - started
  console.log(`\n## ${set.name}: ${files.length} articles, ${ms.toFixed(0)} ms${keep ? ` → ${out}` : ''}\n`)
  console.log(execFileSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', set.gold, '--pred', out, ...set.extra, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' }))
}
