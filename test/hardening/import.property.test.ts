import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { recoverStructure } from '../../src/pipeline/import/recover-structure.js'
import { toSource } from '../../src/pipeline/import/to-source.js'
import { parseSource } from '../../src/pipeline/parse/parse-source.js'
import { anyText, headingText, messagesOutside, paragraphText, propertyRuns } from './_arbitraries.js'

const provenance = { file: 'raw.txt', sha256: '0'.repeat(64) }

/** Import raw text and parse the source it gives, as `korpus check` would. */
function roundTrip(raw: string) {
  const recovered = recoverStructure(raw)
  const source = toSource(recovered, provenance)
  const file = new VFile({ path: `corpus/articles/${source.id}.md`, value: source.text })
  return { recovered, source, parsed: parseSource(file), file }
}

describe('import on hostile text', () => {
  it('never throws, and always writes a source whose frontmatter parses', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { source, parsed, file } = roundTrip(raw)
        expect(source.id).toMatch(/^(?:\d{4}-\d{2}(?:-\d{2})?|undated)-[a-z0-9]+(?:-[a-z0-9]+)*$/)
        expect(file.messages.filter((message) => message.fatal).map((message) => message.ruleId)).toEqual([])
        expect(parsed.frontmatter?.data).toBeTypeOf('object')
        expect(messagesOutside(file)).toEqual([])
      }),
      propertyRuns
    )
  })

  it('round-trips any text without NUL: parsing the written source gives back the recovered blocks', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const raw = text.replace(/\0/g, '')
        const { recovered, parsed } = roundTrip(raw)
        expect(parsed.paragraphs).toEqual(recovered.blocks)
      }),
      { ...propertyRuns, numRuns: 300 }
    )
  })

  it('keeps every word of the text in the body or the metadata', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { recovered } = roundTrip(raw)
        const kept = [...recovered.blocks.map((block) => block.text), recovered.image?.caption ?? '', recovered.image?.credit ?? '', recovered.dateline ?? '', recovered.dateMarker ?? '', ...recovered.credits.map((credit) => credit.text)].join(' ')
        const normal = (text: string) => text.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\ufeff()]+/g, ' ')
        for (const word of normal(raw).split(' ').filter((word) => /[\p{L}\p{N}]{2}/u.test(word))) {
          expect(normal(kept)).toContain(word.replace(/[()]/g, ''))
        }
      }),
      propertyRuns
    )
  })
})

describe('import round trip', () => {
  const article = fc.record({
    date: fc.constantFrom(undefined, '2021-10', '2022-01-12'),
    blocks: fc.array(fc.oneof({ weight: 4, arbitrary: paragraphText.map((text) => ({ type: 'paragraph' as const, text })) }, { weight: 1, arbitrary: headingText.map((text) => ({ type: 'heading' as const, text })) }), { minLength: 1, maxLength: 8 })
  })

  it('gives back the same paragraphs after import → source → parse', () => {
    fc.assert(
      fc.property(article, ({ date, blocks }) => {
        // The last block is always a paragraph in a real article; two headings never follow each other.
        const body = blocks.filter((block, index) => block.type === 'paragraph' || blocks[index + 1]?.type === 'paragraph')
        if (body.length === 0 || body.at(-1)!.type !== 'paragraph') return
        const raw = `${date ? ` date ${date} ` : ''}${body.map((block) => block.text).join('\n\n')}`
        const { recovered, parsed } = roundTrip(raw)
        expect(recovered.blocks.map((block) => block.text)).toEqual(body.map((block) => block.text))
        expect(parsed.paragraphs).toEqual(recovered.blocks)
        expect(parsed.frontmatter?.data).toMatchObject({ date: date ?? 'TODO' })
      }),
      propertyRuns
    )
  })

  it('keeps Markdown-looking text as plain paragraphs (escaped, not turned into lists or HTML)', () => {
    const tricky = fc.array(fc.constantFrom('1. Punkt', '- Strich', '> Zitat', '# Titel', '<b>fett</b>', '*Stern*', '_unter_', '[x](y)', '`code`', '---', '***', '| a | b |', 'a\\b', '&amp;', 'Nato:', '2021-10'), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(tricky, paragraphText, (parts, lead) => {
        const raw = `${lead}\n\n${parts.join(' ')} Ende.`
        const { recovered, parsed } = roundTrip(raw)
        expect(parsed.blocks.map((block) => block.type).every((type) => type === 'paragraph' || type === 'heading')).toBe(true)
        expect(parsed.paragraphs).toEqual(recovered.blocks)
      }),
      propertyRuns
    )
  })
})
