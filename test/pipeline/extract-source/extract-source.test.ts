import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { prepare } from '../../../src/pipeline/compile/prepare-article.js'
import { extractSource, loadRegistryOf } from '../../../src/pipeline/extract-source.js'
import { toEvalOutput } from '../../../src/pipeline/extract/index.js'
import { readChecked } from '../../../src/pipeline/load-corpus.js'
import { synthCorpusDir } from '../../fixtures/synth-project.js'

const today = '2026-12-01'
const registry = await loadRegistryOf(synthCorpusDir)
const articlesDir = join(synthCorpusDir, 'articles')
const sources = readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort()

describe('extractSource', { timeout: 60_000 }, () => {
  it('gives for a Markdown source what `prepare` gives for it', async () => {
    expect(sources).toHaveLength(12)
    let quotes = 0
    for (const name of sources) {
      const path = join(articlesDir, name)
      const { output, file } = await extractSource(path, registry, { today })
      const prepared = prepare(await readChecked(path), registry, { today })
      expect(file.messages.map(String)).toEqual([])
      expect(prepared).toBeDefined()
      expect(output).toEqual(toEvalOutput(prepared!.extraction, registry))
      quotes += (output as { quotes: unknown[] }).quotes.length
    }
    // The fixture quotes people: the comparison covered quotes, not only empty lists.
    expect(quotes).toBeGreaterThan(10)
  })

  it('explains the quotes `prepare` attributes, one explanation per quote', async () => {
    const path = join(articlesDir, sources[0]!)
    const { output, explanations } = await extractSource(path, registry, { today, explain: true })
    const prepared = prepare(await readChecked(path), registry, { today, explain: true })
    expect(explanations).toEqual(prepared!.extraction.explanations)
    expect((output as { quotes: unknown[] }).quotes.length).toBeGreaterThan(0)
    expect(explanations).toHaveLength((output as { quotes: unknown[] }).quotes.length)
  })

  it('refuses a source that does not validate, with the messages `prepare` gives', async () => {
    const path = join(import.meta.dirname, '2031-09-03-pelosis-sieht-keinen-grund-zur-entwarnung.md')
    const { output, file } = await extractSource(path, registry, { today })
    const checked = await readChecked(path)
    expect(prepare(checked, registry, { today })).toBeUndefined()
    expect(output).toBeUndefined()
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['5:7 date-future'])
    expect(file.messages.map(String)).toEqual(checked.messages.map(String))
  })
})
