import type { CompiledCorpus } from '../compile/compile-corpus.js'

/**
 * The corpus as JSON Lines for pipelines (`generated/data/*.jsonl`): one
 * record a line, fields in schema order, sorted as the corpus is (articles by
 * date then id; mentions and quotes by article, then position), plus
 * `manifest.json`.
 *
 * @param corpus
 *   The compiled corpus.
 * @returns
 *   File contents by path relative to the output root.
 */
export function dataFiles(corpus: CompiledCorpus): Map<string, string> {
  const lines = (records: readonly unknown[]): string => records.map((record) => `${JSON.stringify(record)}\n`).join('')
  const files = new Map<string, string>()
  files.set('data/articles.jsonl', lines(corpus.articles.map(({ mentions, quotes, ...article }) => article)))
  files.set('data/entities.jsonl', lines(corpus.entities))
  files.set('data/mentions.jsonl', lines(corpus.mentions))
  files.set('data/quotes.jsonl', lines(corpus.quotes))
  files.set('data/manifest.json', `${JSON.stringify(corpus.manifest, null, 2)}\n`)
  return files
}
