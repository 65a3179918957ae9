import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../../../../src/schema/article.js'
import type { Entity } from '../../../../src/schema/entity.js'
import { extract } from '../../../../src/pipeline/extract/index.js'
import { genderOf } from '../../../../src/pipeline/extract/quotes/speaker.js'
import { quotes, registry } from './_run.js'

const person = (id: string, name: string, title: string, nouns: string[]): Entity => ({
  id, type: 'person', name, wikidata: null, aliases: [name.split(' ').at(-1)!], roles: [{ title, nouns, from: null, to: null }], kind: null, provisional: false
})
const organization = (id: string, name: string, kind: string, aliases: string[] = []): Entity => ({ id, type: 'organization', name, wikidata: null, aliases, roles: [], kind, provisional: false })

const more: Entity[] = [
  ...registry,
  person('dmytro-kuleba', 'Dmytro Kuleba', 'Außenminister der Ukraine', ['Außenminister', 'Chefdiplomat', 'ukrainischer Außenminister']),
  person('antony-blinken', 'Antony Blinken', 'Außenminister der Vereinigten Staaten', ['Außenminister', 'Chefdiplomat', 'US-Außenminister']),
  person('christine-lambrecht', 'Christine Lambrecht', 'Bundesministerin der Verteidigung', ['Verteidigungsministerin', 'Ministerin']),
  person('olaf-scholz', 'Olaf Scholz', 'Bundeskanzler', ['Kanzler']),
  person('friedrich-merz', 'Friedrich Merz', 'Vorsitzender der CDU', ['Parteichef']),
  organization('auswaertiges-amt', 'Auswärtiges Amt', 'ministry', ['Auswärtigen Amtes']),
  organization('cdu', 'CDU', 'party'),
  organization('spd', 'SPD', 'party')
]

const blocks = (items: ReadonlyArray<string>): Paragraph[] => items.map((text) => ({ type: 'paragraph' as const, text }))
/** The quotes of paragraphs with a registry that knows a few more persons, parties and a ministry. */
const found = (...items: string[]) => extract({ articleId: 'test', paragraphs: blocks(items) }, more).quotes.map(({ text, speaker, description }) => ({ text, speaker, description }))

// Class 3 of issue 12: the subject of the earlier speech act, not a name in what was said.
describe('names in reported words', () => {
  it('gives an age noun after a quote that names someone else to that quote’s speaker', () => {
    expect(quotes('Kremlsprecher Dmitri Peskow sagte, Präsident Wladimir Putin habe die Lage besprochen. Der 54-Jährige fügte hinzu, Moskau erwarte eine Antwort.').at(-1)).toMatchObject({ text: 'Moskau erwarte eine Antwort', speaker: 'dmitri-peskow' })
  })
  it('gives `er` after a continuation that names someone else to the speaker', () => {
    const result = quotes('Stoltenberg sagte am Abend, die Allianz habe Russland Gespräche angeboten. Lawrow habe darauf nicht reagiert. Er betonte, die Tür bleibe offen.')
    expect(result.map((quote) => quote.speaker)).toEqual(['jens-stoltenberg', 'jens-stoltenberg', 'jens-stoltenberg'])
  })
  it('gives `er` after an unnamed speaker whose words name a man to that unnamed speaker', () => {
    expect(quotes('Ein Sprecher der Polizei sagte, Lawrow werde am Montag erwartet. Er fügte hinzu, die Straßen würden gesperrt.').at(-1)).toMatchObject({ speaker: null, description: 'Ein Sprecher der Polizei' })
  })
  it('keeps a name of the reported words when the speaker does not fit the pronoun', () => {
    expect(quotes('Maria Sacharowa sagte, Lawrow werde nach Genf reisen. Er sagte dort, die Nato müsse sich bewegen.').at(-1)).toMatchObject({ speaker: 'sergej-lawrow' })
  })
  it('takes no name in reported words for the subject of its sentence', () => {
    expect(found('Sie habe ihrer Kollegin Maria Sacharowa versichert, dass Deutschland zu seinen Zusagen stehe, sagte Baerbock. Die Grünen-Politikerin betonte, Diplomatie habe Vorrang.').at(-1)).toMatchObject({ speaker: 'annalena-baerbock' })
  })
  it('keeps a name outside reported words as the antecedent of an age noun', () => {
    expect(quotes('Dmitri Peskow sagte, die Lage sei ernst.', 'Wladimir Putin traf am Abend den Sicherheitsrat. Der 69-Jährige sagte, Russland sei bereit.').at(-1)).toMatchObject({ speaker: 'wladimir-putin' })
  })
})

