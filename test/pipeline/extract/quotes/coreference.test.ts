import { describe, expect, it } from 'vitest'
import { quotes } from './_run.js'

// Class 3 of issue 12: the nearest compatible antecedent, by gender, number and role.
describe('coreference of pronouns and role nouns', () => {
  it('gives `sie` to the last woman named, not to the last person', () => {
    const found = quotes('Annalena Baerbock traf in Kiew den Bürgermeister Vitali Klitschko.', 'Sie sagte, die Hilfe werde fortgesetzt.')
    expect(found[0]).toMatchObject({ speaker: 'annalena-baerbock', text: 'die Hilfe werde fortgesetzt' })
  })
  it('gives `er` to the last man named', () => {
    const found = quotes('Sergej Lawrow sprach mit Annalena Baerbock.', 'Er sagte, Moskau sei zu Gesprächen bereit.')
    expect(found[0]).toMatchObject({ speaker: 'sergej-lawrow' })
  })
  it('takes plural `sie` for a group, never a person', () => {
    const found = quotes('Annalena Baerbock kam nach Brüssel.', 'Nach dem Treffen forderten sie, die Sanktionen zu verschärfen.')
    expect(found[0]).toMatchObject({ speaker: null, description: 'sie' })
  })
  it('gives a pronoun without a compatible antecedent no speaker', () => {
    expect(quotes('Die Lage an der Grenze bleibt angespannt.', 'Sie sagte, man beobachte die Lage.')[0]).toMatchObject({ speaker: null, description: 'Sie' })
  })
  it('gives a role noun without holder to no person whose role is another one', () => {
    const found = quotes('Kreml-Sprecher Dmitri Peskow nannte das Treffen nützlich.', 'Der Innenminister sagte, die Grenze bleibe offen.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Der Innenminister' })
  })
  it('never takes a name inside the quoted words for the speaker', () => {
    const found = quotes('Stoltenberg kam nach Brüssel.', '„Putin muss seine Truppen abziehen“, sagte er.')
    expect(found[0]).toMatchObject({ speaker: 'jens-stoltenberg' })
  })
})
