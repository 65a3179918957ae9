import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

const brief = (...paragraphs: string[]) => quotes(...paragraphs).map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))

describe('konjunktiv-after-subject', () => {
  it('gives a Konjunktiv I sentence to the named subject of the sentence before it, and the chain goes on', () => {
    expect(brief('Stoltenberg verglich die Verlegung mit den russischen Manövern. Russland habe seine Zusagen gebrochen. Man müsse deshalb die Ostflanke stärken.')).toEqual([
      { text: 'Russland habe seine Zusagen gebrochen', speaker: 'jens-stoltenberg', attribution: 'konjunktiv-after-subject' },
      { text: 'Man müsse deshalb die Ostflanke stärken', speaker: 'jens-stoltenberg', attribution: 'continuation' }
    ])
    expect(brief('Der Kreml verwies auf die Lage im Donbass. Dort seien die Kämpfe wieder aufgeflammt.')[0]).toMatchObject({ speaker: 'kreml', attribution: 'konjunktiv-after-subject' })
  })
  it('gives the words to the new subject rather than to a speaker two sentences back', () => {
    expect(brief('Lawrow sagte, die Lage sei ernst. Baerbock kehrte aus Kiew zurück. Dort sei die Stimmung gedrückt.')[1]).toMatchObject({ speaker: 'annalena-baerbock', text: 'Dort sei die Stimmung gedrückt', attribution: 'konjunktiv-after-subject' })
  })
  it('needs Konjunktiv I, a named person or organization opening the previous sentence, and the same paragraph', () => {
    // Indicative: narration.
    expect(brief('Stoltenberg reiste am Montag nach Riga. Dort beginnen am Dienstag die Manöver.')).toEqual([])
    // A place or a prepositional phrase opens the sentence before.
    expect(brief('Moskau verlegte weitere Truppen. Die Lage sei angespannt.')).toEqual([])
    expect(brief('In Brüssel traf Stoltenberg die Außenminister. Die Lage sei angespannt.')).toEqual([])
    // A paragraph break ends it.
    expect(brief('Stoltenberg reiste am Montag nach Riga.', 'Die Lage sei angespannt.')).toEqual([])
    // Another person named in the sentence.
    expect(brief('Stoltenberg reiste am Montag nach Riga. Lawrow habe die Einladung abgelehnt.')).toEqual([])
  })
})
