import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../../../src/pipeline/extract/index.js'
import { articleParagraphs } from '../../../../src/pipeline/compile/article-paragraphs.js'
import { recoverStructure } from '../../../../src/pipeline/import/recover-structure.js'
import { quotes, registry } from './_run.js'

// Class 3 of issue 12: the speaker of the previous quote is the first antecedent of a pronoun or a bare role noun.
describe('the previous quote’s speaker as antecedent', () => {
  it('gives a role noun without a known holder to the speaker of the quote just before', () => {
    const found = quotes('„Die Lager sind voll“, sagte Erik Holmgren am Abend.', 'Die Versorgung der Flüchtlinge sei kaum noch zu sichern, so der Diplomat.')
    expect(found.at(-1)).toMatchObject({ text: 'Die Versorgung der Flüchtlinge sei kaum noch zu sichern', speaker: 'erik-holmgren' })
  })
  it('gives the role noun to the previous speaker over the paragraph break', () => {
    const found = quotes('„Die Lager sind voll“, sagte Erik Holmgren am Abend.', 'Der Diplomat fügte hinzu, die Versorgung sei kaum noch zu sichern.')
    expect(found.at(-1)).toMatchObject({ text: 'die Versorgung sei kaum noch zu sichern', speaker: 'erik-holmgren' })
  })
  it('does not give a role noun to a previous speaker known with another role', () => {
    const found = quotes('„Die Lager sind voll“, sagte Außenministerin Annalena Baerbock.', 'Der Staatsanwalt sagte, die Ermittlungen dauerten an.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Der Staatsanwalt' })
  })
  it('does not give a role noun to a previous speaker of the other gender', () => {
    const found = quotes('„Die Lager sind voll“, sagte Annalena Baerbock.', 'Der Diplomat sagte, die Versorgung sei kaum noch zu sichern.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Der Diplomat' })
  })
  it('does not give an office to a previous speaker not introduced with it', () => {
    expect(quotes('„Der Zaun war nie genehmigt“, sagte Gärtner Tobias Reimann.', 'Der Richter sagte, die Klage werde im Frühjahr verhandelt.').at(-1)).toMatchObject({ speaker: null, description: 'Der Richter' })
    expect(quotes('„Nachts hört man die Züge“, sagte Petra Klein, die am Bahnhof wohnt.', 'Die Polizeisprecherin sagte, die Strecke werde nun überwacht.').at(-1)).toMatchObject({ speaker: null, description: 'Die Polizeisprecherin' })
    expect(quotes('„Die Straße ist zu laut“, sagte Tobias Reimann.', 'Der Bürgermeister widersprach: „Wir haben dort Tempo 30.“').at(-1)).toMatchObject({ text: 'Wir haben dort Tempo 30.', speaker: null })
  })
  it('does not carry the previous speaker to a role noun three paragraphs on', () => {
    const found = quotes('„Die Lager sind voll“, sagte Erik Holmgren.', 'Die Nacht blieb ruhig.', 'Am Morgen kamen neue Busse an.', 'Der Diplomat sagte, die Versorgung sei gesichert.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Der Diplomat' })
  })
  it('gives `er` to the previous speaker when a man named in between is no subject', () => {
    const found = quotes('Erik Holmgren sagte, die Lager seien voll. Am Abend traf er mit Minister Lars Berggren zusammen.', '„Wir brauchen mehr Zelte“, sagte er.')
    expect(found.at(-1)).toMatchObject({ text: 'Wir brauchen mehr Zelte', speaker: 'erik-holmgren' })
  })
  it('gives `er` to an unnamed previous speaker quoted after the last man was named', () => {
    const found = quotes('Erik Holmgren wurde am Montag festgenommen.', 'Ein Polizeisprecher sagte, die Ermittlungen dauerten an. Er fügte hinzu, weitere Festnahmen seien möglich.')
    expect(found.at(-1)).toMatchObject({ text: 'weitere Festnahmen seien möglich', speaker: null, description: 'Ein Polizeisprecher' })
  })
  it('does not give `sie` to an unnamed masculine previous speaker', () => {
    const found = quotes('Annalena Baerbock wurde am Montag erwartet.', 'Ein Polizeisprecher sagte, die Straßen seien gesperrt. Sie sagte später, der Besuch finde statt.')
    expect(found.at(-1)).toMatchObject({ text: 'der Besuch finde statt', speaker: 'annalena-baerbock' })
  })
  it('still gives `er` to a new subject named after the previous quote', () => {
    const found = quotes('Erik Holmgren sagte, die Lager seien voll.', 'Lars Berggren widersprach am Abend. Er sagte, es gebe genug Zelte.')
    expect(found.at(-1)).toMatchObject({ text: 'es gebe genug Zelte', speaker: 'lars-berggren' })
  })
})

