// Generalization probes: short invented sentences in the style of agency copy,
// analysis, interviews and Russian state media (written for these tests, not
// taken from any article), each rule with a positive and a negative case.
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/schema/entity.js'
import { extract } from '../../../src/pipeline/extract/index.js'

const entity = (id: string, type: Entity['type'], name: string, aliases: string[] = [], roles: Entity['roles'] = []): Entity => ({
  id, type, name, wikidata: null, aliases, roles, kind: null, provisional: false
})
const role = (title: string, nouns: string[]) => ({ title, nouns, from: null, to: null })

const registry: Entity[] = [
  entity('sergej-lawrow', 'person', 'Sergej Lawrow', ['Lawrow'], [role('Außenminister Russlands', ['Außenminister'])]),
  entity('antony-blinken', 'person', 'Antony Blinken', ['Blinken'], [role('Außenminister der USA', ['Außenminister'])]),
  entity('nato', 'organization', 'NATO', ['Nato']),
  entity('interfax', 'organization', 'Interfax', ['Nachrichtenagentur Interfax']),
  entity('tass', 'organization', 'TASS', ['Tass']),
  entity('pentagon', 'organization', 'Pentagon', ['Pentagons', 'US-Verteidigungsministerium']),
  entity('russisches-aussenministerium', 'organization', 'Außenministerium Russlands', ['russisches Außenministerium', 'russischen Außenministeriums'], [role('Außenministerium Russlands', ['Außenministerium'])]),
  entity('us-aussenministerium', 'organization', 'Außenministerium der USA', ['US-Außenministerium', 'State Department'], [role('Außenministerium der USA', ['Außenministerium'])]),
  entity('britisches-verteidigungsministerium', 'organization', 'Britisches Verteidigungsministerium', ['britisches Verteidigungsministerium', 'britischen Verteidigungsministerium']),
  entity('russland', 'place', 'Russland'),
  entity('moskau', 'place', 'Moskau'),
  entity('genf', 'place', 'Genf')
]

const run = (...texts: string[]) => extract({ articleId: 'probe', paragraphs: texts.map((text) => ({ type: 'paragraph' as const, text })) }, registry)
const mentions = (...texts: string[]) => run(...texts).mentions.map((mention) => [mention.text, mention.entity])
const quotes = (...texts: string[]) => run(...texts).quotes.map(({ text, speaker, kind, attribution, via, description }) => ({ text, speaker, kind, attribution, via, description }))

describe('organizations of a country', () => {
  it('resolves a nationality adjective + ministry to the registry entity, never a duplicate', () => {
    const result = run('Das russische Außenministerium protestierte. Eine Sprecherin des russischen Außenministeriums schwieg.')
    expect(result.mentions.map((mention) => mention.entity)).toEqual(['russisches-aussenministerium', 'russisches-aussenministerium'])
    expect(result.discovered).toEqual([])
  })
  it('resolves a ministry through the place after it, or by a `US-` compound right before it', () => {
    expect(mentions('Auch das Verteidigungsministerium in London äußerte sich.')).toEqual([['Verteidigungsministerium', 'britisches-verteidigungsministerium'], ['London', 'london']])
    expect(mentions('Die US-Diplomatin vom Außenministerium reiste ab.')).toEqual([['Außenministerium', 'us-aussenministerium']])
  })
  it('gives a ministry without a clear country no entity', () => {
    expect(run('Das Verteidigungsministerium äußerte sich am Abend.').mentions).toEqual([])
    expect(run('Ein Sprecher des Außenministeriums wollte das nicht kommentieren.').discovered).toEqual([])
  })
  it('still discovers a ministry of a country the registry does not list', () => {
    expect(run('Das lettische Verteidigungsministerium meldete Flüge.').discovered.map((found) => found.name)).toEqual(['Verteidigungsministerium Lettlands'])
  })
})

