/**
 * Time spent in each per-article stage of the build, in milliseconds, summed
 * over every article prepared (and over every thread that prepared one). The
 * build reports them with `korpus build --timings`; the benchmark divides
 * `extract` by `articles` for the extraction time per article.
 */
export interface StageTimes {
  /** Articles prepared (parsed, validated, extracted) in these times. */
  articles: number
  /** `parseSource`: remark-parse, frontmatter, plain text, positions. */
  parse: number
  /** Frontmatter and body rules. */
  validate: number
  /** Mentions and quotes. */
  extract: number
  /** The article record from the extraction (ids, entity lists, content hash). */
  compile: number
  /** Its output bytes (data-file lines, runtime module entries, cached body). */
  serialize: number
}

/** Names of the stages `StageTimes` counts, in build order. */
export const stageNames = ['parse', 'validate', 'extract', 'compile', 'serialize'] as const

/** Times of no article yet. */
export function emptyStageTimes(): StageTimes {
  return { articles: 0, parse: 0, validate: 0, extract: 0, compile: 0, serialize: 0 }
}

/**
 * Add `from` to `into` (for example a worker's times to the build's).
 *
 * @param into
 *   Times to add to (changed).
 * @param from
 *   Times to add.
 */
export function addStageTimes(into: StageTimes, from: StageTimes): void {
  into.articles += from.articles
  for (const name of stageNames) into[name] += from[name]
}
