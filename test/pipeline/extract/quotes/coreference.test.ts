import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../../src/schema/entity.js'
import { extract } from '../../../../src/pipeline/extract/index.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { articleParagraphs } from '../../../../src/pipeline/compile/article-paragraphs.js'
import { recoverStructure } from '../../../../src/pipeline/import/recover-structure.js'
import { quotes, registry } from './_run.js'

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

// Class 3 of issue 12: the whole noun phrase of a role noun, not its article.
describe('role-noun phrases with modifiers', () => {
  it('reads the modifier of `der GdP-Vorsitzende` as an organization of the kind the holder\'s role names (`Gewerkschaftschef`)', () => {
    const found = quotes('Die Gewerkschaft der Polizei (GdP) lehnt den Einsatz ab.', 'Gewerkschaftschef Konrad Freiberg begründete dies mit fehlenden Kapazitäten.', 'Der GdP-Vorsitzende verwies darauf, dass viele Stellen abgebaut worden seien.')
    expect(found.at(-1)).toMatchObject({ text: 'dass viele Stellen abgebaut worden seien', speaker: 'konrad-freiberg' })
  })
  it('takes no holder whose role names another kind of organization than the modifier (`der Nato-Vorsitzende`)', () => {
    const found = quotes('Die Nato lehnt den Einsatz ab.', 'Gewerkschaftschef Konrad Freiberg begründete dies mit fehlenden Kapazitäten.', 'Der Nato-Vorsitzende verwies darauf, dass viele Stellen abgebaut worden seien.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Der Nato-Vorsitzende' })
  })
  it('gives a colleague (`dessen brasilianischer Amtskollege Y`) the office of the person named before, with its own origin', () => {
    const met = 'Am Montag trafen sich der venezolanische Präsident Hugo Chávez und dessen brasilianischer Amtskollege Luiz Inácio Lula da Silva in Caracas.'
    expect(quotes(met, 'Im Radio sagte der brasilianische Präsident, alle Staaten könnten genug Nahrung erzeugen.')[0]).toMatchObject({ speaker: 'luiz-inacio-lula-da-silva' })
    expect(quotes(met, 'Der venezolanische Präsident sagte, die Grenze bleibe offen.')[0]).toMatchObject({ speaker: 'hugo-chavez' })
    expect(quotes(met, 'Der venezolanische Staatschef sagte, die Grenze bleibe offen.')[0]).toMatchObject({ speaker: 'hugo-chavez' })
  })
  it('gives a colleague no office when no one with a role was named before it in the paragraph', () => {
    expect(quotes('Am Montag kam sein brasilianischer Amtskollege Luiz Inácio Lula da Silva nach Caracas.', 'Der brasilianische Präsident sagte, die Grenze bleibe offen.')[0]).toMatchObject({ speaker: null, description: 'Der brasilianische Präsident' })
  })
  it('keeps the whole phrase with its adjectives as description of an unnamed source', () => {
    expect(quotes('Die Lage bleibt ruhig.', 'Die polnische Regierung erklärte, sie werde die Grenze schließen.')[0]).toMatchObject({ speaker: null, description: 'Die polnische Regierung' })
  })
  it('keeps an age noun (`Der 47-Jährige`) whole when no person came before', () => {
    expect(quotes('Der Prozess begann am Montag.', 'Der 47-Jährige erklärte, er habe von nichts gewusst.')[0]).toMatchObject({ speaker: null, description: 'Der 47-Jährige' })
  })
  it('keeps a title in quotation marks inside the description, up to its closing mark', () => {
    expect(quotes('Die Regierung tagte lange.', 'Die Sendung „Blick am Abend“ berichtete, die Wahl werde verschoben.')[0]).toMatchObject({ speaker: null, description: 'Die Sendung „Blick am Abend“' })
  })
  it('does not take a demonstrative with its verb for a noun phrase', () => {
    const found = quotes('Die Helfer kamen am Abend.', 'Diese wurden per Lautsprecher gebeten, die Halle zu räumen.')
    expect(found[0]?.description ?? null).not.toBe('Diese wurden per Lautsprecher')
  })
  it('never takes a name in the clause after `sagte,` for the speaker', () => {
    const found = quotes('Die Sitzung dauerte lange.', 'Der amerikanische Präsident sagte, man werde die Ukraine nicht allein lassen.')
    expect(found[0]).toMatchObject({ text: 'man werde die Ukraine nicht allein lassen', speaker: null, description: 'Der amerikanische Präsident' })
  })
  it('still reads `sagte, er …` as the speaker speaking of himself', () => {
    expect(quotes('Sergej Lawrow kam nach Genf.', 'Nach dem Treffen sagte, er sei zufrieden.')[0]?.speaker ?? 'sergej-lawrow').toBe('sergej-lawrow')
  })
  it('takes the pronoun after a subordinator as the subject of a cue before a colon', () => {
    const found = quotes('Annalena Baerbock sprach vor der Presse.', 'Sie kritisierte Moskau, indem sie forderte: „Die Truppen müssen zurück.“')
    expect(found[0]).toMatchObject({ speaker: 'annalena-baerbock', text: 'Die Truppen müssen zurück.' })
  })
})

