import { describe, expect, it } from 'vitest'
import { labelName, speakerLabel, splitLabelLines } from '../../../../src/pipeline/extract/quotes/labels.js'
import { tokenize } from '../../../../src/pipeline/extract/tokens.js'

describe('speakerLabel', () => {
  it('reads a `Name, Funktion` line, `Name (Partei):` and `NAME:` before the words', () => {
    expect(speakerLabel('Jens Stoltenberg, Nato-Generalsekretär')).toEqual({ name: 'Jens Stoltenberg', words: 2, nameStart: 0, nameEnd: 16, aside: undefined, wordsStart: 38, form: 'line' })
    expect(speakerLabel('Olaf Scholz (SPD): Wir bleiben dabei.')).toMatchObject({ name: 'Olaf Scholz', aside: 'SPD', form: 'colon', wordsStart: 19 })
    expect(speakerLabel('LAWROW: Das ist unsere Position.')).toMatchObject({ name: 'LAWROW', form: 'colon', wordsStart: 8 })
    expect(speakerLabel('Gülsen Kaya, Sprecherin des Verbands:')).toMatchObject({ name: 'Gülsen Kaya', form: 'colon', wordsStart: 37 })
    expect(speakerLabel('Frage: Wie geht es weiter?')).toMatchObject({ name: 'Frage', form: 'colon' })
  })
  it('reads names with particles and a title', () => {
    expect(speakerLabel('Ursula von der Leyen, EU-Kommissionspräsidentin')).toMatchObject({ name: 'Ursula von der Leyen', words: 2, form: 'line' })
    expect(speakerLabel('Dr. Gülsen Kaya, Politologin')).toMatchObject({ name: 'Gülsen Kaya', nameStart: 4, nameEnd: 15, form: 'line' })
  })
  it('takes no sentence that starts with a name and function, no dateline, credit or list', () => {
    expect(speakerLabel('Jens Stoltenberg, Nato-Generalsekretär, sagte am Montag, man sei bereit.')).toBeUndefined()
    expect(speakerLabel('Andres Granier, der Gouverneur der Provinz, sagte dazu: „Wir kämpfen.“')).toBeUndefined()
    expect(speakerLabel('Berlin (dpa) - Die Bundesregierung berät über neue Sanktionen.')).toBeUndefined()
    expect(speakerLabel('Foto: picture alliance/dpa')).toBeUndefined()
    expect(speakerLabel('Jens Stoltenberg in Brüssel. Foto: picture alliance/dpa')).toBeUndefined()
    expect(speakerLabel('Die Nato: ein Bündnis im Wandel')).toBeUndefined()
    expect(speakerLabel('Lawrow sagte: „Wir warten ab.“')).toBeUndefined()
    // A bare name is no `line` label (a subheading or a byline may be one).
    expect(speakerLabel('Jens Stoltenberg')).toBeUndefined()
  })
})

describe('splitLabelLines', () => {
  it('gives each labelled line, and the words after a label line, a block of their own', () => {
    expect(splitLabelLines(['Frage: Wie geht es weiter?', 'Lawrow: Wir warten ab.', 'Das kann dauern.'])).toEqual([['Frage: Wie geht es weiter?'], ['Lawrow: Wir warten ab.', 'Das kann dauern.']])
    expect(splitLabelLines(['Jens Stoltenberg, Nato-Generalsekretär', 'Wir stehen zusammen.'])).toEqual([['Jens Stoltenberg, Nato-Generalsekretär'], ['Wir stehen zusammen.']])
  })
  it('keeps a hard-wrapped paragraph whole', () => {
    const wrapped = ['Am Montag erklärte der Minister in', 'Moskau: Die Lage sei ernst.', 'Jens Stoltenberg, der Generalsekretär', 'sagte dagegen, man sei bereit.']
    expect(splitLabelLines(wrapped)).toEqual([wrapped])
  })
})

describe('labelName', () => {
  it('gives the name of an unknown speaker, in title case when written in capitals', () => {
    expect(labelName('Gülsen Kaya, Sprecherin', tokenize('Gülsen Kaya, Sprecherin'), new Set(), () => false)).toEqual({ first: 0, last: 1, name: 'Gülsen Kaya' })
    expect(labelName('TOMÁS HERRERA: Wir helfen.', tokenize('TOMÁS HERRERA: Wir helfen.'), new Set(), () => false)?.name).toBe('Tomás Herrera')
    expect(labelName('Dr. Gülsen Kaya, Politologin', tokenize('Dr. Gülsen Kaya, Politologin'), new Set(), () => false)).toEqual({ first: 1, last: 2, name: 'Gülsen Kaya' })
    expect(labelName('KARL VON DER AU: Wir helfen.', tokenize('KARL VON DER AU: Wir helfen.'), new Set(), () => false)).toBeUndefined()
  })
  it('takes no known name, common noun or single word', () => {
    expect(labelName('Gülsen Kaya, Sprecherin', tokenize('Gülsen Kaya, Sprecherin'), new Set([0, 1]), () => false)).toBeUndefined()
    expect(labelName('Deutsche Bahn: Wir streiken.', tokenize('Deutsche Bahn: Wir streiken.'), new Set(), (word) => word === 'Bahn')).toBeUndefined()
    expect(labelName('Lawrow: Wir warten ab.', tokenize('Lawrow: Wir warten ab.'), new Set(), () => false)).toBeUndefined()
    expect(labelName('Kiew (dpa): Die Lage ist ruhig.', tokenize('Kiew (dpa): Die Lage ist ruhig.'), new Set(), () => false)).toBeUndefined()
  })
  it('takes one word with a party in parentheses', () => {
    expect(labelName('Kiesewetter (CDU): Wir müssen handeln.', tokenize('Kiesewetter (CDU): Wir müssen handeln.'), new Set(), () => false)).toEqual({ first: 0, last: 0, name: 'Kiesewetter' })
  })
})
