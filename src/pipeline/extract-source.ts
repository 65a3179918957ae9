import { join } from 'node:path'
import type { VFile } from 'vfile'
import { extractArticle, prepare } from './compile/prepare-article.js'
import { type Extraction, toEvalOutput } from './extract/index.js'
import { recoverStructure } from './import/recover-structure.js'
import type { QuoteExplanation } from './extract/quotes/attribute.js'
import { readChecked } from './load-corpus.js'
import { slugify } from './normalize/slugify.js'
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
 * Run the extractor on one file and return JSON in the shape of the
 * evaluation format (entities with mentions, quotes with speaker ids). A
 * Markdown source (`.md`) goes through `prepare`, exactly as in the build, so
 * a source that does not validate gives its messages and no output; a raw
 * text (any other file) has its structure recovered as `korpus import` does
 * (the photo caption included) and runs the extract step of `prepare`.
 *
 * @param path
 *   The file.
 * @param registry
 *   The registry to match against (`loadRegistryOf`).
 * @param options
 *   `explain`: also return why each quote was attributed (default `false`);
 *   `today`: today as `YYYY-MM-DD`, for a source's date check (default: now).
 * @returns
 *   The extractor output (and with `explain` the explanations, in the order
 *   of its quotes), or the file with the messages that stopped it.
 */
export async function extractSource(
  path: string,
  registry: Registry,
  options: { explain?: boolean; today?: string | undefined } = {}
): Promise<{ output?: unknown; explanations?: QuoteExplanation[]; file: VFile }> {
  const file = await readChecked(path)
  if (file.messages.some((message) => message.fatal)) return { file }
  let extraction: Extraction
  if (path.endsWith('.md')) {
    const prepared = prepare(file, registry, options)
    if (!prepared) return { file }
    extraction = prepared.extraction
  } else {
    const recovered = recoverStructure(String(file.value))
    const articleId = slugify(file.stem ?? '', Number.POSITIVE_INFINITY) || 'article'
    extraction = extractArticle(articleId, recovered.image, recovered.blocks, registry, options).extraction
  }
  return { file, output: toEvalOutput(extraction, registry), ...(extraction.explanations ? { explanations: extraction.explanations } : {}) }
}