// Class 3/4 of issue 12: an apposition or a prepositional phrase after a named subject does not replace it.
describe('a named subject with an apposition', () => {
  it('gives the quote to the person, not to the unnamed apposition after the comma', () => {
    const found = quotes('Erik Holmgren, ein Abgeordneter aus Uppsala und Oberst außer Dienst, sagte, der Angriff sei kein Versehen gewesen.')
    expect(found[0]).toMatchObject({ text: 'der Angriff sei kein Versehen gewesen', speaker: 'erik-holmgren' })
  })
  it('gives the quote to the person, not to the organization of the apposition', () => {
    const found = quotes('Erik Holmgren, Direktor des Forschungsrats der Nato, sagte, die Messungen seien eindeutig.')
    expect(found[0]).toMatchObject({ speaker: 'erik-holmgren' })
  })
  it('gives the quote to the person before `von der` organization', () => {
    const found = quotes('Erik Holmgren von der Nato sagte, die Messungen seien eindeutig.')
    expect(found[0]).toMatchObject({ speaker: 'erik-holmgren' })
  })
  it('gives the quote to the person before an organization with a parenthesis that closes before the cue', () => {
    const found = quotes('Erik Holmgren von der Umweltbehörde Schwedens (National Environment Agency, NEA) sagte, die Werte seien zu hoch.')
    expect(found[0]).toMatchObject({ text: 'die Werte seien zu hoch', speaker: 'erik-holmgren' })
  })
  it('gives a quote to a name in apposition after the cue that a time adverb follows', () => {
    const found = quotes('„Die Lage ist ernst“, sagte der Oberbefehlshaber der Nato in Europa, General Erik Holmgren heute vor der Presse.')
    expect(found[0]).toMatchObject({ speaker: 'erik-holmgren' })
  })
  it('does not take a name after the cue’s comma that a verb follows for an apposition', () => {
    const found = quotes('Die Sitzung dauerte lange.', 'Danach sagte der Sprecher der Nato, Erik Holmgren habe den Bericht nie gelesen.')
    expect(found.at(-1)).toMatchObject({ speaker: 'nato' })
  })
  it('keeps an organization that opens the sentence as the speaker', () => {
    const found = quotes('Die Nato, die am Montag tagte, erklärte, die Manöver würden fortgesetzt.')
    expect(found[0]).toMatchObject({ speaker: 'nato' })
  })
})

// Class 3 of issue 12: a pronoun in a subordinate clause refers to the main clause's subject, a person or an organization.
describe('a pronoun after a subordinator', () => {
  it('gives feminine `sie` to the organization that is the subject of the main clause', () => {
    const found = quotes('Die Lage ist ernst.', 'Die Nato reagierte scharf, indem sie erklärte: „Wir werden jeden Zentimeter verteidigen.“')
    expect(found.at(-1)).toMatchObject({ text: 'Wir werden jeden Zentimeter verteidigen.', speaker: 'nato' })
  })
  it('gives `sie` to a woman named between the organization and the subordinator', () => {
    const found = quotes('Die Lage ist ernst.', 'Die Nato kritisierte Annalena Baerbock scharf, weil sie am Montag erklärte, die Ukraine gehöre in das Bündnis.')
    expect(found.at(-1)).toMatchObject({ text: 'die Ukraine gehöre in das Bündnis', speaker: 'annalena-baerbock' })
  })
  it('does not give `er` to a feminine organization subject', () => {
    const found = quotes('Sergej Lawrow reiste ab.', 'Die Nato reagierte scharf, als er erklärte: „Wir werden nicht verhandeln.“')
    expect(found.at(-1)).toMatchObject({ speaker: 'sergej-lawrow' })
  })
})

