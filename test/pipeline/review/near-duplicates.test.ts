import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../../src/pipeline/load-corpus.js'
import { parseSource } from '../../../src/pipeline/parse/parse-source.js'
import { type ComparedArticle, jaccard, nearDuplicateThreshold, nearDuplicates, shingles, similarities } from '../../../src/pipeline/review/near-duplicates.js'

const root = join(import.meta.dirname, '../../..')

async function seeds(): Promise<ComparedArticle[]> {
  const { articles } = await loadCorpus(join(root, 'corpus'), root)
  return articles.map((file) => ({ id: file.stem!, paragraphs: parseSource(file).paragraphs }))
}

/** Keep the sentences whose index `keep` accepts. */
function edit(article: ComparedArticle, id: string, keep: (index: number) => boolean): ComparedArticle {
  const sentences = article.paragraphs.map((p) => p.text).join(' ').split(/(?<=[.!?“])\s+/)
  return { id, paragraphs: [{ type: 'paragraph', text: sentences.filter((_, index) => keep(index)).join(' ') }] }
}

describe('near-duplicates', () => {
  it('builds lower-cased word shingles without punctuation', () => {
    expect([...shingles('Die Nato lädt Russland ein.', 2)]).toEqual(['die nato', 'nato lädt', 'lädt russland', 'russland ein'])
    expect([...shingles('Kurz.', 4)]).toEqual(['kurz'])
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3)
    expect(jaccard(new Set(), new Set())).toBe(0)
  })

  it('keeps different reports of the same meeting far below the threshold', async () => {
    const pairs = similarities(await seeds())
    expect(pairs).toHaveLength(10)
    expect(pairs[0]!.score).toBeGreaterThan(0)
    expect(pairs[0]!.score).toBeLessThan(nearDuplicateThreshold / 10)
    expect(nearDuplicates(await seeds())).toEqual([])
  })

  it('flags a copy that dropped every other sentence, with its score', async () => {
    const [, , seed] = await seeds()
    const half = edit(seed!, 'half', (index) => index % 2 === 1)
    const third = edit(seed!, 'two-thirds', (index) => index % 3 !== 0)
    const found = nearDuplicates([seed!, half, third])
    expect(found.map((pair) => [pair.a, pair.b])).toEqual([
      [seed!.id, third.id],
      [seed!.id, half.id],
      [half.id, third.id]
    ])
    expect(found.at(-1)!.score).toBeGreaterThanOrEqual(nearDuplicateThreshold)
  })
})
