import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('quote-cue-after', () => {
  it('gives a quotation before `, sagte X` to X, with a second quotation right after the speaker', () => {
    expect(quotes('„Wir sind bereit“, sagte Lawrow, „aber nicht um jeden Preis.“')).toEqual([
      { speaker: 'sergej-lawrow', description: null, attribution: 'quote-cue-after', kind: 'direct', text: 'Wir sind bereit aber nicht um jeden Preis.' }
    ])
  })
  it('takes reported words in Konjunktiv with a quotation after the speaker as a second quote (`„…“, stellte X fest, seien „…“`)', () => {
    expect(quotes('„Bis es zu spät war“, stellte Baerbock fest, seien „die Warnungen der Behörden nicht ernst genommen worden“.')).toEqual([
      { speaker: 'annalena-baerbock', description: null, attribution: 'quote-cue-after', kind: 'direct', text: 'Bis es zu spät war' },
      { speaker: 'annalena-baerbock', description: null, attribution: 'quote-cue-after', kind: 'mixed', text: 'seien die Warnungen der Behörden nicht ernst genommen worden' }
    ])
  })
  it('adds no second quote for narration after the speaker, in the indicative or without a quotation', () => {
    expect(quotes('„Wir sind bereit“, sagte Lawrow, bevor er den „großen Saal“ verließ.')).toHaveLength(1)
    expect(quotes('„Wir sind bereit“, sagte Lawrow, die Gespräche gingen dann weiter.')).toHaveLength(1)
  })
  it('gives the previous speaker a quotation whose cue has a noun phrase of no name after it, when its gender agrees', () => {
    expect(quotes('Sergej Lawrow sagte am Montag, die Lage sei ernst.', '„Wir warten auf eine Antwort. Sie muss bald kommen“, meinte der 72-jährige Bankangestellte.').at(-1)).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'quote-cue-after' })
  })
  it('gives no previous speaker of the other gender such a quotation: the noun phrase describes an unnamed speaker', () => {
    expect(quotes('Sergej Lawrow sagte am Montag, die Lage sei ernst.', '„Wir warten auf eine Antwort. Sie muss bald kommen“, meinte die 56-jährige Rechtsanwaltsfachangestellte.').at(-1)).toMatchObject({ speaker: null, description: 'die 56-jährige Rechtsanwaltsfachangestellte', attribution: 'quote-cue-after' })
  })
})