// Class 5 of issue 12 and the seed format: a named body in the genitive of a source noun speaks.
describe('a named person or organization in the genitive of a source noun', () => {
  it('gives `In einer Erklärung des Präsidenten X heißt es` to X', () => {
    const found = quotes('In einer Erklärung des Präsidenten Wladimir Putin vom Freitag heißt es, die Grenze bleibe geschlossen.')
    expect(found[0]).toMatchObject({ text: 'die Grenze bleibe geschlossen', speaker: 'wladimir-putin' })
  })
  it('keeps `In einem Papier des Ministeriums heißt es` unnamed', () => {
    const found = quotes('In einem Papier des Ministeriums heißt es, die Grenze bleibe geschlossen.')
    expect(found[0]).toMatchObject({ speaker: null })
  })
  it('gives an unnamed spokesperson of a named organization to the organization, definite or not', () => {
    expect(quotes('Ein Sprecher der Nato sagte, die Übung sei geplant gewesen.')[0]).toMatchObject({ speaker: 'nato' })
    expect(quotes('Der Sprecher der Nato sagte, die Übung sei geplant gewesen.')[0]).toMatchObject({ speaker: 'nato' })
    expect(quotes('Die Übung sei geplant gewesen, sagte ein Sprecher der Nato.')[0]).toMatchObject({ speaker: 'nato' })
  })
  it('keeps an unnamed spokesperson of a common-noun body unnamed', () => {
    expect(quotes('Laut einem Sprecher der Polizei wurden drei Menschen verletzt.')[0]).toMatchObject({ speaker: null })
    expect(quotes('Ein Sprecher des Ministeriums sagte, die Übung sei geplant gewesen.')[0]).toMatchObject({ speaker: null, description: 'Ein Sprecher des Ministeriums' })
  })
})

