import { describe, expect, it } from 'vitest'
import { devCases, devFiles } from './_dev-set.js'

// Issue 12's development set for speaker attribution: own texts in the styles of the held-out set (agency copy with
// several speakers and pronouns, a video transcript with label lines, a short interview, Russian state media in German,
// role nouns and ages, unnamed sources, countries in the reported clause), each with its expected speakers in
// `fixtures/dev/*.expected.json`. `npx tsx test/pipeline/extract/quotes/_dev-set.ts` prints every quote.
describe('the attribution development set', () => {
  for (const file of devFiles) {
    it(`gives every quote of \`${file}\` its speaker`, async () => {
      // Cases marked open are known misses, listed in the expected file with the reason.
      const cases = (await devCases(file)).filter((item) => !item.open)
      expect(cases.map(({ text, actual }) => [text, actual])).toEqual(cases.map(({ text, expected }) => [text, expected]))
    })
  }
})
