import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

const brief = (...paragraphs: string[]) => quotes(...paragraphs).map(({ text, speaker, attribution, description }) => ({ text, speaker, attribution, description }))

describe('speech-act', () => {
  it('reads a main clause whose verb is a speech act with a noun phrase object as the subject\'s words in summary', () => {
    expect(brief('Der Kreml wies die Vorwürfe aus Washington zurück.')).toEqual([{ text: 'die Vorwürfe aus Washington zurück', speaker: 'kreml', attribution: 'speech-act', description: null }])
    expect(brief('Außenministerin Baerbock kündigte weitere Sanktionen gegen Moskau an.')[0]).toMatchObject({ text: 'weitere Sanktionen gegen Moskau an', speaker: 'annalena-baerbock', attribution: 'speech-act' })
    expect(brief('Stoltenberg warnte vor einer Eskalation an der Grenze.')[0]).toMatchObject({ text: 'vor einer Eskalation an der Grenze', speaker: 'jens-stoltenberg', attribution: 'speech-act' })
    // The perfect: the auxiliary second, the participle last.
    expect(brief('Lawrow hat am Montag in Genf den Abzug der Beobachter angekündigt.')[0]).toMatchObject({ text: 'am Montag in Genf den Abzug der Beobachter angekündigt', speaker: 'sergej-lawrow', attribution: 'speech-act' })
    // An adverb first: the subject follows the verb and is no part of the words.
    expect(brief('Am Dienstag kritisierte die Regierung in Kiew die Verlegung der Truppen.')[0]).toMatchObject({ text: 'die Verlegung der Truppen', speaker: null, description: 'die Regierung in Kiew', attribution: 'speech-act' })
    expect(brief('Insgesamt spricht die Polizei von einem ruhigen Wochenende.')[0]).toMatchObject({ text: 'von einem ruhigen Wochenende', speaker: null, description: 'die Polizei' })
    expect(brief('Konkret kritisiert Lawrow die Verlegung weiterer Truppen ins Baltikum.')[0]).toMatchObject({ text: 'die Verlegung weiterer Truppen ins Baltikum', speaker: 'sergej-lawrow' })
  })
  it('hands its speaker on to the Konjunktiv sentences after it', () => {
    expect(brief('Der Kreml wies die Vorwürfe der Nato zurück. Russland bedrohe niemanden. Die Manöver seien lange angekündigt gewesen.').map(({ speaker, attribution }) => ({ speaker, attribution }))).toEqual([
      { speaker: 'kreml', attribution: 'speech-act' },
      { speaker: 'kreml', attribution: 'continuation' },
      { speaker: 'kreml', attribution: 'continuation' }
    ])
  })
  it('needs a verb of a speech act, its preposition and a noun phrase object', () => {
    const none = [
      // No speech act.
      'Der Minister reiste am Montag nach Genf.',
      'Die Regierung verhängte neue Sanktionen gegen Moskau.',
      'Die Nato lehnt die Vorschläge aus Moskau ab.',
      // `warnen` without `vor`, `sprechen` without `von`.
      'Stoltenberg warnte die Verbündeten am Montag in Brüssel.',
      'Lawrow sprach mit Vertretern der Nato in Genf.',
      // A demonstrative or pronoun object names no words.
      'Der Kreml wies das am Montag zurück.',
      'Lawrow kündigte es an.'
    ]
    for (const sentence of none) expect(brief(sentence), sentence).toEqual([])
  })
  it('reads no subordinate clause, negation, question, passive, modal or thing as a speech act', () => {
    expect(brief('Als Lawrow den Abzug der Beobachter ankündigte, reiste Stoltenberg nach Moskau.').map(({ attribution }) => attribution)).not.toContain('speech-act')
    const none = [
      'Der Kreml wies die Vorwürfe aus Washington nicht zurück.',
      'Hat der Kreml die Vorwürfe aus Washington zurückgewiesen?',
      'Die Vorwürfe wurden vom Kreml am Montag zurückgewiesen.',
      'Die Polizei konnte weder bestätigen noch ausschließen, wer die Täter waren.',
      // `fordern` with another sense: only a named subject demands.
      'Zwölf Todesopfer forderte der Sturm an der Küste.',
      'Das Erdbeben forderte mehr als 300 Menschenleben.',
      // Two subjects and a figure before the verb: an attributive participle (`beschuldigte Personen`), not a cue.
      'Drei Verdächtige und 22 der Beihilfe beschuldigte Personen müssen sich vor Gericht verantworten.'
    ]
    for (const sentence of none) expect(brief(sentence), sentence).toEqual([])
  })
  it('leaves a reported clause after the cue to the clause sieves', () => {
    expect(brief('Der Kreml wies die Vorwürfe zurück und erklärte, man habe keine Angriffspläne.').map(({ attribution }) => attribution)).not.toContain('speech-act')
    expect(brief('Lawrow forderte die Nato auf, um die Lage zu beruhigen.')).toEqual([])
  })
})
