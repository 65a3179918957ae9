import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorrections } from '../../../src/pipeline/corrections/load-corrections.js'
import { checkReview, localQuoteIds } from '../../../src/pipeline/corrections/review-status.js'
import { decodeSource } from '../../../src/pipeline/source/read-source.js'

const fixtures = join(import.meta.dirname, 'fixtures')
const articleId = '2021-12-01-testartikel'

async function load(name: string) {
  return loadCorrections(decodeSource(await readFile(join(fixtures, name)), `${articleId}.corrections.yaml`))
}

const article = (count: number) => ({ quotes: Array.from({ length: count }, (_, index) => ({ id: `${articleId}#q${index + 1}` })) }) as unknown as Parameters<typeof checkReview>[1]

function report(file: { messages: Array<{ line?: number | null; column?: number | null; ruleId?: string | null; fatal?: boolean | null | undefined; reason: string }> }): string[] {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((m) => `${m.line}:${m.column}  ${m.fatal ? 'error' : 'warning'}  ${m.reason}  ${m.ruleId}`)
}

describe('review record in a corrections file', () => {
  it('loads who, when, what and against which extractor version', async () => {
    const loaded = await load('review-ok.corrections.yaml')
    expect(report(loaded.file)).toEqual([])
    expect(loaded.corrections?.review).toEqual({
      reviewer: 'maintainers (test)',
      date: '2024-02-29',
      checked: ['quotes', 'speakers', 'mentions', 'spans'],
      extractorVersion: '1.2.3',
      quotes: ['q1', 'q2'],
      notes: 'Both quotes read against the text.'
    })
  })

  it('rejects an impossible date, an unknown check, a full quote id and a misspelt key, each at its position', async () => {
    const loaded = await load('review-not-ok.corrections.yaml')
    expect(loaded.corrections).toBeUndefined()
    expect(report(loaded.file)).toEqual([
      '3:9  error  Unexpected value for `review.date`: Unexpected date `2023-02-29`, expected a real calendar date  correction-invalid',
      '4:21  error  Unexpected value for `review.checked.1`: Invalid type: Expected ("quotes" | "speakers" | "mentions" | "spans") but received "offsets"  correction-invalid',
      '6:16  error  Unexpected value for `review.quotes.1`: Expected a quote id `q<n>` (the part after `#` of `<article>#q<n>`)  correction-invalid',
      '7:3  error  Unexpected key `reviwer` in corrections, did you mean `reviewer`?  correction-invalid'
    ])
  })
})

describe('checkReview', () => {
  it('is silent while the extractor version and the quote ids are those reviewed', async () => {
    const loaded = await load('review-ok.corrections.yaml')
    expect(checkReview(loaded, article(2), '1.2.3')).toBe(true)
    expect(loaded.file.messages).toEqual([])
  })

  it('warns at `extractorVersion` when another extractor produced the quotes', async () => {
    const loaded = await load('review-ok.corrections.yaml')
    expect(checkReview(loaded, article(2), '1.3.0')).toBe(false)
    expect(report(loaded.file)).toEqual([
      '6:21  warning  Unexpected review of extractor `1.2.3` output, expected a review of the current extractor `1.3.0`: the quotes may have changed since 2024-02-29  review-outdated'
    ])
    expect(loaded.file.messages[0]!.note).toContain('extractorVersion: 1.3.0\n  quotes: [q1, q2]')
  })

  it('warns at `quotes` when quotes were added or are gone since the review', async () => {
    const more = await load('review-ok.corrections.yaml')
    expect(checkReview(more, article(3), '1.2.3')).toBe(false)
    expect(report(more.file)).toEqual(['7:11  warning  Unexpected quotes since the review of 2024-02-29 (`q3` not reviewed), expected the 2 reviewed quotes  review-outdated'])
    const fewer = await load('review-ok.corrections.yaml')
    checkReview(fewer, article(1), '1.2.3')
    expect(report(fewer.file)).toEqual(['7:11  warning  Unexpected quotes since the review of 2024-02-29 (`q2` gone), expected the 2 reviewed quotes  review-outdated'])
  })

  it('names quotes by the part of their id after `#`', () => {
    expect(localQuoteIds(article(2))).toEqual(['q1', 'q2'])
  })
})
