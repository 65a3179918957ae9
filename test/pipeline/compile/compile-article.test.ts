import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { articleParagraphs } from '../../../src/pipeline/compile/article-paragraphs.js'
import { type ArticleBody, compileArticle, precompiledArticle } from '../../../src/pipeline/compile/compile-article.js'
import { compileCorpus } from '../../../src/pipeline/compile/compile-corpus.js'
import { loadCorpus } from '../../../src/pipeline/load-corpus.js'
import { parseSource } from '../../../src/pipeline/parse/parse-source.js'

const cwd = fileURLToPath(new URL('../../..', import.meta.url))

it('precompiledArticle() gives the article compileArticle() gives, reading the body only for body, mentions and quotes', async () => {
  const sources = await loadCorpus(`${cwd}corpus`, cwd)
  // Without the corrections files: `extractions` are the extractor's output before corrections.
  const { corpus, extractions } = compileCorpus({ ...sources, corrections: [], version: '0.0.0' })
  expect(corpus?.articles.length).toBeGreaterThan(0)
  for (const file of sources.articles) {
    const source = parseSource(file)
    const compiled = corpus!.articles.find((article) => file.path.endsWith(`${article.id}.md`))!
    const extraction = extractions.get(compiled.id)!
    const frontmatter = Object.fromEntries(Object.entries(compiled).filter(([key]) => !['hash', 'entityIds', 'quoteCount', 'markdown', 'paragraphs', 'mentions', 'quotes'].includes(key))) as Parameters<typeof compileArticle>[0]
    const reads: string[] = []
    const body: ArticleBody = {
      get markdown() {
        reads.push('markdown')
        return source.markdown
      },
      get paragraphs() {
        reads.push('paragraphs')
        return source.paragraphs
      }
    }
    const article = precompiledArticle(frontmatter, body, extraction, compiled)
    expect([article.id, article.hash, article.entityIds, article.quoteCount]).toEqual([compiled.id, compiled.hash, compiled.entityIds, compiled.quoteCount])
    expect(reads).toEqual([])
    const eager = compileArticle(frontmatter, source.markdown, articleParagraphs(frontmatter.image, source.paragraphs), extraction)
    // Same keys in the same order, same values: the emit serializes both alike.
    expect(JSON.stringify(article)).toBe(JSON.stringify(eager))
    expect(reads.sort()).toEqual(['markdown', 'paragraphs'])
    expect(article.quotes[0]?.id).toBe(eager.quotes[0]?.id)
    expect(reads).toHaveLength(2)
  }
})
