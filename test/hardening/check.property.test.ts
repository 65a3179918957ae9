import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { parse, stringify } from 'yaml'
import { compileCorpus } from '../../src/pipeline/compile/compile-corpus.js'
import { extract } from '../../src/pipeline/extract/index.js'
import { loadRegistry } from '../../src/pipeline/registry/load-registry.js'
import { decodeSource } from '../../src/pipeline/source/read-source.js'
import { anyText, messagesOutside, mutate, mutation, propertyRuns } from './_arbitraries.js'

const root = join(import.meta.dirname, '../..')
const articleNames = readdirSync(join(root, 'corpus/articles')).filter((name) => name.endsWith('.md')).sort()
const articles = articleNames.map((name) => ({ name, text: readFileSync(join(root, 'corpus/articles', name), 'utf8') }))
// The first entries of each registry file: loading all of it for each of hundreds of cases would dominate the run.
const registrySources = ['persons.yaml', 'organizations.yaml', 'places.yaml'].map((name) => ({
  name,
  text: stringify((parse(readFileSync(join(root, 'corpus/registry', name), 'utf8')) as unknown[]).slice(0, 25))
}))
const registry = loadRegistry(registrySources.map(({ name, text }) => new VFile({ path: `corpus/registry/${name}`, value: text })))

/** Check one article source from bytes, as `korpus check` does after reading it. */
function checkBytes(name: string, bytes: Uint8Array) {
  const article = decodeSource(bytes, `corpus/articles/${name}`)
  const registryFiles = registrySources.map(({ name, text }) => new VFile({ path: `corpus/registry/${name}`, value: text }))
  const result = compileCorpus({ articles: [article], registry: registryFiles, version: '0.0.0', today: '2022-12-31' })
  return { article, result, shown: String(article.value) || new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n') }
}

/** Every span of an extraction lies inside its paragraph and says what it covers. */
function spansInside(extraction: ReturnType<typeof extract>, paragraphs: ReadonlyArray<{ text: string }>): string[] {
  const problems: string[] = []
  for (const mention of extraction.mentions) {
    const text = paragraphs[mention.paragraph]?.text
    if (text === undefined || mention.start > mention.end || mention.end > text.length || text.slice(mention.start, mention.end) !== mention.text) {
      problems.push(`mention ${JSON.stringify(mention)}`)
    }
  }
  for (const quote of extraction.quotes) {
    if (!paragraphs[quote.paragraph] || !paragraphs[quote.endParagraph] || quote.endParagraph < quote.paragraph || quote.end > paragraphs[quote.endParagraph]!.text.length) {
      problems.push(`quote ${JSON.stringify(quote)}`)
    }
  }
  return problems
}

describe('check and build on mutated articles', { timeout: 120_000 }, () => {
  it('accepts every seed article as it is (the baseline of the mutations)', () => {
    for (const { name, text } of articles) {
      const { article, result } = checkBytes(name, new TextEncoder().encode(text))
      expect(article.messages.filter((message) => message.fatal).map((message) => message.reason)).toEqual([])
      expect(result.corpus?.articles).toHaveLength(1)
    }
  })

  it('never throws, and every message points inside the file', () => {
    const input = fc.record({ seed: fc.nat(articles.length - 1), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
    fc.assert(
      fc.property(input, ({ seed, mutations }) => {
        const { name, text } = articles[seed]!
        const { article, result, shown } = checkBytes(name, new TextEncoder().encode(mutate(text, mutations)))
        expect(messagesOutside(article, shown)).toEqual([])
        for (const message of article.messages) {
          expect(message.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
          expect(message.reason).not.toMatch(/^Error:|undefined|\[object Object\]/)
        }
        // Either the article is valid (then the corpus has it), or it has an error and nothing is built.
        expect(result.corpus === undefined).toBe(article.messages.some((message) => message.fatal))
      }),
      { ...propertyRuns, numRuns: 120 }
    )
  })

  it('never throws on arbitrary text or bytes, with or without a frontmatter', () => {
    const bytes = fc.oneof(
      anyText.map((text) => new TextEncoder().encode(text)),
      anyText.map((text) => new TextEncoder().encode(`${articles[0]!.text.slice(0, articles[0]!.text.indexOf('\n---\n') + 5)}\n${text}`)),
      fc.uint8Array({ maxLength: 300 })
    )
    fc.assert(
      fc.property(bytes, (data) => {
        const { article, shown } = checkBytes(articles[0]!.name, data)
        expect(messagesOutside(article, shown)).toEqual([])
      }),
      { ...propertyRuns, numRuns: 150 }
    )
  })
})

describe('extract on hostile paragraphs', { timeout: 60_000 }, () => {
  const paragraphs = fc.array(fc.record({ type: fc.constantFrom('paragraph' as const, 'heading' as const), text: anyText }), { minLength: 1, maxLength: 6 })

  it('never throws, and every mention and quote lies inside its paragraph', () => {
    fc.assert(
      fc.property(paragraphs, (blocks) => {
        const extraction = extract({ articleId: '2022-01-x', paragraphs: blocks }, registry)
        expect(spansInside(extraction, blocks)).toEqual([])
      }),
      propertyRuns
    )
  })

  it('gives the same result twice (no state leaks between calls)', () => {
    fc.assert(
      fc.property(paragraphs, (blocks) => {
        const input = { articleId: '2022-01-x', paragraphs: blocks }
        expect(extract(input, registry)).toEqual(extract(input, registry))
      }),
      { ...propertyRuns, numRuns: 60 }
    )
  })
})
