import { expect, it } from 'vitest'
import { checkBudgets, formatSize, measureSizes, parseSize, readBudgets } from '../../scripts/size.js'

it('keeps every entry point within the budget documented in docs/distribution.md', async () => {
  const sizes = await measureSizes()
  const budgets = readBudgets()
  expect(budgets.map((budget) => budget.entry)).toEqual(sizes.map((size) => size.entry))
  expect(checkBudgets(sizes, budgets)).toEqual([])
})

it('reports an entry over its budget, and one without a budget', () => {
  const sizes = [
    { entry: 'a', what: '', raw: 2000, gzip: 900 },
    { entry: 'b', what: '', raw: 1, gzip: 1 }
  ]
  expect(checkBudgets(sizes, [{ entry: 'a', raw: 1000, gzip: 1000 }])).toEqual(['a: 2.0 kB raw, expected at most 1.0 kB', 'b: no budget, expected a row in docs/distribution.md'])
})

it('reads and writes sizes in decimal units', () => {
  expect([parseSize('900 B'), parseSize('12.5 kB'), parseSize('1.4 MB')]).toEqual([900, 12_500, 1_400_000])
  expect([formatSize(900), formatSize(12_500), formatSize(1_400_000)]).toEqual(['900 B', '12.5 kB', '1.40 MB'])
})
