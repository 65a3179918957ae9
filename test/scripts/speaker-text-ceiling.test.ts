import { join } from 'node:path'
import { expect, it } from 'vitest'
import { fold, speakerTextCeiling } from '../../scripts/eval/speaker-text-ceiling.js'

const fixtures = join(import.meta.dirname, 'fixtures/speaker-text-ceiling')

it('folds as the scorer does', () => {
  expect(fold('Groß-Britannien: „Straße“ Élysée')).toBe('gross britannien strasse elysee')
})

// a.json: a phrase holding the found name, a phrase inside a found name, a pronoun, an unnamed
// source, an unnamed quote and an optional one; b.json has no prediction file at all.
it('counts the gold quotes whose speaker phrase a found entity can match', () => {
  const ceiling = speakerTextCeiling(join(fixtures, 'gold'), join(fixtures, 'pred'))
  expect(ceiling).toEqual({ quotes: 6, unnamed: 1, named: 2, unreachable: 3, recall: 3 / 6 })
})
