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
    const names = readdirSync(runtimeDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'))
    expect(names.sort()).toEqual(['catalog.js', 'catalog/00000.js', 'entities.js', 'manifest.js', 'mentions.js', 'mentions/00000.js', 'quotes.js', 'quotes/00000.js', 'texts.js', 'texts/00000.js'])
    for (const name of names) expect(readFileSync(new URL(name, runtimeDir), 'utf8'), name).toMatch(/^[\u0000-\u00ff]*$/)
  })

  it('are written in their final form: plain ES modules, copied to dist/runtime/ unchanged, with declarations beside them', async () => {
    const names = readdirSync(runtimeDir).sort()
    const blocked = ['catalog', 'mentions', 'quotes', 'texts']
    expect(names).toEqual(['catalog', 'entities', 'manifest', 'mentions', 'quotes', 'texts'].flatMap((name) => [...(blocked.includes(name) ? [name] : []), `${name}.d.ts`, `${name}.js`]))
    for (const name of names.filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(new URL(name, runtimeDir), 'utf8')
      // No TypeScript: Node runs them as they are (type annotations would be a syntax error); the
      // only imports are of their own blocks.
      expect(code, name).not.toMatch(/: (?:unknown|Readonly|string)\b/m)
      expect(code.match(/^import .*$/gm) ?? [], name).toEqual(blocked.includes(name.slice(0, -3)) ? [`import b00000 from './${name.slice(0, -3)}/00000.js'`] : [])
      const module = (await import(new URL(name, runtimeDir).href)) as Record<string, unknown>
      expect(Object.keys(module).length, name).toBe(1)
    }
    for (const kind of blocked) {
      // A block: one default export of its entries, no import.
      const code = readFileSync(new URL(`${kind}/00000.js`, runtimeDir), 'utf8')
      expect(code).not.toMatch(/^import /m)
      const block = (await import(new URL(`${kind}/00000.js`, runtimeDir).href)) as Record<string, unknown>
      expect(Object.keys(block)).toEqual(['default'])
    }
    const { catalog } = (await import(new URL('catalog.js', runtimeDir).href)) as { catalog: Array<{ id: string }> }
    const { textOf } = (await import(new URL('texts.js', runtimeDir).href)) as { textOf: (id: string) => string | undefined }
    expect(catalog).toHaveLength(5)
    expect(JSON.parse(textOf(catalog[0]!.id)!)).toHaveProperty('markdown')
    expect(textOf('no-such-id')).toBeUndefined()
    expect(readFileSync(new URL('catalog.d.ts', runtimeDir), 'utf8')).toContain(`| ${JSON.stringify(catalog[0]!.id)}`)
  })

  it('hold the corpus text with its German quotation marks', async () => {
    const { articles } = await import('../../src/index.js')
    expect(articles.some((article) => /[„“]/.test(article.markdown))).toBe(true)
  })
})
