import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('source-phrase', () => {
  it('gives the clause without a `laut` phrase to its source', () => {
    expect(quotes('Laut dem Kreml bleibt die Grenze bis Montag offen.')[0]).toMatchObject({ speaker: 'kreml', attribution: 'source-phrase', text: 'bleibt die Grenze bis Montag offen' })
    expect(quotes('Die Lage ist laut dem Kreml unter Kontrolle.')[0]).toMatchObject({ speaker: 'kreml', attribution: 'source-phrase', text: 'Die Lage ist unter Kontrolle' })
  })
  it('reads `laut werden` as the adjective, not as a source', () => {
    expect(quotes('Schon im Herbst war Kritik an den Manövern laut geworden.')).toEqual([])
    expect(quotes('Vorwürfe wurden laut, die Behörden hätten zu spät gewarnt.').filter((quote) => quote.attribution === 'source-phrase')).toEqual([])
  })
})
