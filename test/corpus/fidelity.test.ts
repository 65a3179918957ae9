import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSource } from '../../src/pipeline/parse/parse-source.js'
import { decodeSource } from '../../src/pipeline/source/read-source.js'
import { parseYaml } from '../../src/pipeline/parse/parse-yaml.js'
import { location } from 'vfile-location'
import type { Frontmatter } from '../../src/schema/article.js'

const seedsDir = join(import.meta.dirname, '../../../shared/seeds')
const articlesDir = join(import.meta.dirname, '../../corpus/articles')

/** Words as a reader sees them: letters and digits, NFC, punctuation dropped. */
function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []
}

function load(name: string): { frontmatter: Frontmatter; paragraphs: string[] } {
  const file = decodeSource(readFileSync(join(articlesDir, name)), name)
  const source = parseSource(file)
  const yaml = source.frontmatter ?? parseYaml(file, '', 0, location(file).toPoint)
  return { frontmatter: yaml.data as Frontmatter, paragraphs: source.paragraphs.map((p) => p.text) }
}

const sources = readdirSync(articlesDir).filter((name) => name.endsWith('.md'))
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'))

describe('seed fidelity', () => {
  it('imports every seed exactly once', () => {
    const files = sources.map((name) => load(name).frontmatter.provenance.file).sort()
    expect(files).toEqual(seeds.sort())
  })

  for (const name of sources) {
    const { frontmatter, paragraphs } = load(name)
    const raw = readFileSync(join(seedsDir, frontmatter.provenance.file), 'utf8')

    it(`${frontmatter.id}: keeps every word of ${frontmatter.provenance.file}, in order`, () => {
      let expected = words(raw)
      const marker = /^\s*date (\d{4}-\d{2})/.exec(raw)
      if (marker) {
        // The marker became metadata: `date 2021-10` → date: 2021-10.
        expect(frontmatter.date).toBe(marker[1])
        expect(frontmatter.dateSource).toBe('source-line')
        expect(expected.slice(0, 3)).toEqual(['date', ...marker[1]!.split('-')])
        expected = expected.slice(3)
      }
      const agency = frontmatter.credits.filter((credit) => credit.kind === 'agency').map((credit) => credit.text)
      const image = [frontmatter.image?.caption ?? '', frontmatter.image?.credit ?? '']
      // The dateline opens one of the paragraphs: find where it fits.
      const orders = paragraphs.map((_, at) =>
        words([...image, ...paragraphs.slice(0, at), frontmatter.dateline ?? '', ...paragraphs.slice(at), ...agency].join('\n'))
      )
      expect(orders.find((actual) => actual.join(' ') === expected.join(' ')) ?? orders[0]).toEqual(expected)
    })

    it(`${frontmatter.id}: stores normalized text (NFC, single spaces)`, () => {
      for (const paragraph of paragraphs) {
        expect(paragraph).toBe(paragraph.normalize('NFC'))
        expect(paragraph).not.toMatch(/\s{2,}|^\s|\s$/)
      }
    })

    it(`${frontmatter.id}: records the sha256 of its raw file`, async () => {
      const { createHash } = await import('node:crypto')
      expect(frontmatter.provenance.sha256).toBe(createHash('sha256').update(readFileSync(join(seedsDir, frontmatter.provenance.file))).digest('hex'))
    })
  }
})
