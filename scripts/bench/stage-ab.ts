// One stage of two source trees in one process, their rounds alternating, so that the load of a
// shared machine falls on both alike: `npx tsx scripts/bench/stage-ab.ts BASE DIR [N] [ROUNDS] [STAGE]`.
// BASE is another checkout of the repository (`git archive <ref> | tar -x -C /tmp/base`, then
// `ln -s "$PWD/node_modules" /tmp/base/node_modules`), DIR a corpus folder (`npm run synth`),
// STAGE `extract` (default), `parse` or `record` (all of `prepareRecord`). Prints CPU ms per article
// (median and minimum of the rounds), each as a multiple of the remark-parse floor of the same
// rounds, the ratio of this tree to BASE, and a digest of each tree's output: the same digest, the
// same output.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'

const [baseArgument, dir = '/tmp/s2k', count = '1000', roundsText = '8', stage = 'extract'] = process.argv.slice(2)
if (!baseArgument) throw new Error('Missing BASE, expected the folder of another checkout of the repository')
const names = readdirSync(join(dir, 'articles')).filter((name) => name.endsWith('.md')).sort().slice(0, Number(count))
const texts = names.map((name) => readFileSync(join(dir, 'articles', name), 'utf8'))
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
/** CPU time of this thread in ms. */
const cpu = (): number => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** The stage of the tree at `root`, as a function that runs it over all articles and returns the digest of its output. */
async function stageOf(root: string): Promise<() => string> {
  const { loadRegistryOf } = (await import(`${root}/src/pipeline/extract-source.ts`)) as typeof import('../../src/pipeline/extract-source.js')
  const { parseSource } = (await import(`${root}/src/pipeline/parse/parse-source.ts`)) as typeof import('../../src/pipeline/parse/parse-source.js')
  const { validateFrontmatter } = (await import(`${root}/src/pipeline/validate/validate-frontmatter.ts`)) as typeof import('../../src/pipeline/validate/validate-frontmatter.js')
  const { extractArticle } = (await import(`${root}/src/pipeline/compile/prepare-article.ts`)) as typeof import('../../src/pipeline/compile/prepare-article.js')
  const { prepareRecord } = (await import(`${root}/src/pipeline/transport/prepared-record.ts`)) as typeof import('../../src/pipeline/transport/prepared-record.js')
  const registry = await loadRegistryOf(dir)
  const file = (i: number): VFile => new VFile({ path: join('corpus/articles', names[i]!), value: texts[i]! })
  const inputs = texts.map((_, i) => {
    const source = parseSource(file(i))
    return { frontmatter: validateFrontmatter(file(i), source.frontmatter!, { today: '2026-12-31' })!, paragraphs: source.paragraphs }
  })
  return () => {
    const digest = createHash('sha256')
    if (stage === 'extract') {
      for (const { frontmatter, paragraphs } of inputs) digest.update(JSON.stringify(extractArticle(frontmatter.id, frontmatter.image, paragraphs, registry, { genre: frontmatter.genre }).extraction))
    } else if (stage === 'parse') {
      for (let i = 0; i < texts.length; i++) digest.update(JSON.stringify(parseSource(file(i)).paragraphs))
    } else {
      for (let i = 0; i < texts.length; i++) {
        const record = prepareRecord(join('corpus/articles', names[i]!), texts[i]!, registry, '2026-12-31')
        if (!record) continue
        const { lines, modules, ...rest } = record.compiled
        digest.update(JSON.stringify([record.source, record.frontmatter, record.discovered, rest]))
        for (const bytes of [...Object.values(lines), ...Object.values(modules), record.body]) if (bytes) digest.update(bytes as Uint8Array)
      }
    }
    return digest.digest('hex').slice(0, 16)
  }
}

const trees = await Promise.all([resolve(baseArgument), resolve(import.meta.dirname, '../..')].map(async (root) => ({ run: await stageOf(root), times: [] as number[], digest: '' })))
const floors: number[] = []
for (let round = 0; round < Number(roundsText); round++) {
  let start = cpu()
  for (const text of texts) processor.parse(text)
  floors.push((cpu() - start) / texts.length)
  // Alternate which tree runs first.
  for (const tree of round % 2 === 0 ? trees : [...trees].reverse()) {
    start = cpu()
    tree.digest = tree.run()
    tree.times.push((cpu() - start) / texts.length)
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const min = (values: number[]): number => Math.min(...values)
const [base, now] = trees as [(typeof trees)[0], (typeof trees)[0]]
const show = (times: number[]): string => `${median(times).toFixed(3)} (${min(times).toFixed(3)}) = ${(median(times) / median(floors)).toFixed(2)}× (${(min(times) / min(floors)).toFixed(2)}×)`
console.log(`${stage}, ${texts.length} articles, ${roundsText} rounds, CPU ms per article, median (minimum): floor ${median(floors).toFixed(3)} (${min(floors).toFixed(3)}); base ${show(base.times)}; this tree ${show(now.times)}; this/base ${(median(now.times) / median(base.times)).toFixed(3)} (${(min(now.times) / min(base.times)).toFixed(3)}); digests ${base.digest} ${now.digest}`)
