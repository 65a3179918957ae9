import { join } from 'node:path'
import type { VFile } from 'vfile'
import type { Frontmatter, Paragraph } from '../schema/article.js'
import { articleParagraphs } from './compile/article-paragraphs.js'
import { extract, toEvalOutput } from './extract/index.js'
import { recoverStructure } from './import/recover-structure.js'
import type { QuoteExplanation } from './extract/quotes/attribute.js'
import { readChecked } from './load-corpus.js'
import { parseSource } from './parse/parse-source.js'
import { loadRegistry, registryFiles } from './registry/load-registry.js'
import type { Registry } from './registry/registry.js'

/**
 * Load the registry of a corpus folder for `extractSource`.
 *
 * @param corpusDir
 *   Corpus folder (default: `corpus`).
 * @returns
 *   The registry (entries with errors left out).
 */
export async function loadRegistryOf(corpusDir: string = 'corpus'): Promise<Registry> {
  return loadRegistry(await Promise.all(registryFiles.map(({ name }) => readChecked(join(corpusDir, 'registry', name)))))
}

/**
 * Run the extractor on one file, a Markdown source (`.md`) or a raw text
 * (whose structure is recovered as `korpus import` does, the photo caption
 * included), and return JSON in the shape of the evaluation format (entities
 * with mentions, quotes with speaker ids).
 *
 * @param path
 *   The file.
 * @param registry
 *   The registry to match against (`loadRegistryOf`).
 * @param options
 *   `explain`: also return why each quote was attributed (default `false`).
 * @returns
 *   The extractor output (and with `explain` the explanations, in the order
 *   of its quotes), or the file with the messages that stopped it.
 */
export async function extractSource(path: string, registry: Registry, options: { explain?: boolean } = {}): Promise<{ output?: unknown; explanations?: QuoteExplanation[]; file: VFile }> {
  const file = await readChecked(path)
  if (file.messages.some((message) => message.fatal)) return { file }
  let paragraphs: Paragraph[]
  if (path.endsWith('.md')) {
    const source = parseSource(file)
    paragraphs = articleParagraphs((source.frontmatter?.data as Partial<Frontmatter> | undefined)?.image, source.paragraphs)
  } else {
    const recovered = recoverStructure(String(file.value))
    paragraphs = articleParagraphs(recovered.image, recovered.blocks)
  }
  const articleId = (file.stem ?? 'article').toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const extraction = extract({ articleId, paragraphs }, registry, options)
  return { file, output: toEvalOutput(extraction, registry), ...(extraction.explanations ? { explanations: extraction.explanations } : {}) }
}
