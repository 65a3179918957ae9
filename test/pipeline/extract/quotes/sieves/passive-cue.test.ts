import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

const one = (...paragraphs: string[]) => quotes(...paragraphs).map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))

describe('passive-cue', () => {
  it('takes the clause after a passive cue, by an unnamed source', () => {
    expect(one('Es wird vermutet, dass die Leitung schon seit Wochen beschädigt war.')).toEqual([
      { text: 'dass die Leitung schon seit Wochen beschädigt war', speaker: null, attribution: 'passive-cue' }
    ])
    expect(one('In dem Bericht wird festgehalten, dass die Manöver im Januar enden sollen.')).toEqual([
      { text: 'dass die Manöver im Januar enden sollen', speaker: null, attribution: 'passive-cue' }
    ])
    expect(one('Zunächst war vermutet worden, dass ein Kurzschluss das Feuer ausgelöst habe.')).toEqual([
      { text: 'dass ein Kurzschluss das Feuer ausgelöst habe', speaker: null, attribution: 'passive-cue' }
    ])
  })
  it('takes a `zu` infinitive after a passive accusation, also in a relative clause, and ends the clause where the main clause goes on', () => {
    expect(one('In Riga wurden zwei Männer festgenommen, die beschuldigt werden, Teil eines Schmugglerrings zu sein.')).toEqual([
      { text: 'Teil eines Schmugglerrings zu sein', speaker: null, attribution: 'passive-cue' }
    ])
    expect(one('Der Mann wird verdächtigt, die Anlage in Brand gesetzt zu haben.')[0]).toMatchObject({ text: 'die Anlage in Brand gesetzt zu haben', speaker: null })
    // A directive cue in second position takes any main clause (`werden aufgefordert, …`).
    expect(one('Die Nachbarstaaten werden aufgefordert, sie sollen ihre Grenzen offen halten.')[0]).toMatchObject({ text: 'sie sollen ihre Grenzen offen halten', attribution: 'passive-cue' })
    expect(one('Ein Schreiben, in dem der Firma vorgeworfen wird, sie habe die Abgaswerte gefälscht, erreichte das Amt erst im Mai.')).toEqual([
      { text: 'sie habe die Abgaswerte gefälscht', speaker: null, attribution: 'passive-cue' }
    ])
  })
  it('takes a Konjunktiv clause before `, wird vermutet.` at the end of the sentence', () => {
    expect(one('Die Reparatur könne bis zum Frühjahr dauern, wird vermutet.')).toEqual([
      { text: 'Die Reparatur könne bis zum Frühjahr dauern', speaker: null, attribution: 'passive-cue' }
    ])
  })
  it('takes no clause of a negated passive', () => {
    expect(one('Bislang wurde nicht bestätigt, dass der Minister erkrankt ist.')).toEqual([])
    expect(one('Bislang wurde bestätigt, dass der Minister erkrankt ist.')).toEqual([{ text: 'dass der Minister erkrankt ist', speaker: null, attribution: 'passive-cue' }])
  })
  it('takes no clause of a passive that reports nothing, no state and no Konjunktiv passive', () => {
    // No `dass`, Konjunktiv or directive infinitive after the comma.
    expect(one('Das Gebäude wurde im Mai eröffnet, danach zogen die ersten Mieter ein.')).toEqual([])
    expect(one('Der Saal wird geschmückt, um die Gäste zu empfangen.')).toEqual([])
    // A verb-final passive closes a relative clause: the main clause goes on after it.
    expect(one('Der Bürgermeister, dessen Rücktritt von der Opposition gefordert wird, eröffnete gestern die Messe.')).toEqual([])
    // `ist gesagt` without `worden` is no passive event.
    expect(one('Damit ist gesagt, was gesagt werden muss.')).toEqual([])
    // A Konjunktiv auxiliary (`sei angeboten worden`) continues the last speaker; alone it is no passive cue.
    expect(one('Zudem sei angeboten worden, die Gespräche fortzusetzen.').map((quote) => quote.attribution)).not.toContain('passive-cue')
    // An indicative clause before `, wird erwartet.` is narration.
    expect(one('Der Zug kommt um acht Uhr an, wird erwartet.')).toEqual([])
    // A rejecting verb: `wird bestritten, dass …` is not the clause's assertion.
    expect(one('Es wird bestritten, dass die Firma davon wusste.')).toEqual([])
  })
  it('ends the clause at `, und` with a main clause of its own, not at a verb-final conjunct', () => {
    expect(one('Es wird erwartet, dass die Gespräche im März beginnen, und der Minister reist schon am Montag nach Genf.')).toEqual([
      { text: 'dass die Gespräche im März beginnen', speaker: null, attribution: 'passive-cue' }
    ])
    expect(one('Es wird vermutet, dass die Leitung beschädigt war, und die Feuerwehr sperrte das Gelände.').map(({ text }) => text)).toEqual(['dass die Leitung beschädigt war'])
    expect(one('Es wird erwartet, dass die Gespräche im März beginnen, und die Delegation bereits am Montag nach Genf reist.').map(({ text }) => text)).toEqual([
      'dass die Gespräche im März beginnen, und die Delegation bereits am Montag nach Genf reist'
    ])
    expect(one('Es wird vermutet, dass die Leitung beschädigt war, und dass niemand es bemerkt hat.').map(({ text }) => text)).toEqual(['dass die Leitung beschädigt war, und dass niemand es bemerkt hat'])
  })
})