describe('the gender of a role title', () => {
  it('reads the head of a title, its first noun, not its last word', () => {
    expect(genderOf('Maria Muster', ['Sprecherin des russischen Außenministeriums'])).toBe('f')
    expect(genderOf('Kim Muster', ['Bundesministerin der Verteidigung'])).toBe('f')
  })
  it('reads a title whose head is no woman’s as a man’s', () => {
    expect(genderOf('Kim Muster', ['Sprecher der Regierung'])).toBe('m')
    expect(genderOf('Kim Muster', ['stellvertretender Außenminister Russlands'])).toBe('m')
  })
})

describe('an organization noun in the genitive of a role noun', () => {
  it('gives `der Sprecher des Ministeriums` the ministry named before', () => {
    expect(found('Ein Sprecher des Auswärtigen Amtes sagte, man stehe in Kontakt mit den Partnern. Der Sprecher des Ministeriums fügte hinzu, die Reise sei geplant.').map((quote) => quote.speaker)).toEqual(['auswaertiges-amt', 'auswaertiges-amt'])
    expect(found('Das Auswärtige Amt bestellte den Botschafter ein.', 'Ein Sprecher des Ministeriums sagte, man erwarte Aufklärung.')[0]).toMatchObject({ speaker: 'auswaertiges-amt' })
  })
  it('keeps the phrase unnamed when no organization of the kind was named', () => {
    expect(found('Die Lage an der Grenze ist ernst.', 'Der Sprecher des Ministeriums sagte, man beobachte die Lage.')[0]).toMatchObject({ speaker: null, description: 'Der Sprecher des Ministeriums' })
    expect(found('Die Nato verlegt Truppen.', 'Ein Sprecher des Ministeriums sagte, man beobachte die Lage.')[0]).toMatchObject({ speaker: null })
  })
})

describe('a role named right after', () => {
  it('gives a compound role noun without holder before to the person named right after with that role', () => {
    expect(quotes('Laut dem Kreml-Sprecher wird der Präsident die Antwort prüfen. Kreml-Sprecher Dmitri Peskow sagte, man erwarte nichts.')[0]).toMatchObject({ speaker: 'dmitri-peskow' })
  })
  it('never looks ahead for a bare office noun', () => {
    expect(quotes('Der Sprecher sagte, die Lage sei ernst. Kreml-Sprecher Dmitri Peskow kam später.')[0]).toMatchObject({ speaker: null, description: 'Der Sprecher' })
  })
})

describe('the addressee after the cue', () => {
  it('never takes a phrase after `sagte gegenüber` for the speaker of the clause before', () => {
    const result = quotes('Der Vorsitzende des Ausschusses der Staatsduma, Sergej Lawrow, sagte gegenüber der Nato, die Ukraine werde als Werkzeug benutzt.')
    expect(result).toHaveLength(1)
    expect(result[0]).toMatchObject({ text: 'die Ukraine werde als Werkzeug benutzt', speaker: 'sergej-lawrow' })
  })
  it('still takes the speaker right after the cue when `gegenüber` follows the name', () => {
    expect(quotes('Die Lage sei ernst, sagte Lawrow gegenüber Journalisten.')[0]).toMatchObject({ text: 'Die Lage sei ernst', speaker: 'sergej-lawrow' })
  })
})

