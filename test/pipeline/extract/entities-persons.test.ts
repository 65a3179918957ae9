// Person names the hand lexicon misses (issue 12): first names from the
// package lists, names of three or more words, and a registry surname after
// another person's first name. Invented sentences written for these tests,
// matched against the real registry.
import { describe, expect, it } from 'vitest'
import { isGivenName, isListedGivenNameOnly } from '../../../src/pipeline/extract/lexicons/given-names.js'
import { mentions } from './_mentions.js'

const persons = (...texts: string[]) => mentions(...texts).filter((m) => m.type === 'person').map((m) => m.text)
const named = (...texts: string[]) => mentions(...texts).map((m) => `${m.type}:${m.text}=${m.name}`)

describe('first names from the package lists', () => {
  it('know first names the hand list lacks, and no German noun or sentence word', () => {
    expect(['nicanor', 'lionel', 'sylvia', 'novak', 'heidemarie'].filter((name) => isListedGivenNameOnly(name))).toEqual(['nicanor', 'lionel', 'sylvia', 'novak', 'heidemarie'])
    expect(['rose', 'art', 'bank', 'will', 'frank', 'mai'].filter((name) => isGivenName(name))).toEqual([])
    expect(isGivenName('angela') && !isListedGivenNameOnly('angela')).toBe(true)
  })
  it('start a person’s name before a surname', () => {
    expect(persons('Die Ministerin Lionella Marquart traf Nicanor Barreto und Sylvia Okonkwo in Lissabon.')).toEqual(['Lionella Marquart', 'Nicanor Barreto', 'Sylvia Okonkwo'])
  })
  it('start none before a German noun, in capitals, after an initial or after an unknown capitalized word', () => {
    expect(isListedGivenNameOnly('nema')).toBe(true)
    expect(mentions('Das sagte die Behörde (Land Management Office, NEMA).').map((m) => `${m.type}:${m.text}`)).toEqual(['organization:NEMA'])
    expect(persons('Die Kinder von Nicanor Gärten blieben. Die Firma ELIA Holding und die Bank J.P. Morgan Chase zahlten, gewählt wurde Tamsu Sai On.')).toEqual([])
  })
  it('start one before a German noun that an apposition with a role noun, or a second surname, shows to be a surname', () => {
    expect(persons('Unterstützung kam aus der Partei. Nicanor Gärten, Vorsitzender des Kreisverbandes, sagte das am Abend.')).toEqual(['Nicanor Gärten'])
    expect(persons('Heidemarie Schimmer, die langjährige Sprecherin des Vereins, widersprach.')).toEqual(['Heidemarie Schimmer'])
    expect(persons('Am Abend widersprach Heidemarie Schimmer-Okonkwo der Ministerin.')).toEqual(['Heidemarie Schimmer-Okonkwo'])
  })
  it('start none before a German noun whose apposition has no role noun, or whose second half is a noun too', () => {
    expect(persons('Die Kinder von Nicanor Gärten, Wiesen und Wäldern blieben.')).toEqual([])
    expect(persons('Es blieb bei Heidemarie Schimmer, die alle kannten.')).toEqual([])
    expect(persons('Es glänzte wie Heidemarie Schimmer-Glanz am Abend.')).toEqual([])
  })
})

describe('names of more than two words', () => {
  it('take further surnames and particles', () => {
    expect(persons('Sie traf Nicanor Barreto Frutos, Luiz Inácio Lula da Silva und Abu Musab al-Rahimi; Ayaan Hirsi Ali kam später.')).toEqual([
      'Nicanor Barreto Frutos',
      'Luiz Inácio Lula da Silva',
      'Abu Musab al-Rahimi',
      'Ayaan Hirsi Ali'
    ])
  })
  it('end before a common noun, an article or the next person', () => {
    expect(persons('Nun hat auch Heidemarie Wieczorek-Zeul das Handtuch geworfen. Sie grüßte Angela Merkel Olaf Scholz zu Ehren, sagte Jens Stoltenberg Reportern.')).toEqual([
      'Heidemarie Wieczorek-Zeul',
      'Angela Merkel',
      'Olaf Scholz',
      'Jens Stoltenberg'
    ])
  })
})

