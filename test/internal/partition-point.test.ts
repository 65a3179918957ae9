import fc from 'fast-check'
import { expect, it } from 'vitest'
import { partitionPoint } from '../../src/internal/partition-point.js'

it('gives the index of the first item that is not before the point', () => {
  const dates = ['2021-10-01', '2021-11-03', '2021-11-03', '2022-01-10']
  expect(partitionPoint(dates.length, (index) => dates[index]! < '2021-11-03')).toBe(1)
  expect(partitionPoint(dates.length, (index) => dates[index]! <= '2021-11-03')).toBe(3)
  expect(partitionPoint(dates.length, (index) => dates[index]! < '2000')).toBe(0)
  expect(partitionPoint(dates.length, (index) => dates[index]! < '2030')).toBe(4)
  expect(partitionPoint(0, () => true)).toBe(0)
})

it('agrees with a linear scan on any sorted list', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (items, value) => {
      const sorted = items.sort((a, b) => a - b)
      const scan = sorted.findIndex((item) => item >= value)
      expect(partitionPoint(sorted.length, (index) => sorted[index]! < value)).toBe(scan === -1 ? sorted.length : scan)
    })
  )
})

it('asks about log2(length) + 1 items at most', () => {
  const asked: number[] = []
  partitionPoint(1000, (index) => (asked.push(index), index < 700))
  expect(asked.length).toBeLessThanOrEqual(11)
  expect(asked.length).toBeGreaterThanOrEqual(9)
})
