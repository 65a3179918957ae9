import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('demnach', () => {
  it('gives a sentence opened by `Demnach` to the last speaker', () => {
    expect(quotes('Lawrow sagte, die Gespräche seien gescheitert. Demnach sollen die Truppen an der Grenze bleiben.')[1]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'demnach', text: 'sollen die Truppen an der Grenze bleiben' })
  })
  it('reads `demnach` after the first constituent and its verb with a reporting mood (`soll demnach`, Konjunktiv)', () => {
    expect(quotes('Die Lage an der Grenze ist unklar. Der Abzug der Truppen soll demnach nur schrittweise erfolgen.')).toEqual([
      { speaker: null, description: 'demnach', attribution: 'demnach', kind: 'indirect', text: 'Der Abzug der Truppen soll nur schrittweise erfolgen' }
    ])
    expect(quotes('Die Lage an der Grenze ist unklar. Der Abzug der Truppen wäre demnach erst im Frühjahr möglich.')[0]).toMatchObject({ attribution: 'demnach', text: 'Der Abzug der Truppen wäre erst im Frühjahr möglich' })
  })
  it('takes a later `demnach` with an indicative as a conclusion, and none in a later clause', () => {
    expect(quotes('Die Lage an der Grenze ist unklar. Die Laufzeit der Verträge ist demnach auf zwei Jahre ausgerichtet.')).toEqual([])
    expect(quotes('Die Lage an der Grenze ist unklar. Es gibt einen Plan, der demnach einen Abzug vorsehen soll.')).toEqual([])
  })
})
