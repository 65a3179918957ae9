import { describe, expect, it } from 'vitest'
import { isCommonNoun } from '../../../../src/pipeline/extract/lexicons/common-nouns.js'
import { speakerNames } from '../../../../src/pipeline/extract/quotes/speaker-names.js'
import { tokenize } from '../../../../src/pipeline/extract/tokens.js'
import { quotes } from './_run.js'

const names = (text: string) => speakerNames(text, tokenize(text), new Set(), isCommonNoun).map((found) => found.name)

describe('speaker names of unknown persons', () => {
  it('finds two capitalized words before a cue verb', () => {
    expect(names('Gülsen Kaya sagte, die Frist sei zu kurz.')).toEqual(['Gülsen Kaya'])
  })
  it('finds a name after the cue at the end of the clause, and after `laut`', () => {
    expect(names('Die Brücke sei gesperrt, sagte Tomás Herrera.')).toEqual(['Tomás Herrera'])
    expect(names('Die Brücke ist laut Tomás Herrera gesperrt.')).toEqual(['Tomás Herrera'])
  })
  it('finds a name between commas before the cue and before an apposition', () => {
    expect(names('Der Sprecher des Hafenamtes, Tomás Herrera, teilte mit, der Betrieb ruhe.')).toEqual(['Tomás Herrera'])
    expect(names('Aylin Demir, die Anwältin der Familie, erklärte, man werde klagen.')).toEqual(['Aylin Demir'])
  })
  it('takes no common nouns, compounds or adjectives for names', () => {
    expect(names('Politische Beobachter sagten, die Wahl sei offen.')).toEqual([])
    expect(names('Lokale Medien berichteten, das Feuer sei gelöscht.')).toEqual([])
    expect(names('Im Bundesstaat Sonora sagte ein Sprecher, es regne.')).toEqual([])
    expect(names('Bisheriger Amtsinhaber erklärte nichts.')).toEqual([])
  })
  it('takes a double surname whose first half is a common noun after a given name', () => {
    expect(names('Roswitha Müller-Kasprzak, die Justizministerin des Landes, kündigte an, die Fälle zu prüfen.')).toEqual(['Roswitha Müller-Kasprzak'])
    expect(quotes('Roswitha Müller-Kasprzak, die Justizministerin des Landes, kündigte an, die Fälle zu prüfen.')[0]).toMatchObject({ speaker: 'roswitha-mueller-kasprzak' })
  })
  it('takes no common noun for a surname without a given name before it or a name after its hyphen', () => {
    expect(names('Die Müller-Kasprzak sagte, die Fälle würden geprüft.')).toEqual([])
    expect(names('Roswitha Müller sagte, die Fälle würden geprüft.')).toEqual([])
    expect(names('Roswitha Müller-Werkstatt sagte, die Fälle würden geprüft.')).toEqual([])
  })
  it('takes no two words that stand without a cue verb', () => {
    expect(names('Gülsen Kaya kam am Montag nach Ankara.')).toEqual([])
  })
  it('makes the found name the speaker of the quote, and its surname later on', () => {
    const found = quotes('Gülsen Kaya sagte, die Frist sei zu kurz.', 'Kaya erklärte, man werde Einspruch einlegen.')
    expect(found.map((quote) => quote.speaker)).toEqual(['guelsen-kaya', 'guelsen-kaya'])
  })
  it('remembers a word per noun test, never across noun tests', () => {
    const text = 'Gülsen Kaya sagte, die Frist sei zu kurz.'
    const kayaIsNoun = (word: string): boolean => word === 'Kaya'
    const none = (): boolean => false
    for (let round = 0; round < 2; round++) {
      expect(speakerNames(text, tokenize(text), new Set(), kayaIsNoun)).toEqual([])
      expect(speakerNames(text, tokenize(text), new Set(), none).map((found) => found.name)).toEqual(['Gülsen Kaya'])
    }
  })
})