// Class 4 of issue 12: the subject after the cue verb, and what is no subject there or in the phrase before `wonach`.
describe('the subject after the cue and what is none', () => {
  it('takes an article-led noun phrase after the cue as the subject, not the adverbial before the cue', () => {
    const found = quotes('Die Lage ist ernst.', 'Erst vergangene Woche kündigte das Bündnis an, die Manöver fortzusetzen.')
    expect(found[0]).toMatchObject({ text: 'die Manöver fortzusetzen', speaker: null, description: 'das Bündnis' })
  })
  it('takes a dative outlet after the cue for the addressee, not the speaker', () => {
    expect(quotes('Die Nato tagte.', 'Am Montag sagte der Zeitung ein Sprecher der Nato, die Übung sei geplant.')[0]).toMatchObject({ speaker: 'nato' })
    expect(quotes('Die Nato tagte.', 'Am Montag sagte der Zeitung ein Sprecher, die Übung sei geplant.')[0]).toMatchObject({ text: 'die Übung sei geplant', speaker: null, description: 'ein Sprecher' })
  })
  it('takes a named dative outlet after the cue for the addressee, and the phrase after it for the speaker', () => {
    expect(quotes('Am Montag sagte der Deutschen Presse-Agentur ein Sprecher, die Übung sei geplant.')[0]).toMatchObject({ speaker: null, description: 'ein Sprecher' })
    expect(quotes('Am Montag sagte der Deutschen Presse-Agentur ein Sprecher der Nato, die Übung sei geplant.')[0]).toMatchObject({ speaker: 'nato' })
    expect(quotes('Am Montag sagte der Deutschen Presse-Agentur Sergej Lawrow, die Übung sei geplant.')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
  })
  it('keeps a named outlet after the cue the speaker when no other subject follows it', () => {
    expect(quotes('Am Montag teilte die Deutsche Presse-Agentur mit, die Übung sei geplant.')[0]).toMatchObject({ speaker: 'dpa' })
    expect(quotes('Am Montag sagte der Sprecher der Nato, die Übung sei geplant.')[0]).toMatchObject({ speaker: 'nato' })
  })
  it('takes no place after `außerhalb der` for the source of a `wonach` clause', () => {
    const found = quotes('Die Staatsanwaltschaft argumentierte, gegen den Mann sei ein weiterer Vorwurf außerhalb der Ukraine zu prüfen, wonach er Geld gewaschen habe.')
    expect(found.find((quote) => quote.attribution === 'wonach')).toMatchObject({ text: 'er Geld gewaschen habe', speaker: null })
  })
  it('takes no organization after `durch` in the reported clause for the speaker', () => {
    const found = quotes('Die Kritik wächst.', 'Einerseits wird der durch die Nato ausgelöste Aufwand bemängelt, andererseits die Kontrolle, kritisierte ein Verband.')
    expect(found[0]).toMatchObject({ speaker: null, description: 'ein Verband' })
  })
})

describe('an object after the cue', () => {
  it('is no subject when a noun phrase before the cue is one', () => {
    const found = quotes('Die Lage ist ernst.', 'Die Polizisten forderten die Anwohner auf, ihre Häuser nicht zu verlassen.')
    expect(found[0]).toMatchObject({ text: 'ihre Häuser nicht zu verlassen', speaker: null, description: 'Die Polizisten' })
  })
})

// Class 3 of issue 12: the usual names of the same office.
describe('a head of state or of government by another name', () => {
  it('gives `der Staatschef` to the president named before, with an agreeing origin', () => {
    expect(quotes('Der chilenische Präsident Tomás Ferreira reiste nach Quito.', 'Der chilenische Staatschef sagte, das Abkommen sei gefährlich.').at(-1)).toMatchObject({ speaker: 'tomas-ferreira' })
  })
  it('gives `der Regierungschef` to the prime minister or chancellor named before', () => {
    expect(quotes('Der dänische Ministerpräsident Lars Berggren reiste nach Oslo.', 'Der Regierungschef sagte, das Abkommen sei gefährlich.').at(-1)).toMatchObject({ speaker: 'lars-berggren' })
    expect(quotes('Bundeskanzler Olaf Scholz reiste nach Paris.', 'Der Regierungschef sagte, das Abkommen sei gefährlich.').at(-1)).toMatchObject({ speaker: 'olaf-scholz' })
  })
  it('keeps the head of state and the head of government apart', () => {
    expect(quotes('Der dänische Ministerpräsident Lars Berggren reiste nach Oslo.', 'Der Staatschef sagte, das Abkommen sei gefährlich.').at(-1)).toMatchObject({ speaker: null, description: 'Der Staatschef' })
    expect(quotes('Der chilenische Präsident Tomás Ferreira reiste nach Quito.', 'Der Regierungschef sagte, das Abkommen sei gefährlich.').at(-1)).toMatchObject({ speaker: null, description: 'Der Regierungschef' })
  })
  it('does not give `der Staatschef` to a vice president', () => {
    expect(quotes('Der chilenische Vizepräsident Tomás Ferreira reiste nach Quito.', 'Der Staatschef sagte, das Abkommen sei gefährlich.').at(-1)).toMatchObject({ speaker: null })
  })
})

// Class 3 of issue 12: an origin adjective belongs to the name it stands before, not to a neighbour.
describe('the origin of a role holder', () => {
  it('does not take the origin of the next person’s noun phrase for the person before it', () => {
    const found = quotes('Gastgeber war der polnische Präsident Tomasz Nowak, und dessen tschechischer Amtskollege kam später.', 'Der tschechische Präsident sagte, das Abkommen sei gut.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Der tschechische Präsident' })
  })
  it('still gives the role noun to the person whose own phrase has the origin', () => {
    const found = quotes('Gastgeber war der polnische Präsident Tomasz Nowak, und dessen tschechischer Amtskollege Petr Novák kam später.', 'Der polnische Präsident sagte, das Abkommen sei gut.')
    expect(found.at(-1)).toMatchObject({ speaker: 'tomasz-nowak' })
  })
})

