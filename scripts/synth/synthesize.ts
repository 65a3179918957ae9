import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateArticle } from './article.js'
import { createRandom } from './prng.js'
import { readSynthRegistry } from './registry.js'

/** Options of `synthesize`. */
export interface SynthOptions {
  /** Number of articles. */
  articles: number
  /** Seed; equal seeds give byte-identical corpora (default: `'1'`). */
  seed?: string | undefined
  /** Corpus folder to write (`<out>/articles/*.md`, `<out>/registry/*.yaml`); its `articles/` is replaced. */
  out: string
  /** Registry folder to copy and take names from (default: `corpus/registry`). */
  registryDir?: string | undefined
}

/**
 * Write a synthetic corpus: `articles` sources with the structure of the real
 * ones, and a copy of the registry. Article `i` depends only on the seed and
 * `i`, so the corpus of 1,000 articles is the first 1,000 of the corpus of
 * 10,000 with the same seed.
 *
 * @param options
 *   Configuration.
 * @returns
 *   Ids of the articles written, in generation order.
 * @example
 *   await synthesize({ articles: 20, seed: '7', out: '/tmp/korpus-20' })
 */
export async function synthesize(options: SynthOptions): Promise<string[]> {
  const seed = options.seed ?? '1'
  const registryDir = options.registryDir ?? join('corpus', 'registry')
  const registry = await readSynthRegistry(registryDir)
  const articlesDir = join(options.out, 'articles')
  await rm(articlesDir, { recursive: true, force: true })
  await mkdir(articlesDir, { recursive: true })
  await rm(join(options.out, 'registry'), { recursive: true, force: true })
  await mkdir(join(options.out, 'registry'), { recursive: true })
  for (const name of (await readdir(registryDir)).filter((name) => name.endsWith('.yaml'))) {
    await cp(join(registryDir, name), join(options.out, 'registry', name))
  }
  const taken = new Set<string>()
  const ids: string[] = []
  const pending: Array<Promise<void>> = []
  for (let index = 0; index < options.articles; index++) {
    const { id, source } = generateArticle(createRandom(`${seed}:${index}`), registry, index, seed, taken)
    ids.push(id)
    pending.push(writeFile(join(articlesDir, `${id}.md`), source))
    if (pending.length >= 64) await Promise.all(pending.splice(0))
  }
  await Promise.all(pending)
  return ids
}