describe('role nouns with an origin, demonyms and politicians', () => {
  it('prefers a holder whose own roles show the origin over one in a text of that country', () => {
    expect(found('Der Außenminister Dmytro Kuleba traf Antony Blinken in Kiew.', 'Der ukrainische Chefdiplomat sagte, Europa müsse geschlossen handeln.')[0]).toMatchObject({ speaker: 'dmytro-kuleba' })
    expect(found('Der Außenminister Dmytro Kuleba traf Antony Blinken in Kiew.', 'Der amerikanische Chefdiplomat sagte, Europa müsse geschlossen handeln.')[0]).toMatchObject({ speaker: 'antony-blinken' })
  })
  it('gives a demonym the last person whose roles or text show the country', () => {
    expect(quotes('Der norwegische Diplomat Erik Holmgren traf Baerbock in Oslo.', 'Der Norweger sagte, Europa müsse geschlossen handeln.')[0]).toMatchObject({ speaker: 'erik-holmgren' })
    expect(quotes('Der französische Außenminister Pierre Duval traf Baerbock.', 'Der Franzose sagte, Europa müsse geschlossen handeln.')[0]).toMatchObject({ speaker: 'pierre-duval' })
  })
  it('gives a demonym no person of another country or gender', () => {
    expect(quotes('Der Prozess gegen Pierre Duval begann am Montag.', 'Der Brite sagte, er sei unschuldig.')[0]).toMatchObject({ speaker: null, description: 'Der Brite' })
    expect(quotes('Die französische Ministerin Claire Duval traf Lawrow.', 'Der Franzose sagte, Europa müsse handeln.')[0]).toMatchObject({ speaker: null })
  })
  it('gives `die SPD-Politikerin` the woman named as the subject before, whatever her office', () => {
    expect(found('Verteidigungsministerin Christine Lambrecht hat Waffenlieferungen ausgeschlossen. Die SPD-Politikerin sagte, Deutschland setze auf Deeskalation.')[0]).toMatchObject({ speaker: 'christine-lambrecht' })
    expect(found('Friedrich Merz (CDU) kritisierte Scholz (SPD).', 'Der CDU-Politiker sagte, Europa müsse geschlossen handeln.')[0]).toMatchObject({ speaker: 'friedrich-merz' })
  })
  it('gives a politician noun no person of another party or gender', () => {
    expect(found('Friedrich Merz (CDU) warb für neue Sanktionen.', 'Der SPD-Politiker sagte, Europa müsse geschlossen handeln.')[0]).toMatchObject({ speaker: null, description: 'Der SPD-Politiker' })
    expect(found('Christine Lambrecht warb für neue Sanktionen.', 'Der SPD-Politiker sagte, Europa müsse geschlossen handeln.')[0]).toMatchObject({ speaker: null })
  })
})

// Class 3 of issue 12: a person after a preposition or an oblique article is no subject, even when the
// preposition or article ends like an adjective (`unter`, `über`, `den`).
describe('oblique objects before a pronoun', () => {
  it('skips a name after `unter` for the subject named before it', () => {
    const result = found('Der Kandidat der Opposition, Hans Berger, schrieb am Montag einen Beitrag für eine Zeitung. Die Versuche der Regierung, unter Karl Weber die Macht zu halten, bezeichnete er als „einen Akt der Willkür“.')
    expect(result).toEqual([{ text: 'als einen Akt der Willkür', speaker: 'hans-berger', description: null }])
  })
  it('skips a name after `den` and a role noun for the subject named before it', () => {
    const result = found('Friedrich Merz traf am Dienstag den Kanzler Olaf Scholz in Berlin. Er sagte danach, die Union werde die Regierung unterstützen.')
    expect(result.at(-1)).toMatchObject({ text: 'die Union werde die Regierung unterstützen', speaker: 'friedrich-merz' })
  })
  it('keeps the name when it is the subject after an article and adjectives', () => {
    const result = found('Friedrich Merz war am Dienstag in Berlin. Der neue Kanzler Olaf Scholz kam am Abend dazu. Er sagte, die Regierung werde handeln.')
    expect(result.at(-1)).toMatchObject({ text: 'die Regierung werde handeln', speaker: 'olaf-scholz' })
  })
})