describe('persons not in the registry', () => {
  it('finds a person after a hyphenated role noun (`Grünen-Politikerin`)', () => {
    expect(run('Die Grünen-Politikerin Agnieszka Brugger kritisierte die Regierung.').discovered.filter((found) => found.type === 'person').map((found) => found.name)).toEqual(['Agnieszka Brugger'])
    expect(run('Der CDU-Außenpolitiker Kiesewetter warnte.').discovered.filter((found) => found.type === 'person').map((found) => found.name)).toEqual(['Kiesewetter'])
  })
  it('takes no common noun after a hyphenated role noun', () => {
    expect(run('Die SPD-Politikerin Forderungen an Moskau.').discovered.filter((found) => found.type === 'person')).toEqual([])
  })
  it('knows first names from many languages', () => {
    const text = 'Es sprachen Gabrielius Landsbergis, Krzysztof Szczerski, Oleksij Danilow, Jewgenija Kusnezowa, Jüri Luik, Pål Jonson und Ségolène Marchand.'
    expect(run(text).discovered.map((found) => found.name).sort()).toEqual(['Gabrielius Landsbergis', 'Jewgenija Kusnezowa', 'Jüri Luik', 'Krzysztof Szczerski', 'Oleksij Danilow', 'Pål Jonson', 'Ségolène Marchand'])
  })
  it('reads no person from a first name that is a word here (`Ernst der Lage`, `Per Dekret`)', () => {
    expect(run('Der Ernst der Lage ist allen klar. Per Dekret Truppen zu verlegen, ist neu.').discovered).toEqual([])
  })
  it('keeps only adjectives in a role, not the article or a cue verb before it', () => {
    const result = run('Scholz traf den polnischen Ministerpräsidenten Mateusz Morawiecki. Dann erklärte der stellvertretende Außenminister Sergej Rjabkow, es gehe voran.')
    expect(result.mentions.filter((mention) => mention.role).map((mention) => mention.role)).toEqual(['polnischen Ministerpräsidenten', 'stellvertretende Außenminister'])
  })
})

describe('speakers and sources', () => {
  it('cuts a source phrase cleanly and never splits a sentence at number dots', () => {
    expect(quotes('Nach Angaben des Pentagons hat Russland rund 100.000 Soldaten an der Grenze zusammengezogen.')[0]).toMatchObject({ speaker: 'pentagon', text: 'hat Russland rund 100.000 Soldaten an der Grenze zusammengezogen' })
    expect(quotes('Laut Nato stehen dort 1.500 Panzer. Das ist viel.')).toHaveLength(1)
  })
  it('gives `Laut Medium erklärte X, …` to X with the medium as via', () => {
    expect(quotes('Laut der Nachrichtenagentur Interfax erklärte der stellvertretende Außenminister Sergej Rjabkow, die Gespräche in Genf seien schwierig gewesen.')[0]).toMatchObject({
      speaker: 'sergej-rjabkow', via: 'interfax', text: 'die Gespräche in Genf seien schwierig gewesen'
    })
  })
  it('keeps a `laut` phrase without a cue verb as the source', () => {
    expect(quotes('Laut Interfax seien die Gespräche schwierig gewesen.')[0]).toMatchObject({ speaker: 'interfax', via: null })
  })
  it('takes an indefinite noun phrase as an unnamed source, not an anaphor', () => {
    const found = quotes('Blinken traf sich in Genf mit Lawrow. Ein Nato-Diplomat sagte, man sei vorbereitet.')
    expect(found.at(-1)).toMatchObject({ speaker: null, description: 'Ein Nato-Diplomat', attribution: 'cue-clause' })
  })
  it('still resolves a definite role noun to the person named before', () => {
    expect(quotes('Blinken traf sich in Genf mit Lawrow. Der Außenminister sagte, man sei vorbereitet.').at(-1)).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'cue-clause' })
  })
  it('reads a short direct quote before `, cue` and a name in apposition after the role', () => {
    const text = '„Das ist inakzeptabel“, erklärte die Sprecherin des russischen Außenministeriums, Maria Sacharowa, am Mittwoch.'
    expect(quotes('Blinken kam nach Genf.', text)[0]).toMatchObject({ speaker: 'maria-sacharowa', kind: 'direct', text: 'Das ist inakzeptabel' })
  })
  it('keeps a short quotation without a cue right after it no quote', () => {
    expect(quotes('„Sehr ernst“ sei die Lage in Genf gewesen, erklärte Blinken.')[0]).toMatchObject({ kind: 'mixed' })
  })
  it('reads `sprach von „…“` as a mixed quote, and `sprach von` without quotation marks as a summary of the speech act', () => {
    expect(quotes('Die estnische Regierungschefin Kaja Kallas sprach von einer "ernsten Lage".')[0]).toMatchObject({ speaker: 'kaja-kallas', kind: 'mixed', text: 'einer ernsten Lage' })
    expect(quotes('Kaja Kallas sprach von einer ernsten Lage.')).toMatchObject([{ speaker: 'kaja-kallas', kind: 'indirect', text: 'von einer ernsten Lage', attribution: 'speech-act' }])
  })
})

