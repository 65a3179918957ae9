import { VFile } from 'vfile'
import { stringify } from 'yaml'
import type { Entity } from '../../schema/entity.js'
import type { CompiledCorpus } from '../compile/compile-corpus.js'
import { reportWarning } from '../diagnostics.js'
import { placeOfSpan } from '../parse/place-of-span.js'
import { type ParsedSource, parseSource } from '../parse/parse-source.js'
import { registryFiles } from '../registry/load-registry.js'
import { nearDuplicateThreshold, nearDuplicates } from './near-duplicates.js'

/** Options of `reviewCorpus`. */
export interface ReviewOptions {
  /** Minimum similarity reported as a near-duplicate (default: `nearDuplicateThreshold`). */
  threshold?: number | undefined
}

/**
 * Add the warnings a reviewer wants on a corpus that compiled: an entity the
 * extractor found that the registry does not list (`entity-unknown`, at its
 * first mention in each article, with a registry entry to paste), and two
 * articles whose texts are near-duplicates (`near-duplicate`, on both, with
 * the score and the other file).
 *
 * @param files
 *   The files of the build (article sources get the warnings).
 * @param corpus
 *   The compiled corpus.
 * @param options
 *   Configuration.
 */
export function reviewCorpus(files: readonly VFile[], corpus: CompiledCorpus, options: ReviewOptions = {}): void {
  const sources = new Map<string, { file: VFile; parsed?: ParsedSource }>()
  for (const file of files) if (file.extname === '.md' && file.stem) sources.set(file.stem, { file })
  const parsed = (id: string): ParsedSource | undefined => {
    const source = sources.get(id)
    if (!source) return undefined
    // Parse a copy: the file already carries the build’s messages.
    source.parsed ??= parseSource(new VFile({ path: source.file.path, value: source.file.value }))
    return source.parsed
  }

  const provisional = new Map(corpus.entities.filter((entity) => entity.provisional).map((entity) => [entity.id, entity]))
  for (const article of corpus.articles) {
    const file = sources.get(article.id)?.file
    if (!file) continue
    const seen = new Set<string>()
    for (const mention of article.mentions) {
      const entity = provisional.get(mention.entity)
      if (!entity || seen.has(entity.id)) continue
      seen.add(entity.id)
      const registryFile = `corpus/registry/${registryFiles.find(({ type }) => type === entity.type)?.name}`
      reportWarning(file, `Unexpected ${entity.type} \`${mention.text}\` that the registry does not list, expected an entry for \`${entity.id}\` in ${registryFile}`, 'entity-unknown', {
        place: placeOfSpan(parsed(article.id)!, mention.paragraph, mention.text),
        actual: entity.id,
        note: `Check the name, then add this entry to ${registryFile} (it stays provisional until then):\n${registryEntry(entity)}`
      })
    }
  }

  const threshold = options.threshold ?? nearDuplicateThreshold
  for (const pair of nearDuplicates(corpus.articles, threshold)) {
    for (const [self, other] of [
      [pair.a, pair.b],
      [pair.b, pair.a]
    ] as const) {
      const file = sources.get(self)?.file
      const otherPath = sources.get(other)?.file.path ?? other
      if (!file) continue
      const first = parsed(self)!.blocks[0]?.position?.start
      reportWarning(
        file,
        `Unexpected text that is a near-duplicate of \`${other}\` (${otherPath}): ${Math.round(pair.score * 100)}% of their 4-word shingles are shared, expected less than ${Math.round(threshold * 100)}%`,
        'near-duplicate',
        {
          place: first ? { line: first.line, column: first.column } : undefined,
          actual: pair.score.toFixed(3),
          cause: new Error(`similar to ${otherPath}`),
          note: 'If both are the same report, keep one; if they are different reports, say so in the pull request.'
        }
      )
    }
  }
}

/**
 * A registry entry to paste for a provisional entity, as YAML.
 *
 * @param entity
 *   The entity the extractor found.
 * @returns
 *   A one-item YAML list (`- id: …`).
 */
export function registryEntry(entity: Entity): string {
  const entry = {
    id: entity.id,
    name: entity.name,
    wikidata: null,
    ...(entity.aliases.length > 0 ? { aliases: entity.aliases } : {}),
    ...(entity.kind ? { kind: entity.kind } : {})
  }
  return stringify([entry], { lineWidth: 0 }).trimEnd().replace('wikidata: null', 'wikidata: null # its Q-id on wikidata.org, if it has one')
}
