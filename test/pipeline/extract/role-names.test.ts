// Issue 12, class 3: persons named in apposition after a role noun, with particles, diacritics,
// apostrophes and hyphens (own sentences, written for these tests).
import { describe, expect, it } from 'vitest'
import { isCommonNoun } from '../../../src/pipeline/extract/lexicons/common-nouns.js'
import { discover } from '../../../src/pipeline/extract/entities/discover.js'
import { tokenize } from '../../../src/pipeline/extract/tokens.js'
import { quotes } from './quotes/_run.js'

const persons = (text: string) => discover(text, tokenize(text), new Set(), isCommonNoun).filter((found) => found.type === 'person').map((found) => found.name)

describe('names after a role noun', () => {
  it('takes a full name with a hyphenated surname', () => {
    expect(persons('Osttimors Außenminister Jorge Ramos-Falcão traf die Delegation.')).toEqual(['Jorge Ramos-Falcão'])
  })
  it('takes an elided prefix (`O’`) and three words', () => {
    expect(persons('Konzernchef Declan O’Brannigan kündigte an, die Preise zu erhöhen.')).toEqual(['Declan O’Brannigan'])
    expect(persons('Innenminister Alfredo Pérez Calvo sprach von Notstand.')).toEqual(['Alfredo Pérez Calvo'])
  })
  it('takes particles between the words and a middle initial', () => {
    expect(persons('Der Vorsitzende Karl-Heinz van der Berg trat zurück.')).toEqual(['Karl-Heinz van der Berg'])
    expect(persons('Präsident Mariano da Costa Lima reiste ab.')).toEqual(['Mariano da Costa Lima'])
    expect(persons('US-Präsident Harold T. Brennan sprach.')).toEqual(['Harold T. Brennan'])
  })
  it('stops before a preposition and its noun', () => {
    expect(persons('„Das ist gut“, so Trainerin Ines Lindqvist zu den Gründen der Absage.')).toEqual(['Ines Lindqvist'])
    expect(persons('Die Sprecherin Ines Kowalczyk von der Stadt bestätigte es.')).toEqual(['Ines Kowalczyk'])
  })
  it('takes no lone initial for a surname, and no nationality noun or role noun for a name', () => {
    expect(persons('Der Richterin Melissa C. nahm er das nicht ab.')).not.toContain('Melissa C')
    expect(persons('Der Außenminister Russen Vertreter nannte es falsch.')).toEqual([])
  })
  it('takes no common noun after a plural role noun for a surname', () => {
    expect(persons('Von der Zeugin erhoffen sich die Ermittler Hinweise auf das Motiv.')).toEqual([])
  })
  it('reads a name with a middle initial after the cue as the speaker', () => {
    expect(quotes('Ähnlich äußerte sich der US-Präsident Harold T. Brennan: „Wir haben die Lage im Griff.“')[0]).toMatchObject({ speaker: 'harold-t-brennan' })
  })
  it('makes the named holder the speaker of the quote, not the role phrase', () => {
    expect(quotes('Konzernchef Declan O’Brannigan kündigte an, dass die Flüge teurer würden.')[0]).toMatchObject({ speaker: 'declan-o-brannigan', description: null })
  })
})

describe('a name before an affiliation (`X von der Staatsanwaltschaft sagte`)', () => {
  it('is the speaker', () => {
    expect(quotes('Mayra Ortiz von der Staatsanwaltschaft sagte, die Suche dauere noch an.')[0]).toMatchObject({ speaker: 'mayra-ortiz' })
  })
  it('needs a cue after the affiliation', () => {
    const found = quotes('Viele Leute von der Stadtverwaltung sagten, die Suche dauere noch an.')
    expect(found[0]).toMatchObject({ speaker: null, description: 'Viele Leute' })
  })
})
