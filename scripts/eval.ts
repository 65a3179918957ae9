// Score the extractor: `korpus extract --out-dir` over the seeds and over the
// WikiNews evaluation set, then `../shared/eval/score.mjs` on each.
//
//   npm run eval              # both sets
//   npm run eval -- --seeds   # seeds only
//   npm run eval -- --verbose # list misses and false positives
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { speakerTextCeiling } from './eval/speaker-text-ceiling.js'

const shared = resolve(process.env.KORPUS_SHARED ?? '../shared')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose') ? ['--verbose'] : []
const sets = [
  { name: 'Seeds (development set), gold: ../shared/eval/gold', texts: join(shared, 'seeds'), gold: join(shared, 'eval/gold'), extra: [] as string[] },
  { name: 'WikiNews (evaluation only), quote spans', texts: join(shared, 'eval/wikinews/articles'), gold: join(shared, 'eval/wikinews/gold'), extra: ['--spans-only'] }
].slice(0, args.includes('--seeds') ? 1 : 2)

const work = mkdtempSync(join(tmpdir(), 'korpus-eval-'))
try {
  for (const set of sets) {
    if (!existsSync(set.texts)) {
      console.log(`${set.name}: ${set.texts} not found, skipped`)
      continue
    }
    const pred = join(work, set.texts.replace(/[^a-z]+/gi, '-'))
    const files = readdirSync(set.texts).filter((name) => name.endsWith('.txt')).sort().map((name) => join(set.texts, name))
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/korpus.ts', 'extract', '--out-dir', pred, ...files], { stdio: ['ignore', 'ignore', 'inherit'] })
    console.log(`\n## ${set.name} (${files.length} articles)\n`)
    console.log(execFileSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', set.gold, '--pred', pred, ...set.extra, ...verbose], { encoding: 'utf8' }))
    if (set.extra.includes('--spans-only')) {
      const c = speakerTextCeiling(set.gold, pred)
      console.log(`speaker-text ceiling with the entities found: recall ≤ ${c.recall.toFixed(3)} (${c.quotes} gold quotes: ${c.unnamed} unnamed, ${c.named} with a name found in the article, ${c.unreachable} with none: pronouns, role nouns, unnamed sources, names not found)`)
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
