import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { latin1Json } from '../../src/pipeline/emit/runtime-modules.js'

const runtimeDir = new URL('../../generated/runtime/', import.meta.url)

describe('latin1Json', () => {
  it('writes every character above U+00FF as an escape, and keeps the rest', () => {
    expect(latin1Json({ text: '„Nein“, sagte ‚er‘ – Łukasz…' })).toBe('{"text":"\\u201eNein\\u201c, sagte \\u201aer\\u2018 \\u2013 \\u0141ukasz\\u2026"}')
    expect(latin1Json('Größe ÿ é')).toBe('"Größe ÿ é"')
  })

  it('gives back exactly the same value through JSON.parse', () => {
    const tricky = ['„“‚‘«»', '\u00ff\u0100', '😀 \ud83d\ude00', '\ud800 lone \udfff', '\u2028\u2029', 'a"b\\c\n\t\u0000', '\\u201e (already an escape)', '']
    for (const value of tricky) expect(JSON.parse(latin1Json({ value, list: [value] }))).toEqual({ value, list: [value] })
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const json = latin1Json({ value, text })
        expect(json).toMatch(/^[\u0000-\u00ff]*$/)
        // As `JSON.stringify` gives it back (JSON has no -0).
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })))
      })
    )
  })
})

describe('runtime modules', () => {
  it('are all Latin-1, so V8 keeps their sources with one byte per character', () => {
    const names = readdirSync(runtimeDir).filter((name) => name.endsWith('.ts'))
    expect(names.sort()).toEqual(['catalog.ts', 'entities.ts', 'manifest.ts', 'mentions.ts', 'quotes.ts', 'texts.ts'])
    for (const name of names) expect(readFileSync(new URL(name, runtimeDir), 'utf8'), name).toMatch(/^[\u0000-\u00ff]*$/)
  })

  it('hold the corpus text with its German quotation marks', async () => {
    const { articles } = await import('../../src/index.js')
    expect(articles.some((article) => /[„“]/.test(article.markdown))).toBe(true)
  })
})
