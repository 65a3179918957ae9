import type { VFile } from 'vfile'

/** The corpus folder read into files (by `loadCorpus`). */
export interface CorpusFiles {
  /** `corpus/articles/*.md`, sorted by path. */
  articles: VFile[]
  /** `corpus/registry/{persons,organizations,places}.yaml`. */
  registry: VFile[]
  /** `corpus/articles/*.corrections.yaml`, sorted by path. */
  corrections: VFile[]
}
