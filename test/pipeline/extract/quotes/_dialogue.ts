// Shared by the dialogue sieve tests: run the extractor on a raw text fixture as `korpus extract` reads a `.txt` file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { articleParagraphs } from '../../../../src/pipeline/compile/article-paragraphs.js'
import { extract } from '../../../../src/pipeline/extract/index.js'
import { quoteSpans } from '../../../../src/pipeline/extract/quote-spans.js'
import { recoverStructure } from '../../../../src/pipeline/import/recover-structure.js'
import { registry } from './_run.js'

/** Extract a fixture of `fixtures/` (raw text, structure recovered as by `korpus import`). */
export function extractFixture(name: string) {
  const recovered = recoverStructure(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'))
  const paragraphs = articleParagraphs(recovered.image, recovered.blocks)
  return { paragraphs, ...extract({ articleId: name, paragraphs }, registry) }
}

/** Each quote's text as spelled by the spans `quoteSpans` gives it, and whether they slice the paragraphs to it. */
export function spelled(result: ReturnType<typeof extractFixture>) {
  return result.quotes.map((quote, index) => {
    const aligned = quoteSpans(result.paragraphs, { ...quote, id: `q${index}` })
    const sliced = aligned.spans.map((span) => result.paragraphs[span.paragraph]!.text.slice(span.start, span.end)).join(' ')
    return { text: aligned.text, sliced, spans: aligned.spans }
  })
}
