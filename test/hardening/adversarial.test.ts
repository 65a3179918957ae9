import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { adversarialInputs, asSource } from '../../scripts/adversarial/inputs.js'
import { compileCorpus } from '../../src/pipeline/compile/compile-corpus.js'
import { extract } from '../../src/pipeline/extract/index.js'
import { recoverStructure } from '../../src/pipeline/import/recover-structure.js'
import { toSource } from '../../src/pipeline/import/to-source.js'
import { messagesOutside } from './_arbitraries.js'

// Timing ratios are printed by `npm run bench:adversarial` (1 MB each); here
// the inputs only have to complete, at a quarter of that size.
const root = join(import.meta.dirname, '../..')
const registryFiles = () => ['persons.yaml', 'organizations.yaml', 'places.yaml'].map((name) => new VFile({ path: `corpus/registry/${name}`, value: readFileSync(join(root, 'corpus/registry', name), 'utf8') }))

describe('adversarial text', { timeout: 120_000 }, () => {
  for (const input of adversarialInputs(250_000)) {
    it(`completes import, check and extract on ${input.name}: ${input.description}`, () => {
      const recovered = recoverStructure(input.text)
      expect(toSource(recovered, { file: 'raw.txt', sha256: '0'.repeat(64) }).text.length).toBeGreaterThan(0)
      const article = new VFile({ path: 'corpus/articles/2022-01-adversarial.md', value: asSource('2022-01-adversarial', input.text) })
      const { registry } = compileCorpus({ articles: [article], registry: registryFiles(), version: '0.0.0', today: '2022-12-31' })
      expect(messagesOutside(article)).toEqual([])
      expect(article.messages.length).toBeLessThan(10)
      extract({ articleId: '2022-01-adversarial', paragraphs: recovered.blocks }, registry)
    })
  }
})
