import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { guardMarkup, maxContainerLines, maxMarkupPerBlock } from '../../src/pipeline/parse/guard-markup.js'
import { parseSource } from '../../src/pipeline/parse/parse-source.js'
import { asSource } from '../../scripts/adversarial/inputs.js'

const check = (body: string) => {
  const file = new VFile({ path: 'corpus/articles/2022-01-x.md', value: asSource('2022-01-x', body) })
  parseSource(file)
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

describe('guardMarkup (micromark is quadratic in some markup)', () => {
  it('leaves ordinary text and the frontmatter untouched', () => {
    const text = asSource('2022-01-x', '„Wir reden“, sagte er (dpa). Ein [Link](https://example.org).\n\n## Ein Titel\n\nText.')
    expect(guardMarkup(text)).toEqual({ text, problems: [] })
  })

  it('reports a paragraph full of open link brackets once, at its start, and keeps offsets', () => {
    const body = `Ein Absatz.\n\n${'[a]('.repeat(maxMarkupPerBlock)}\n\nNoch einer.`
    expect(check(body)).toEqual(['23:1 body-markup-limit'])
    const guarded = guardMarkup(asSource('2022-01-x', body))
    expect(guarded.text.length).toBe(asSource('2022-01-x', body).length)
  })

  it('reports long lists and deep nesting with one message per kind', () => {
    expect(check(`Text.\n\n${'- Punkt\n'.repeat(maxContainerLines + 1)}`)).toEqual(['23:1 body-markup-limit'])
    // Too deep, and too much markup in one paragraph: two kinds, two messages for three places.
    expect(check(`Text.\n\n${'> '.repeat(1000)}Zitat\n\n${'> - '.repeat(20)}x\n`)).toEqual(['23:1 body-markup-limit', '23:1 body-markup-limit'])
  })

  // Without the guard the parser takes minutes on this; `npm run bench:adversarial` prints the time.
  it('refuses a hostile 400 kB paragraph of unclosed links before the parser sees it', { timeout: 60_000 }, () => {
    expect(check('[a]('.repeat(100_000))).toEqual(['21:1 body-markup-limit'])
  })
})
