import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CorpusDateSchema, isCalendarDate } from '../../src/schema/date.js'

describe('isCalendarDate', () => {
  it('accepts real days, months and years', () => {
    for (const value of ['2021-10', '2021-11-01', '2024-02-29', '2000-02-29', '2022']) expect(isCalendarDate(value)).toBe(true)
  })

  it('rejects days that do not exist and months past 12', () => {
    for (const value of ['2021-02-30', '2021-02-29', '1900-02-29', '2021-13', '2021-00', '2021-04-31', '2021-1-01', '21-01']) {
      expect(isCalendarDate(value)).toBe(false)
    }
  })
})

describe('CorpusDateSchema', () => {
  it('explains an impossible date in the message', () => {
    const result = v.safeParse(CorpusDateSchema, '2021-02-30')
    expect(result.success).toBe(false)
    expect(result.issues?.[0]?.message).toBe('Unexpected date `2021-02-30`, expected a real calendar date (YYYY-MM-DD or YYYY-MM)')
  })

  it('refuses a bare year: articles are dated to a month or a day', () => {
    expect(v.safeParse(CorpusDateSchema, '2021').success).toBe(false)
  })
})