// Class 4 of issue 12: the addressee of an infinitive clause is no speaker.
describe('a `zu` infinitive cue in a clause of its own', () => {
  it('gives the words to the main clause’s subject, not to the addressee', () => {
    const found = quotes('Der Sprecher der Nato beeilte sich, gegenüber Journalisten zu erklären, die Übung sei lange geplant gewesen.')
    expect(found[0]).toMatchObject({ text: 'die Übung sei lange geplant gewesen', speaker: 'nato' })
  })
  it('keeps an unnamed main-clause subject unnamed', () => {
    const found = quotes('Ein Diplomat bemühte sich, vor der Presse zu erklären, die Gespräche seien nicht gescheitert.')
    expect(found[0]).toMatchObject({ speaker: null, description: 'Ein Diplomat' })
  })
})

describe('a role noun with a complement', () => {
  it('never takes the previous speaker: `der Sprecher des …` is the body’s', () => {
    const found = quotes('„Die Lager sind voll“, sagte Erik Holmgren.', 'Der Sprecher des Ministeriums sagte, die Versorgung sei gesichert.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Der Sprecher des Ministeriums' })
  })
})

// Class 3 of issue 12: a relative pronoun as the cue's subject.
describe('a relative pronoun as the subject of the cue', () => {
  it('gives the words to the name right before the relative clause', () => {
    const found = quotes('Sergej Lawrow kam früh.', 'Neuer Minister wird ein General, Kommandeur Erik Holmgren, der vor dem Parlament betonte, die Armee gehöre keiner Partei.')
    expect(found.at(-1)).toMatchObject({ text: 'die Armee gehöre keiner Partei', speaker: 'erik-holmgren' })
  })
  it('does not give the words to a name that hangs on a head noun, nor to a person of the other gender', () => {
    const lawyer = quotes('Die Sitzung begann.', 'Der Anwalt von Petra Klein, der am Montag vor Gericht betonte, die Beweise reichten nicht aus, beantragte Freispruch.')
    expect(lawyer.map((quote) => quote.speaker)).toEqual([null])
    const daughter = quotes('Die Sitzung begann.', 'Die Tochter von Erik Holmgren, die am Montag vor der Presse erklärte, die Beweise reichten nicht aus, weinte.')
    expect(daughter.map((quote) => quote.speaker)).toEqual([null])
  })
  it('leaves an apposition with a noun after the comma to the apposition rules', () => {
    const found = quotes('Die Sitzung begann.', 'Annalena Baerbock, die Außenministerin, sagte, die Gespräche gingen weiter.')
    expect(found.at(-1)).toMatchObject({ speaker: 'annalena-baerbock' })
  })
})

// The fixture of docs/extraction.md (`korpus extract --explain test/pipeline/extract/quotes/fixtures/previous-speaker.txt`).
describe('the previous-speaker fixture', () => {
  it('resolves each speaker and names the previous quote in the explanation', () => {
    const recovered = recoverStructure(readFileSync(join(import.meta.dirname, 'fixtures', 'previous-speaker.txt'), 'utf8'))
    const result = extract({ articleId: 'previous-speaker', paragraphs: articleParagraphs(recovered.image, recovered.blocks) }, registry, { explain: true })
    expect(result.quotes.map((quote) => [quote.speaker, quote.description])).toEqual([['erik-holmgren', null], ['erik-holmgren', null], [null, 'Ein Polizeisprecher'], [null, 'Ein Polizeisprecher'], ['nato', null]])
    expect(result.explanations?.map((explanation) => explanation.coreference?.replace(/:.*/, ''))).toEqual([undefined, '`Diplomat` → `Erik Holmgren` (paragraph 2)', undefined, '`Er` → `Ein Polizeisprecher` (paragraph 4)', undefined])
  })
})