describe('a registry surname after another first name', () => {
  it('is another person of that surname', () => {
    expect(named('Daniil Medvedev schlug Kristina Schröder im Mixed.')).toEqual(['person:Daniil Medvedev=Daniil Medvedev', 'person:Kristina Schröder=Kristina Schröder'])
  })
  it('stays the registry person after its own first name in any spelling, or alone', () => {
    expect(named('Sergei Lawrow traf Gerhard Schröder; Schröder schwieg.')).toEqual(['person:Sergei Lawrow=Sergej Lawrow', 'person:Gerhard Schröder=Gerhard Schröder', 'person:Schröder=Gerhard Schröder'])
  })
})

describe('places that look like a person’s name', () => {
  it('are the place', () => {
    expect(named('In Hong Kong und Macau protestierten Tausende.')).toEqual(['place:Hong Kong=Hongkong', 'place:Macau=Macau'])
  })
})

describe('a person named in part after the full name', () => {
  it('is the person of the full name', () => {
    expect(named('Außenministerin Malvina Rackow kam nach Riga.', 'Außenministerin Rackow sagte, die Lage sei ernst.', 'Sie traf Marco van Tiel; Van Tiel schwieg.')).toEqual([
      'person:Malvina Rackow=Malvina Rackow',
      'place:Riga=Riga',
      'person:Rackow=Malvina Rackow',
      'person:Marco van Tiel=Marco van Tiel',
      'person:Van Tiel=Marco van Tiel'
    ])
  })
  it('stays apart when two persons share the words', () => {
    const found = mentions('Sarah Kolbeck und Sascha Kolbeck starteten. Trainer Kolbeck lobte beide.').filter((m) => m.type === 'person').map((m) => m.name)
    expect(found).toEqual(['Sarah Kolbeck', 'Sascha Kolbeck', 'Kolbeck'])
  })
})

// Review findings of issue 12: a surname after a first name no list knows, a surname of
// Portuguese names before a particle, and a city whose name is a first name.
describe('a registry surname after a first name no list knows', () => {
  it('is another person of that surname, not the registry one', () => {
    expect(named('Zinowij Klitschko widersprach seinem Bruder Vitali Klitschko.')).toEqual(['person:Zinowij Klitschko=Zinowij Klitschko', 'person:Vitali Klitschko=Vitali Klitschko'])
  })
  it('stays the registry person after a noun, a stopword, a role noun or a matching first name', () => {
    expect(named('Boxweltmeister Klitschko kam. Auch Klitschko sprach. Bürgermeister Klitschko ging, Witali Klitschko blieb.').map((m) => m.split('=')[1])).toEqual(['Vitali Klitschko', 'Vitali Klitschko', 'Vitali Klitschko', 'Vitali Klitschko'])
  })
})

describe('the surname before a particle of a Portuguese name', () => {
  it('names the person alone later (`Lula` of `… Lula da Silva`)', () => {
    // `Joaquim` is a first name too: after two first names it is a surname.
    expect(mentions('Carlos Alberto Joaquim da Rocha wurde vereidigt. Danach sprach Joaquim lange.').filter((m) => m.type === 'person').map((m) => m.name)).toEqual(['Carlos Alberto Joaquim da Rocha', 'Carlos Alberto Joaquim da Rocha'])
    expect(mentions('Präsident Tavares da Rocha wurde vereidigt. Minister Tavares sprach lange.').filter((m) => m.type === 'person').map((m) => m.name)).toEqual(['Tavares da Rocha', 'Tavares da Rocha'])
  })
  it('is no first or second first name of the person (`Ana Maria de Souza`)', () => {
    expect(persons('Ana Maria de Souza wurde vereidigt. Maria kam nicht.')).toEqual(['Ana Maria de Souza'])
  })
})

describe('a city whose name is a first name', () => {
  it('is the first name of a person before an unknown surname', () => {
    expect(named('Gestern traf er Paris Wendeborn.')).toEqual(['person:Paris Wendeborn=Paris Wendeborn'])
  })
  it('stays the city after a preposition, before a noun, another place or a longer name', () => {
    expect(named('Er flog nach Paris Wendeborn zu treffen.')).toEqual(['place:Paris=Paris'])
    expect(named('Ob Paris Berlin folgt, ist offen. Das Magazin Paris Match schrieb es, die London School of Economics nicht.').filter((m) => m.startsWith('person'))).toEqual([])
  })
})
