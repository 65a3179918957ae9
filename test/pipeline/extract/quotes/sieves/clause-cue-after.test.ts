import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('clause-cue-after', () => {
  it('gives the clause before `, cue X` to X', () => {
    expect(quotes('Die Nato sei zu konfrontativ, sagte Lawrow.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'clause-cue-after', text: 'Die Nato sei zu konfrontativ' })
    expect(quotes('Russland werde darauf militärisch antworten, drohte Lawrow.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'clause-cue-after' })
  })
  it('needs reported words before a cue that is no speech verb on its own or has a non-speech sense', () => {
    expect(quotes('Der größten Volkswirtschaft Europas, Deutschland, droht eine Rezession.')).toEqual([])
    expect(quotes('Mindestens 300 Menschenleben, darunter viele Kinder, forderte das Erdbeben.')).toEqual([])
    expect(quotes('Die Pläne der Regierung, die Armee zu vergrößern, nannte Baerbock einen Fehler.').filter((quote) => quote.attribution === 'clause-cue-after')).toEqual([])
  })
  it('takes no adverbial clause alone before the cue (`Um … zu können, zitiert X …`), but one with a main clause after it', () => {
    expect(quotes('Um die Zahl der Soldaten schätzen zu können, die dort dienen, zitiert die Zeitung einen Offizier.')).toEqual([])
    expect(quotes('Als die Truppen die Stadt erreichten, flohen Tausende Menschen, teilte die Nato mit.').map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'Als die Truppen die Stadt erreichten, flohen Tausende Menschen', speaker: 'nato' }
    ])
  })
})