describe('organizations by shape', () => {
  it('finds English-named organizations by their head noun', () => {
    const names = run('Gustav Gressel vom European Council on Foreign Relations und das Institute for the Study of War sowie der Atlantic Council widersprachen.').discovered.filter((found) => found.type === 'organization').map((found) => found.name)
    expect(names.sort()).toEqual(['Atlantic Council', 'European Council on Foreign Relations', 'Institute for the Study of War'])
  })
  it('takes no single English head word or German article for an organization', () => {
    expect(run('Der Council tagte. Die Foundation schwieg.').discovered).toEqual([])
  })
  it('keeps an acronym in parentheses as an alias of the organization it follows', () => {
    const result = run('Das Institut für Sicherheitspolitik (ISP) warnte.', 'Das ISP rechnet mit Sanktionen.')
    expect(result.mentions.map((mention) => [mention.text, mention.entity])).toEqual([
      ['Institut für Sicherheitspolitik', 'institut-fuer-sicherheitspolitik'], ['ISP', 'institut-fuer-sicherheitspolitik'], ['ISP', 'institut-fuer-sicherheitspolitik']
    ])
    expect(result.discovered[0]!.aliases).toEqual(['ISP'])
  })
})

describe('state media and analysis style', () => {
  it('reads TASS/RIA style cues with a long role and `gegenüber Journalisten`', () => {
    const found = quotes('Moskau, 14. Dezember (TASS). Die Nato ignoriere die Interessen Russlands, erklärte der Pressesprecher des Kremls Dmitri Peskow gegenüber Journalisten. Russland werde nicht tatenlos zusehen.')
    expect(found.map((quote) => [quote.speaker, quote.attribution])).toEqual([['dmitri-peskow', 'clause-cue-after'], ['dmitri-peskow', 'continuation']])
  })
  it('reads Konjunktiv I of less frequent verbs after `sagte …,` (`unterschätze`), but no indicative relative clause', () => {
    expect(quotes('Der Politologe Fjodor Lukjanow sagte im Gespräch mit der Zeitung Kommersant, der Westen unterschätze Moskau.')[0]).toMatchObject({ speaker: 'fjodor-lukjanow', text: 'der Westen unterschätze Moskau' })
    expect(quotes('Lukjanow sagte das in einem Interview, das am Montag erschien.')).toEqual([])
  })
})

describe('speaker phrases with appositions and clause boundaries (1.7.0)', () => {
  it('takes the person opening the sentence when an apposition or relative clause stands before the cue', () => {
    expect(quotes('Jelena Markowa, die Sprecherin der Partei Jabloko, sagte, die Wahl sei nicht frei gewesen.')[0]).toMatchObject({ speaker: 'jelena-markowa', text: 'die Wahl sei nicht frei gewesen', attribution: 'cue-clause' })
    expect(quotes('Tomasz Nowak vom Warschauer Ostinstitut, das die Lage seit Jahren beobachtet hatte, erklärte, dass Moskau bluffe.')[0]).toMatchObject({ speaker: 'tomasz-nowak', text: 'dass Moskau bluffe' })
  })
  it('never takes the reported clause after `sagte,` for the speaker', () => {
    const found = quotes('Jelena Markowa, die Sprecherin der Partei Jabloko, sagte, das Prinzip gelte auch hier.')
    expect(found.map((quote) => quote.text)).toEqual(['das Prinzip gelte auch hier'])
  })
  it('ends a source-phrase clause at a semicolon', () => {
    expect(quotes('Frankreichs Präsident Emmanuel Macron telefonierte mit Lawrow; nach Angaben des Élysée-Palasts vereinbarten beide, im Gespräch zu bleiben.')[0]).toMatchObject({ text: 'vereinbarten beide, im Gespräch zu bleiben' })
    expect(quotes('Nach Angaben der Polizei blieb es ruhig; am Abend begann der Abzug.')[0]).toMatchObject({ text: 'blieb es ruhig' })
  })
})

