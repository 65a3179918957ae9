import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('sprechen-von', () => {
  it('takes the phrase after `von` with its quotation as a mixed quote', () => {
    expect(quotes('Baerbock sprach von einer „sehr ernsten Lage“.')).toEqual([
      { speaker: 'annalena-baerbock', attribution: 'sprechen-von', kind: 'mixed', text: 'einer sehr ernsten Lage', description: null }
    ])
  })
  it('finds `von` a few words after the verb: an inverted subject or a time between them', () => {
    expect(quotes('Nach dem Treffen sprach Außenministerin Annalena Baerbock von der „schwersten Krise seit Jahren“.')[0]).toMatchObject({ speaker: 'annalena-baerbock', attribution: 'sprechen-von', text: 'der schwersten Krise seit Jahren' })
    expect(quotes('Lawrow sprach am Montag von einem „Spiel mit dem Feuer“.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'sprechen-von', text: 'einem Spiel mit dem Feuer' })
  })
  it('leaves a `von` that belongs to the noun of an addressee or topic, or stands behind a comma', () => {
    expect(quotes('Baerbock sprach mit Vertretern von Nato und Kreml über die „Lage“.').filter((quote) => quote.attribution === 'sprechen-von')).toEqual([])
    expect(quotes('Lawrow sprach lange, von einer „Krise“ war keine Rede.').filter((quote) => quote.attribution === 'sprechen-von')).toEqual([])
  })
  it('also gives the clause of a cue coordinated after the quotation to the speaker (`sprach von „…“ und forderte Y auf, … zu …`)', () => {
    expect(quotes('Baerbock sprach von einem „schweren Schlag für die Bürgerrechte“ und forderte die Regierung auf, die Pläne zurückzuziehen.')).toEqual([
      { speaker: 'annalena-baerbock', attribution: 'sprechen-von', kind: 'mixed', text: 'einem schweren Schlag für die Bürgerrechte', description: null },
      { speaker: 'annalena-baerbock', attribution: 'sprechen-von', kind: 'indirect', text: 'die Pläne zurückzuziehen', description: null }
    ])
  })
  it('takes no clause after the quotation without a coordinated cue', () => {
    expect(quotes('Baerbock sprach von einem „schweren Schlag für die Bürgerrechte“ und die Regierung zog die Pläne zurück.')).toHaveLength(1)
  })
})
