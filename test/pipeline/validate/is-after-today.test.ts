import { expect, it } from 'vitest'
import { isAfterToday } from '../../../src/pipeline/validate/validate-frontmatter.js'

it('counts a day after today, and not today itself, as in the future', () => {
  expect(isAfterToday('2022-01-06', '2022-01-05')).toBe(true)
  expect(isAfterToday('2022-01-05', '2022-01-05')).toBe(false)
  expect(isAfterToday('2021-12-31', '2022-01-05')).toBe(false)
})

it('counts a month-dated article from its month', () => {
  expect(isAfterToday('2022-01', '2022-01-01')).toBe(false)
  expect(isAfterToday('2022-02', '2022-01-31')).toBe(true)
  expect(isAfterToday('2021-12', '2022-01-01')).toBe(false)
})
