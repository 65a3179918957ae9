import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { compileCorpus } from '../../src/pipeline/compile/compile-corpus.js'
import { loadCorpus } from '../../src/pipeline/load-corpus.js'
import { mentionFromRow, mentionRow } from '../../src/internal/mention-rows.js'
import { articles } from '../../src/index.js'
import { readData } from '../emit/read-data.js'

const cwd = fileURLToPath(new URL('../..', import.meta.url))

it('stores each mention as a row and gives back the same mention, fields in schema order', async () => {
  // The runtime's mentions (read back from rows) are the data file's records, line by line.
  const lines = readData('mentions/*.jsonl').split('\n').filter(Boolean)
  const fromRuntime = articles.flatMap((article) => article.mentions.map((mention) => JSON.stringify(mention)))
  expect(fromRuntime.length).toBeGreaterThan(100)
  expect(fromRuntime).toEqual(lines)
  // And the build's own mentions (from the extractor) make the round trip unchanged.
  const { corpus } = compileCorpus({ ...(await loadCorpus(`${cwd}corpus`, cwd)), version: '0.0.0' })
  for (const mention of corpus!.mentions) {
    const row = mentionRow(mention)
    expect(row).toHaveLength(6)
    expect(JSON.stringify(mentionFromRow(mention.articleId, JSON.parse(JSON.stringify(row))))).toBe(JSON.stringify(mention))
  }
})