// Issue 12, class 3: names inside source phrases.
describe('names inside source phrases', () => {
  it('gives an outlet in a genitive of an indefinite source phrase the quote', () => {
    expect(quotes('Einem Bericht der Zeitung The Manila Herald zufolge flohen drei Häftlinge aus dem Gefängnis.')[0]).toMatchObject({ speaker: 'the-manila-herald', description: null })
    expect(quotes('Ein Reporter des Senders „Kanal 9“ berichtete, die Straßen seien leer.')[0]).toMatchObject({ speaker: 'kanal-9' })
  })
  it('takes an outlet named in quotation marks after its noun as the subject', () => {
    expect(quotes('Der Fernsehsender „Kanal 9“ berichtete, die Wahl werde verschoben.')[0]).toMatchObject({ speaker: 'kanal-9' })
  })
  it('keeps an indefinite source without a named organization unnamed', () => {
    expect(quotes('Ein Diplomat sagte in der Nato, die Übung sei geplant.')[0]).toMatchObject({ speaker: null, description: 'Ein Diplomat' })
  })
})

describe('a person in apposition inside a source phrase', () => {
  it('is the speaker, and the apposition leaves the clause', () => {
    expect(quotes('Die Brücke ist nach Angaben des Sprechers des Bauamtes, Roland Eichberg, seit Montag gesperrt.')[0]).toMatchObject({ speaker: 'roland-eichberg', text: 'Die Brücke ist seit Montag gesperrt' })
  })
  it('leaves a source phrase without apposition to the organization or unnamed', () => {
    expect(quotes('Die Brücke ist nach Angaben des Bauamtes seit Montag gesperrt.')[0]).toMatchObject({ speaker: null, description: 'Angaben des Bauamtes' })
  })
})

describe('role nouns and age nouns without a name', () => {
  it('gives a role noun without a holder no speaker, not the last person named', () => {
    const found = quotes('Der Sohn des Unternehmers, Bernd Kaltwasser, wurde tot aufgefunden.', 'Der Staatsanwalt sagte, der Tod sei eindeutig ein Suizid gewesen.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Der Staatsanwalt' })
  })
  it('keeps a named organization inside the role phrase as the speaker', () => {
    expect(quotes('Die Lage ist ruhig.', 'Der Sprecher der Nato sagte, die Übung sei lange geplant gewesen.')[0]).toMatchObject({ speaker: 'nato' })
  })
  it('gives a role noun to the person an apposition introduced with it', () => {
    const found = quotes('Marta Ruiz, die Gouverneurin von Sonora, besuchte die Stadt.', 'Die Gouverneurin sagte, die Lage sei ernst.')
    expect(found[0]).toMatchObject({ speaker: 'marta-ruiz', text: 'die Lage sei ernst' })
  })
  it('gives an age noun to the last person of its gender', () => {
    const found = quotes('Karl Weber traf am Montag Annalena Baerbock.', 'Der 56-Jährige sagte, er sei mit dem Treffen zufrieden.')
    expect(found[0]).toMatchObject({ speaker: 'karl-weber' })
    const her = quotes('Annalena Baerbock traf am Montag Karl Weber.', 'Die 41-Jährige sagte, sie sei mit dem Treffen zufrieden.')
    expect(her[0]).toMatchObject({ speaker: 'annalena-baerbock' })
  })
  it('takes no channel after the cue (`teilte über X mit`) for the speaker', () => {
    const found = quotes('Marta Ruiz, die Gouverneurin von Sonora, teilte über die Nato mit, dass die Straßen gesperrt seien.')
    expect(found[0]).toMatchObject({ speaker: 'marta-ruiz' })
  })
})

