import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { synthesize } from '../../scripts/synth/synthesize.js'
import { buildCorpus } from '../../src/pipeline/build-corpus.js'
import type { CompiledCorpus } from '../../src/pipeline/compile/compile-corpus.js'

// Every shipped fact can be checked against the text: each mention's offsets
// slice its text, each quote's spans slice, joined with a space, to its text.

const root = join(import.meta.dirname, '../..')
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'korpus-provenance-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

/** Every mention and quote whose offsets do not give back its text, as `id: expected ≠ sliced`. */
function mismatches(corpus: CompiledCorpus): string[] {
  const wrong: string[] = []
  for (const article of corpus.articles) {
    const text = (paragraph: number): string => article.paragraphs[paragraph]!.text
    for (const mention of article.mentions) {
      const sliced = text(mention.paragraph).slice(mention.start, mention.end)
      if (mention.articleId !== article.id || sliced !== mention.text) wrong.push(`${article.id} mention ${mention.start}: ${mention.text} ≠ ${sliced}`)
    }
    for (const quote of article.quotes) {
      const sliced = quote.spans.map((span) => text(span.paragraph).slice(span.start, span.end)).join(' ')
      const ordered = quote.spans.every((span, index) => index === 0 || span.paragraph > quote.spans[index - 1]!.paragraph || span.start >= quote.spans[index - 1]!.end)
      const inside = quote.spans.every((span) => span.paragraph >= quote.paragraph && span.paragraph <= quote.endParagraph && span.start < span.end)
      if (quote.articleId !== article.id || sliced !== quote.text || !ordered || !inside) wrong.push(`${quote.id}: ${quote.text} ≠ ${sliced}`)
    }
  }
  return wrong
}

async function check(corpusDir: string | undefined): Promise<CompiledCorpus> {
  const { corpus, files } = await buildCorpus({ cwd: root, ...(corpusDir ? { corpusDir } : {}), dryRun: true, cacheDir: false })
  expect(files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String))).toEqual([])
  return corpus!
}

describe('provenance', () => {
  it('slices every mention and quote of the corpus to its text', { timeout: 60_000 }, async () => {
    const corpus = await check(undefined)
    expect(corpus.mentions.length).toBe(corpus.counts.mentions)
    expect(corpus.quotes.length).toBeGreaterThan(50)
    expect(mismatches(corpus)).toEqual([])
    // Split quotes keep their words apart from the `sagte X` between them.
    expect(corpus.quotes.filter((quote) => quote.spans.length > 1).length).toBeGreaterThan(0)
  })

  it('slices every mention and quote of a synthetic corpus to its text', { timeout: 120_000 }, async () => {
    const out = join(work, 'synth')
    await synthesize({ articles: 30, seed: 'provenance', out, registryDir: join(root, 'corpus', 'registry') })
    const corpus = await check(out)
    expect(corpus.articles).toHaveLength(30)
    expect(corpus.quotes.length).toBeGreaterThan(30)
    expect(corpus.mentions.length).toBeGreaterThan(30)
    expect(mismatches(corpus)).toEqual([])
  })
})
