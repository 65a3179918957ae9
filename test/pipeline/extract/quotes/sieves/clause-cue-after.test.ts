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
  it('reads no subject with its relative clause as a clause of words, nor the object after the cue as the speaker', () => {
    expect(quotes('Die Oppositionspartei der Ukraine, die am Samstag den Sieg für sich beanspruchte, beschuldigte die Regierung von Wladimir Putin des Wahlbetrugs.').filter((quote) => quote.attribution === 'clause-cue-after')).toEqual([])
    expect(quotes('Der Vorsitzende des Ausschusses, der am Montag tagte, sagte gegenüber der Nato, man sei bereit.').map((quote) => quote.speaker)).not.toContain('nato')
  })
  it('still reads a clause with a relative clause and its own verb before `, cue X`', () => {
    expect(quotes('Die Nato, die sich bedroht fühle, rüste auf, sagte Lawrow.')[0]).toMatchObject({ speaker: 'sergej-lawrow', text: 'Die Nato, die sich bedroht fühle, rüste auf' })
  })
})