// Issue 12, classes 4 and 5: unnamed sources, and a place as speaker only as the cue's subject.
describe('unnamed sources and the subject of the reported clause', () => {
  it('keeps `hieß es` sources unnamed with their phrase, also in a `wie` clause', () => {
    expect(quotes('Wie es aus Regierungskreisen in Moskau hieß, sei Putin zu Gesprächen bereit.')[0]).toMatchObject({ speaker: null, description: 'aus Regierungskreisen in Moskau' })
    expect(quotes('Putin sei zu Gesprächen bereit, wie es aus Kreisen der Regierung hieß.')[0]).toMatchObject({ speaker: null, description: 'aus Kreisen der Regierung' })
  })
  it('gives a `wie es … hieß` clause with a named organization to it', () => {
    expect(quotes('Putin sei zu Gesprächen bereit, wie es aus dem Kreml hieß.')[0]).toMatchObject({ speaker: 'kreml' })
  })
  it('keeps plural common-noun sources unnamed', () => {
    expect(quotes('Diplomaten zufolge will Moskau die Gespräche in Genf fortsetzen.')[0]).toMatchObject({ speaker: null, description: 'Diplomaten' })
    expect(quotes('US-Regierungsvertreter sagten, Russland plane einen Angriff.')[0]).toMatchObject({ speaker: null, description: 'US-Regierungsvertreter' })
  })
  it('takes no place in a prepositional phrase after the subject for the speaker', () => {
    const found = quotes('Der Preis geht in diesem Jahr an die Ukraine. Dies gab das norwegische Komitee gestern in Oslo bekannt.')
    expect(found[0]).toMatchObject({ speaker: null, description: 'das norwegische Komitee' })
    expect(quotes('Die Regierung in Moskau erklärte, die Übung sei beendet.')[0]).toMatchObject({ speaker: null, description: 'Die Regierung in Moskau' })
  })
  it('takes the cue subject, not the place in the reported clause', () => {
    expect(quotes('Lawrow sagte, Moskau wolle keinen Krieg.')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
    expect(quotes('Moskau erklärte, die Übung sei beendet.')[0]).toMatchObject({ speaker: 'moskau' })
  })
})

// Issue 12, class 3: role nouns more general than the role seen with a name, and organization nouns.
describe('role nouns for a role seen with a name', () => {
  it('gives `der Minister` to the person introduced as `Energieminister`', () => {
    const found = quotes('Energieminister Tomás Ibarra stellte den Plan am Montag vor.', 'Der Minister sagte, die Leitung werde im Herbst fertig.')
    expect(found[0]).toMatchObject({ speaker: 'tomas-ibarra', text: 'die Leitung werde im Herbst fertig' })
  })
  it('does not give `der Präsident` to a Vizepräsident', () => {
    const found = quotes('Vizepräsident Karl Brenner eröffnete die Sitzung.', 'Der Präsident sagte, die Wahl finde im Mai statt.')
    expect(found[0]).toMatchObject({ speaker: null, description: 'Der Präsident' })
  })
  it('gives `der IGV-Vorsitzende` to the union chief introduced with the IGV, not to another party chief', () => {
    expect(quotes('Der Gewerkschaftschef Karl Brenner von der IGV kritisierte den Plan.', 'Der IGV-Vorsitzende sagte, die Stellen müssten bleiben.')[0]).toMatchObject({ speaker: 'karl-brenner' })
    expect(quotes('SPD-Chef Karl Brenner kritisierte den Plan.', 'Der IGV-Vorsitzende sagte, die Stellen müssten bleiben.')[0]).toMatchObject({ speaker: null, description: 'Der IGV-Vorsitzende' })
    expect(quotes('SPD-Vorsitzender Karl Brenner kritisierte den Plan.', 'Der CDU-Vorsitzende sagte, die Stellen müssten bleiben.')[0]).toMatchObject({ speaker: null, description: 'Der CDU-Vorsitzende' })
    expect(quotes('SPD-Vorsitzender Karl Brenner kritisierte den Plan.', 'Der SPD-Vorsitzende sagte, die Stellen müssten bleiben.')[0]).toMatchObject({ speaker: 'karl-brenner' })
  })
  it('needs an origin adjective to agree with the holder', () => {
    expect(quotes('Präsident Paulo Serrano aus Brasilien kam nach Genf.', 'Der brasilianische Präsident sagte, man wolle verhandeln.')[0]).toMatchObject({ speaker: 'paulo-serrano' })
    expect(quotes('Präsident Marco Lindqvist aus Schweden kam nach Genf.', 'Der brasilianische Präsident sagte, man wolle verhandeln.')[0]).toMatchObject({ speaker: null, description: 'Der brasilianische Präsident' })
  })
  it('reads the origin through the country, its genitive, its capital and, for Germany, a federal office', () => {
    expect(quotes('Jan Nowicki, Präsident Polens, kam nach Genf.', 'Der polnische Präsident sagte, man wolle verhandeln.')[0]).toMatchObject({ speaker: 'jan-nowicki' })
    expect(quotes('Präsident Jan Nowicki landete in Warschau.', 'Der polnische Präsident sagte, man wolle verhandeln.')[0]).toMatchObject({ speaker: 'jan-nowicki' })
    expect(quotes('Bundeskanzler Olaf Scholz reiste nach Kiew.', 'Der deutsche Kanzler sagte, man wolle verhandeln.')[0]).toMatchObject({ speaker: 'olaf-scholz' })
    // `schwedisch` and `Schweiz` share their first letters, not their country.
    expect(quotes('Präsident Urs Keller aus der Schweiz kam nach Genf.', 'Der schwedische Präsident sagte, man wolle verhandeln.')[0]).toMatchObject({ speaker: null, description: 'Der schwedische Präsident' })
  })
  it('takes a `-chef` for a `Vorsitzender` only when it heads a body with a chair', () => {
    expect(quotes('Gewerkschaftschef Karl Brenner kritisierte den Plan.', 'Der Vorsitzende sagte, die Stellen müssten bleiben.')[0]).toMatchObject({ speaker: 'karl-brenner' })
    expect(quotes('Kremlchef Wladimir Putin empfing die Delegation.', 'Der Vorsitzende sagte, die Stellen müssten bleiben.')[0]).toMatchObject({ speaker: null, description: 'Der Vorsitzende' })
    expect(quotes('Generalstabschef Karl Brenner empfing die Delegation.', 'Der Vorsitzende sagte, die Stellen müssten bleiben.')[0]).toMatchObject({ speaker: null, description: 'Der Vorsitzende' })
  })
  it('names the antecedent and the rule in the explanation', () => {
    const paragraphs = ['Energieminister Tomás Ibarra stellte den Plan am Montag vor.', 'Der Minister sagte, die Leitung werde im Herbst fertig.'].map((text) => ({ type: 'paragraph' as const, text }))
    const explained = extract({ articleId: 'test', paragraphs }, registry, { explain: true })
    expect(explained.explanations?.[0]?.coreference).toMatch(/^`Minister` → `Tomás Ibarra` \(paragraph 1\): .*same office/)
  })
})

const organizations: Entity[] = [
  ...registry,
  { id: 'varenta', type: 'organization', name: 'Varenta', wikidata: null, aliases: [], roles: [], kind: null, provisional: false },
  { id: 'nordwind-ag', type: 'organization', name: 'Nordwind AG', wikidata: null, aliases: ['Nordwind'], roles: [], kind: null, provisional: false },
  { id: 'neue-mitte', type: 'organization', name: 'Neue Mitte', wikidata: null, aliases: [], roles: [], kind: 'party', provisional: false },
  { id: 'westbund', type: 'organization', name: 'Westbund', wikidata: null, aliases: [], roles: [{ title: 'Verteidigungsbündnis', nouns: ['Bündnis'], from: null, to: null }], kind: null, provisional: false }
]
const orgQuotes = (...texts: string[]) => extract({ articleId: 'test', paragraphs: texts.map((text) => ({ type: 'paragraph' as const, text })) }, organizations).quotes

describe('organization nouns for the nearest organization of their kind', () => {
  it('gives `der Konzern` to a company by its name (`… AG`) or by a classifier noun before it', () => {
    expect(orgQuotes('Die Nordwind AG hat 300 Stellen gestrichen.', 'Der Konzern teilte mit, die Lage sei schwierig.')[0]).toMatchObject({ speaker: 'nordwind-ag' })
    expect(orgQuotes('Der Energiekonzern Varenta hat 300 Stellen gestrichen.', 'Das Unternehmen teilte mit, die Lage sei schwierig.')[0]).toMatchObject({ speaker: 'varenta' })
  })
  it('gives `die Partei` to a party and `das Bündnis` to the organization whose role noun it is', () => {
    expect(orgQuotes('Die Neue Mitte hat ihren Parteitag abgesagt.', 'Die Partei erklärte, sie wolle im Herbst tagen.')[0]).toMatchObject({ speaker: 'neue-mitte' })
    expect(orgQuotes('Der Westbund tagte in Brüssel.', 'Das Bündnis erklärte, die Übung sei lange geplant.')[0]).toMatchObject({ speaker: 'westbund' })
  })
  it('keeps an organization noun without a compatible organization unnamed', () => {
    expect(orgQuotes('Die Nato tagte in Brüssel.', 'Der Konzern teilte mit, die Lage sei schwierig.')[0]).toMatchObject({ speaker: null, description: 'Der Konzern' })
    expect(orgQuotes('Varenta hat 300 Stellen gestrichen.', 'Die Partei erklärte, sie wolle im Herbst tagen.')[0]).toMatchObject({ speaker: null, description: 'Die Partei' })
  })
})

// Issue 12, class 3: a pronoun subject prefers a subject as antecedent; a nominative pronoun after the cue is the subject.
describe('pronouns and their antecedents', () => {
  it('passes over a person in a prepositional phrase for `er`', () => {
    expect(quotes('Wladimir Putin traf sich am Montag mit Außenminister Sergej Lawrow.', 'Er sagte, das Gespräch sei gut gewesen.')[0]).toMatchObject({ speaker: 'wladimir-putin' })
  })
  it('takes the subject of the sentence that names the nearest person, not its object', () => {
    expect(quotes('Wladimir Putin kritisierte am Montag Sergej Lawrow.', 'Er sagte, die Lage sei ernst.')[0]).toMatchObject({ speaker: 'wladimir-putin' })
    expect(quotes('Wladimir Putin kam am Montag nach Genf.', 'Dort kritisierte Sergej Lawrow die Nato.', 'Er sagte, die Lage sei ernst.')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
  })
  it('still takes the person in a prepositional phrase when no other is named', () => {
    expect(quotes('Die Delegation sprach am Montag mit Karl Brenner.', 'Er sagte, das Gespräch sei gut gewesen.')[0]).toMatchObject({ speaker: 'karl-brenner' })
  })
  it('knows women’s first names that do not end in -a or -e', () => {
    expect(quotes('Ingrid Halvorsen traf am Montag Tomás Ibarra.', 'Sie sagte, das Gespräch sei gut gewesen.')[0]).toMatchObject({ speaker: 'ingrid-halvorsen' })
  })
  it('takes `er` right after the cue for the subject, not the object named before the cue', () => {
    expect(quotes('Tomás Ibarra sprach in Genf.', 'Die Nato forderte er auf, die Truppen abzuziehen.')[0]).toMatchObject({ speaker: 'tomas-ibarra', text: 'die Truppen abzuziehen' })
    expect(quotes('Die Nato forderte am Montag, die Truppen abzuziehen.')[0]).toMatchObject({ speaker: 'nato' })
  })
})

// Issue 12, class 4: a relative clause between the subject and the cue.
describe('a relative clause after the subject', () => {
  it('never gives the quote to a name inside the relative clause', () => {
    expect(quotes('Ein hoher Beamter, den die Nato nicht nannte, sagte, die Übung sei lange geplant.')[0]).toMatchObject({ speaker: null, description: 'Ein hoher Beamter' })
    expect(quotes('Der Sprecher, den Wladimir Putin ernannt hatte, erklärte, man sei bereit.')[0]).toMatchObject({ speaker: null, description: 'Der Sprecher' })
  })
  it('keeps the subject before a relative clause and a person with an apposition', () => {
    expect(quotes('Sergej Lawrow, der am Montag in Genf war, sagte, die Gespräche seien nützlich.')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
    expect(quotes('Marta Ruiz, die Gouverneurin von Sonora, sagte, die Lage sei ernst.')[0]).toMatchObject({ speaker: 'marta-ruiz' })
    expect(quotes('Marta Ruiz, die neue mexikanische Gouverneurin, sagte, die Lage sei ernst.')[0]).toMatchObject({ speaker: 'marta-ruiz' })
  })
  it('takes the subject after the cue when an adverbial with a relative clause stands before it', () => {
    expect(quotes('In einem ruhigen Ton, der ihm eigen ist, sagte Sergej Lawrow, die Gespräche seien nützlich.')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
  })
})

// Issue 12, class 4: `X zitiert Y`: Y speaks.
describe('the object of `zitieren`', () => {
  it('gives the quote to the one quoted: a name, a role noun of a person named before, an unnamed source', () => {
    expect(quotes('Die Nato zitierte Sergej Lawrow mit den Worten: „Wir wollen keinen Krieg.“')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
    expect(quotes('Sergej Lawrow kam nach Genf.', 'Die Nato zitiert den Außenminister mit den Worten: „Wir wollen keinen Krieg.“')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
    expect(quotes('Die Nato zitiert einen Augenzeugen mit den Worten: „Die Panzer fuhren nachts.“')[0]).toMatchObject({ speaker: null, description: 'einen Augenzeugen' })
  })
  it('leaves the quote to the subject of another cue verb', () => {
    expect(quotes('Die Nato erklärte den Journalisten: „Die Panzer fuhren nachts.“')[0]).toMatchObject({ speaker: 'nato' })
  })
})

// The fixture of docs/extraction.md (`korpus extract --explain test/pipeline/extract/quotes/fixtures/coreference.txt`).
describe('the coreference fixture', () => {
  it('resolves each speaker and names antecedent and rule in the explanation', () => {
    const recovered = recoverStructure(readFileSync(join(import.meta.dirname, 'fixtures', 'coreference.txt'), 'utf8'))
    const paragraphs = articleParagraphs(recovered.image, recovered.blocks)
    const uniper: Entity = { id: 'uniper', type: 'organization', name: 'Uniper', wikidata: null, aliases: [], roles: [], kind: 'company', provisional: false }
    const result = extract({ articleId: 'coreference', paragraphs }, [...registry, uniper], { explain: true })
    expect(result.quotes.map((quote) => [quote.speaker, quote.description])).toEqual([['tomas-ibarra', null], ['uniper', null], ['wladimir-putin', null], [null, 'Ein hoher Beamter']])
    expect(result.explanations?.map((explanation) => explanation.coreference?.replace(/:.*/, ''))).toEqual(['`Minister` → `Tomás Ibarra` (paragraph 2)', '`Konzern` → `Uniper` (paragraph 3)', '`Er` → `Wladimir Putin` (paragraph 4)', undefined])
  })
})

describe('a family name written first', () => {
  it('gives a lone first word of a person named before to that person (`Wang erklärte` after `Wang Lei`)', () => {
    const found = quotes('Am Montag sagte Wang Lei, dass die Lage ernst sei.', 'Wang erklärte auch, dass die Gespräche weitergingen.')
    expect(found.at(-1)).toMatchObject({ text: 'dass die Gespräche weitergingen', speaker: 'wang-lei' })
  })
  it('takes no given name or unknown word for a family name', () => {
    expect(quotes('Am Montag sagte Peter Roth, dass die Lage ernst sei.', 'Peter erklärte auch, dass die Gespräche weitergingen.').at(-1)).toMatchObject({ speaker: null, description: 'Peter' })
    expect(quotes('Am Montag sagte Wang Lei, dass die Lage ernst sei.', 'Zhou erklärte auch, dass die Gespräche weitergingen.').at(-1)).toMatchObject({ speaker: null, description: 'Zhou' })
  })
})
