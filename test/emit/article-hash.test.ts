import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { articleParagraphs } from '../../src/pipeline/compile/article-paragraphs.js'
import { compileArticle } from '../../src/pipeline/compile/compile-article.js'
import { compileCorpus } from '../../src/pipeline/compile/compile-corpus.js'
import { prepare } from '../../src/pipeline/compile/prepare-article.js'
import { loadCorpus } from '../../src/pipeline/load-corpus.js'

const cwd = fileURLToPath(new URL('../..', import.meta.url))

type Options = Omit<Parameters<typeof compileCorpus>[0], 'articles' | 'registry' | 'corrections' | 'version'>

/** Compile the real corpus, optionally changing one source first. */
async function compile(edit?: (path: string, value: string) => string, options: Options = {}) {
  const sources = await loadCorpus(`${cwd}corpus`, cwd)
  if (edit) for (const file of sources.articles) file.value = edit(file.path, String(file.value))
  const result = compileCorpus({ ...sources, version: '0.0.0', ...options })
  if (!result.corpus) throw new Error(result.files.flatMap((file) => file.messages.map(String)).join('\n'))
  return result
}

function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((id) => before[id] !== after[id])
}

// Two cold compiles of the whole corpus (the first loads the lexicons): more than the default 5 s on a busy machine.
it('gives every article the same hash when nothing changed', { timeout: 60_000 }, async () => {
  expect((await compile()).corpus!.manifest.articles).toEqual((await compile()).corpus!.manifest.articles)
})

it('changes the hash of exactly the article whose text changed', async () => {
  const base = await compile()
  const target = base.corpus!.articles.at(-1)!
  const edited = await compile((path, value) => (path.endsWith(`${target.id}.md`) ? `${value.trimEnd()} Zusatz.\n` : value))
  expect(changed(base.corpus!.manifest.articles, edited.corpus!.manifest.articles)).toEqual([target.id])
})

it('changes the hash of exactly the article whose annotations changed', async () => {
  const base = await compile()
  const target = base.corpus!.articles.find((article) => article.mentions.length > 0)!
  // A `prepare` whose extractor found one mention fewer in the target.
  const edited = await compile(undefined, {
    prepare: (file, registry) => {
      const ready = prepare(file, registry)
      if (ready?.frontmatter.id !== target.id) return ready
      const extraction = { ...ready.extraction, mentions: ready.extraction.mentions.slice(1) }
      const article = compileArticle(ready.frontmatter, ready.markdown, articleParagraphs(ready.frontmatter.image, ready.paragraphs), extraction)
      return { ...ready, extraction, article, mentionCount: extraction.mentions.length }
    }
  })
  expect(changed(base.corpus!.manifest.articles, edited.corpus!.manifest.articles)).toEqual([target.id])
})
