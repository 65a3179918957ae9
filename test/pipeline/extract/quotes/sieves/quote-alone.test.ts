import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('quote-alone', () => {
  it('gives a quotation alone after `X sagte:` to X', () => {
    expect(quotes('Lawrow sagte:', '„Wir warten die Antwort der Nato ab.“')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'quote-alone', text: 'Wir warten die Antwort der Nato ab.' })
  })
  it('gives a quotation of whole sentences after a sentence that opens with a named subject to that subject', () => {
    expect(quotes('Die Nato will an ihrem Kurs festhalten. „Wir stehen zu unseren Zusagen an alle Partner im Osten.“')).toEqual([
      { speaker: 'nato', description: null, attribution: 'quote-alone', kind: 'direct', text: 'Wir stehen zu unseren Zusagen an alle Partner im Osten.' }
    ])
  })
  it('takes no subject for a quoted phrase without final punctuation, nor after a sentence without a named subject', () => {
    expect(quotes('Die Nato will an ihrem Kurs festhalten. „Politik der offenen Tür für alle Staaten“')).toEqual([])
    expect(quotes('Die Lage an der Grenze ist ernst. „Wir stehen zu unseren Zusagen an alle Partner im Osten.“')).toEqual([])
  })
})
