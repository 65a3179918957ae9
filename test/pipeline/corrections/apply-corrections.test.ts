import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Annotations, applyCorrections } from '../../../src/pipeline/corrections/apply-corrections.js'
import { loadCorrections } from '../../../src/pipeline/corrections/load-corrections.js'
import { decodeSource } from '../../../src/pipeline/source/read-source.js'
import type { Paragraph } from '../../../src/schema/article.js'

const fixtures = join(import.meta.dirname, 'fixtures')
const articleId = '2021-12-01-testartikel'

/** A synthetic article (invented wording) and what an extractor might have made of it. */
const paragraphs: Paragraph[] = [
  { type: 'paragraph', text: 'Vor dem Gipfel warnte Wladimir Putin die Nato.' },
  { type: 'paragraph', text: '„Wir bleiben gesprächsbereit“, sagte Stoltenberg. Lawrow sagte, die Nato sei „keine Bedrohung“ für niemanden, aber das Wetter sei „schlecht“.' }
]
const extraction: Annotations = {
  mentions: [
    { articleId, paragraph: 0, start: 8, end: 14, entity: 'gipfel-ort', text: 'Gipfel', role: null },
    { articleId, paragraph: 0, start: 41, end: 45, entity: 'nato', text: 'Nato', role: null }
  ],
  quotes: [
    quote(1, 80, 95, 'keine Bedrohung', 'jens-stoltenberg'),
    quote(1, 120, 129, 'das Wetter', 'sergej-lawrow')
  ]
}
const registry = new Set(['nato', 'gipfel-ort', 'jens-stoltenberg', 'sergej-lawrow', 'wladimir-putin'])

function quote(paragraph: number, start: number, end: number, text: string, speaker: string | null): Annotations['quotes'][number] {
  return { articleId, paragraph, start, end, endParagraph: paragraph, text, kind: 'direct', speaker, description: null, via: null, cue: 'sagte', attribution: 'quote-cue-after', confidence: 0.9 }
}

async function load(name: string) {
  return loadCorrections(decodeSource(await readFile(join(fixtures, name)), `${articleId}.corrections.yaml`))
}

function messages(file: { messages: Array<{ line?: number | null; column?: number | null; ruleId?: string | null; fatal?: boolean | null | undefined }> }): string[] {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((m) => `${m.line}:${m.column}  ${m.fatal ? 'error' : 'warning'}  ${m.ruleId}`)
}

describe('applyCorrections', () => {
  it('removes, adds and re-attributes mentions and quotes, keeping text order', async () => {
    const loaded = await load('ok.corrections.yaml')
    expect(loaded.articleId).toBe(articleId)
    const result = applyCorrections(loaded, { articleId, paragraphs }, extraction, registry)
    expect(messages(loaded.file)).toEqual([])
    expect(result.mentions.map((m) => `${m.paragraph}:${m.start}-${m.end} ${m.entity} ${m.text}`)).toEqual([
      '0:22-36 wladimir-putin Wladimir Putin',
      '0:41-45 nato Nato'
    ])
    expect(paragraphs[0]!.text.slice(22, 36)).toBe('Wladimir Putin')
    expect(result.quotes.map((q) => `${q.paragraph}:${q.start} ${q.speaker} ${q.attribution} ${q.text}`)).toEqual([
      '1:1 jens-stoltenberg correction Wir bleiben gesprächsbereit',
      '1:80 sergej-lawrow correction keine Bedrohung'
    ])
    expect(extraction.mentions).toHaveLength(2)
  })

  it('drops a discovered entity whose only mention a correction removed', async () => {
    const loaded = loadCorrections(decodeSource(new TextEncoder().encode('removeMentions:\n  - text: Gipfel\n'), `${articleId}.corrections.yaml`))
    const discovered = [{ id: 'gipfel-ort', type: 'place' as const, name: 'Gipfel', wikidata: null, aliases: [], roles: [], kind: null, provisional: true }]
    const result = applyCorrections(loaded, { articleId, paragraphs }, { ...extraction, discovered }, registry)
    expect(result.mentions.map((m) => m.entity)).toEqual(['nato'])
    expect(result.discovered).toEqual([])
    expect(applyCorrections(loaded, { articleId, paragraphs }, extraction, registry)).not.toHaveProperty('discovered')
  })

  it('rejects unknown entity ids at the position of the id, with the closest known id', async () => {
    const loaded = await load('unknown-entity.corrections.yaml')
    const result = applyCorrections(loaded, { articleId, paragraphs }, extraction, registry)
    expect(messages(loaded.file)).toEqual(['3:13  error  correction-unknown-entity', '6:14  error  correction-unknown-entity'])
    expect(loaded.file.messages[0]!.reason).toContain('did you mean `wladimir-putin`?')
    expect(result).toEqual(extraction)
  })

  it('rejects corrections that no longer match the text, and warns about ones that change nothing', async () => {
    const loaded = await load('stale.corrections.yaml')
    applyCorrections(loaded, { articleId, paragraphs }, extraction, registry)
    expect(messages(loaded.file)).toEqual([
      '2:11  error  correction-stale',
      '4:11  error  correction-stale',
      '6:11  error  correction-stale',
      '10:14  warning  correction-redundant',
      '11:11  error  correction-stale'
    ])
  })

  it('rejects a misspelt key with the closest valid one', async () => {
    const loaded = await load('misspelt-key.corrections.yaml')
    expect(loaded.corrections).toBeUndefined()
    expect(messages(loaded.file)).toEqual(['1:1  error  correction-invalid', '4:5  error  correction-invalid', '5:5  error  correction-invalid'])
    expect(loaded.file.messages.map((m) => m.reason).sort()).toEqual([
      'Unexpected key `removeMention` in corrections, did you mean `removeMentions`?',
      'Unexpected key `speeker` in corrections, did you mean `speaker`?',
      'Unexpected missing `speaker` in `addQuotes.0`, expected it in every entry'
    ])
  })

  it('reports an unclosed quote at the quote that opens it', async () => {
    const loaded = await load('yaml-syntax.corrections.yaml')
    expect(loaded.corrections).toBeUndefined()
    expect(messages(loaded.file)).toEqual(['2:11  error  yaml-syntax'])
  })

  it('treats a file of comments only as no corrections', () => {
    const loaded = loadCorrections(decodeSource(new TextEncoder().encode('# nothing to correct\n'), `${articleId}.corrections.yaml`))
    expect(loaded.corrections).toEqual({ removeMentions: [], addMentions: [], removeQuotes: [], addQuotes: [], setSpeakers: [] })
  })
})