describe('`hieß es` and `verlautete` with their source (1.7.0)', () => {
  it('takes the clause before `, hieß es aus X` and X as speaker when it is known', () => {
    expect(quotes('Sie wolle sich ein eigenes Bild machen, hieß es aus dem Pentagon.')[0]).toMatchObject({ text: 'Sie wolle sich ein eigenes Bild machen', speaker: 'pentagon', attribution: 'es-heisst', kind: 'indirect' })
    expect(quotes('Die Gespräche seien festgefahren, verlautete aus Diplomatenkreisen.')[0]).toMatchObject({ text: 'Die Gespräche seien festgefahren', speaker: null, description: 'aus Diplomatenkreisen' })
    expect(quotes('Es hieß aus dem Pentagon, die Übung gehe weiter.')[0]).toMatchObject({ text: 'die Übung gehe weiter', speaker: 'pentagon' })
  })
  it('gives a Konjunktiv clause after `, hieß es,` its own quote', () => {
    expect(quotes('Man habe sich nicht geeinigt, hieß es, sicher sei jedoch, dass weiter verhandelt werde.').map((quote) => quote.text)).toEqual(['Man habe sich nicht geeinigt', 'sicher sei jedoch, dass weiter verhandelt werde'])
  })
  it('takes no `hieß` without `es` for a source', () => {
    expect(quotes('Das Dorf hieß früher anders, bevor die Grenze kam.')).toEqual([])
  })
})

describe('trailing `wie X mitteilte` and auxiliary cues (1.7.0)', () => {
  it('gives the clause before `, wie X cue.` to X, in any mood', () => {
    expect(quotes('Die Übung wird bis Freitag dauern, wie das Pentagon am Abend mitteilte.')[0]).toMatchObject({ text: 'Die Übung wird bis Freitag dauern', speaker: 'pentagon', kind: 'indirect' })
    expect(quotes('Die Lage bleibt angespannt, wie es aus Moskau hieß.')[0]).toMatchObject({ text: 'Die Lage bleibt angespannt', speaker: null })
  })
  it('takes no `wie` clause without a cue', () => {
    expect(quotes('Die Preise stiegen, wie erwartet.')).toEqual([])
  })
  it('reads `„Q“, hatte X … erklärt` and `Clause, hat X gesagt`', () => {
    expect(quotes('„Wir bleiben im Gespräch“, hatte Lawrow am Montag in einem Interview erklärt.')[0]).toMatchObject({ text: 'Wir bleiben im Gespräch', speaker: 'sergej-lawrow', kind: 'direct' })
    expect(quotes('Die Nato drohe Russland, hatte Lawrow bei seinem Besuch in Genf gesagt.')[0]).toMatchObject({ text: 'Die Nato drohe Russland', speaker: 'sergej-lawrow' })
  })
  it('takes no negated auxiliary cue', () => {
    expect(quotes('Die Truppen zogen ab, hatte Lawrow aber nicht gesagt.')).toEqual([])
  })
})

describe('`zu` infinitives after directive cues (1.7.0)', () => {
  it('reads `forderte Y auf, … zu tun`, `warf Y vor, … zu haben`, `kündigte an, … abzuziehen`', () => {
    expect(quotes('Lawrow forderte die Nato auf, ihre Truppen nicht weiter zu verlegen.')[0]).toMatchObject({ text: 'ihre Truppen nicht weiter zu verlegen', speaker: 'sergej-lawrow' })
    expect(quotes('Blinken warf Moskau vor, die Lage bewusst verschärft zu haben.')[0]).toMatchObject({ text: 'die Lage bewusst verschärft zu haben', speaker: 'antony-blinken' })
    expect(quotes('Lawrow kündigte an, die Truppen abzuziehen.')[0]).toMatchObject({ text: 'die Truppen abzuziehen', speaker: 'sergej-lawrow' })
  })
  it('takes no purpose clause (`um … zu`) and no relative clause after a directive cue', () => {
    expect(quotes('Lawrow forderte die Nato auf, um die Lage zu beruhigen.')).toEqual([])
    expect(quotes('Blinken traf Lawrow, die Lage zu beruhigen.')).toEqual([])
  })
})

describe('institutions as subjects of a cue (1.7.0)', () => {
  it('reads `Die Staatsanwaltschaft erklärte, die …` with an unnamed speaker', () => {
    expect(quotes('Die Staatsanwaltschaft erklärte, die Ermittlungen dauerten an.')[0]).toMatchObject({ text: 'die Ermittlungen dauerten an', speaker: null, description: 'Die Staatsanwaltschaft' })
  })
  it('takes a place in a prepositional phrase for no speaker (`Die Regierung in Moskau`)', () => {
    expect(quotes('Die Regierung in Moskau wies die Vorwürfe zurück und erklärte, man habe keine Angriffspläne.')[0]).toMatchObject({ speaker: null, description: 'Die Regierung in Moskau' })
  })
  it('reads no relative clause after a noun before the comma', () => {
    expect(quotes('Lawrow erklärte die Lage, die Blinken anders sah.')).toEqual([])
  })
})
