import type { Frontmatter, Paragraph } from '../schema/article.js'
import { articleParagraphs } from './compile/article-paragraphs.js'
import { extract, toEvalOutput } from './extract/index.js'
import { recoverStructure } from './import/recover-structure.js'
import { loadCorpus, readChecked } from './load-corpus.js'
import { parseSource } from './parse/parse-source.js'
import { loadRegistry } from './registry/load-registry.js'

/**
 * Run the extractor on one file, a Markdown source (`.md`) or a raw text, and
 * return JSON in the shape of the evaluation format (entities with mentions,
 * quotes with speaker ids).
 *
 * @param path
 *   The file.
 * @param corpusDir
 *   Corpus folder whose registry to use (default: `corpus`).
 * @returns
 *   The extractor output, or the messages that stopped it.
 */
export async function extractSource(path: string, corpusDir: string = 'corpus'): Promise<{ output?: unknown; file: import('vfile').VFile }> {
  const file = await readChecked(path)
  const { registry: registryFiles } = await loadCorpus(corpusDir)
  const registry = loadRegistry(registryFiles)
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
  return { file, output: toEvalOutput(extract({ articleId, paragraphs }, registry), registry) }
}

