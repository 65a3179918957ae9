import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('so-phrase', () => {
  it('gives the clause before `, so X` to X', () => {
    expect(quotes('Die Lage sei ernst, so Lawrow.')).toEqual([
      { speaker: 'sergej-lawrow', description: null, attribution: 'so-phrase', kind: 'indirect', text: 'Die Lage sei ernst' }
    ])
  })
  it('allows a longer tail after the speaker when a preposition opens it (`so X gegenüber der Onlineausgabe einer Zeitung`)', () => {
    expect(quotes('Die Gespräche seien in einer schwierigen Phase, so Lawrow gegenüber der Onlineausgabe einer großen Zeitung.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'so-phrase', text: 'Die Gespräche seien in einer schwierigen Phase' })
  })
  it('takes no `so` whose tail goes on as a clause of its own', () => {
    expect(quotes('Die Gespräche laufen weiter, so Lawrow und Baerbock verhandeln am Montag erneut in Genf über die Lage.').filter((quote) => quote.attribution === 'so-phrase')).toEqual([])
  })
  it('also gives the cue clause of a relative clause on the speaker to the speaker (`…, so X, die auch angab, dass …`)', () => {
    expect(quotes('Der Mann habe oft vor der Tür gewartet, so Baerbock, die auch angab, dass die Polizei informiert worden sei.')).toEqual([
      { speaker: 'annalena-baerbock', description: null, attribution: 'so-phrase', kind: 'indirect', text: 'Der Mann habe oft vor der Tür gewartet' },
      { speaker: 'annalena-baerbock', description: null, attribution: 'so-phrase', kind: 'indirect', text: 'dass die Polizei informiert worden sei' }
    ])
  })
  it('ends the speaker phrase at a relative clause on the speaker without a cue, which reports nothing', () => {
    expect(quotes('Der Mann habe oft vor der Tür gewartet, so Baerbock, die seit Jahren in der Stadt lebt und dort als Anwältin arbeitet.')).toEqual([
      { speaker: 'annalena-baerbock', description: null, attribution: 'so-phrase', kind: 'indirect', text: 'Der Mann habe oft vor der Tür gewartet' }
    ])
  })
})
