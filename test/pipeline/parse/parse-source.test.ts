import fc from 'fast-check'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../../src/pipeline/normalize/normalize-text.js'
import { type ParsedSource, parseSource } from '../../../src/pipeline/parse/parse-source.js'

const frontmatter = '---\nid: 2021-12-01-test\n---\n\n'

/** A source with this body, parsed. */
function parse(body: string): ParsedSource {
  return parseSource(new VFile({ path: 'corpus/articles/2021-12-01-test.md', value: frontmatter + body }))
}

/** The paragraphs' texts of a source with this body. */
function texts(body: string): string[] {
  return parse(body).paragraphs.map((paragraph) => paragraph.text)
}

describe('parseSource paragraph text', () => {
  it('collapses white space across lines, no-break and zero-width spaces and composes to NFC', () => {
    expect(texts('Bru\u0308ssel\u00a0 \nund\u200b Moskau  \n\u202fsprachen.\n\n# Titel\u2007 \n')).toEqual(['Brüssel und Moskau sprachen.', 'Titel'])
  })

  it('keeps a zero-width space out without joining the words around it', () => {
    expect(texts('Nato \u200b Russland\n')).toEqual(['Nato Russland'])
    expect(texts('Nato\u200bRussland\n')).toEqual(['NatoRussland'])
  })

  it('gives what normalizing, collapsing and trimming the block text gives', () => {
    const letter = fc.constantFrom('a', 'B', 'u\u0308', 'ß', '„', '.', ' ', '\u00a0', '\u2007', '\u202f', '\u200b', '\u200d', '\u2060', '\ufeff', '\t', '\u3000')
    fc.assert(
      fc.property(fc.array(fc.array(letter, { minLength: 1, maxLength: 12 }).map((chars) => chars.join('')), { minLength: 1, maxLength: 4 }), (lines) => {
        // Each line opens with a letter: a blank line would end the paragraph, leading spaces could open code.
        const source = parse(`${lines.map((line) => `x${line}`).join('\n')}\n`)
        expect(source.paragraphs.map((paragraph) => paragraph.text)).toEqual([normalizeText(toString(source.blocks[0])).replace(/\s+/g, ' ').trim()])
      }),
      { numRuns: 500, seed: 20_211_201 }
    )
  })
})
