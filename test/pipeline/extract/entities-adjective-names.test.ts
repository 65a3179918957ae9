// Organization names of capitalized adjectives before a head noun (issue 12,
// class 7): `des Deutschen Journalisten-Verbands`, `das Bayerische Fernsehen`.
// Invented sentences written for these tests, matched against the real registry.
import { describe, expect, it } from 'vitest'
import { mentions, organizationMentions } from './_mentions.js'

const orgs = (...texts: string[]) => organizationMentions(...texts).map((mention) => `${mention.text}=${mention.name}`)

describe('capitalized adjectives before an organization head', () => {
  it('make one organization, named in the strong nominative', () => {
    expect(orgs('Der Chef des Norddeutschen Schach-Verbands lobte den Berliner Segel-Club.')).toEqual([
      'Norddeutschen Schach-Verbands=Norddeutscher Schach-Verband',
      'Berliner Segel-Club=Berliner Segel-Club'
    ])
    expect(orgs('Sie arbeitet beim Hessischen Rundfunk, er für die Karibische Entwicklungsbank.')).toEqual([
      'Hessischen Rundfunk=Hessischer Rundfunk',
      'Karibische Entwicklungsbank=Karibische Entwicklungsbank'
    ])
  })
  it('take a sentence-initial article, two adjectives, a compound head and a genitive complement', () => {
    expect(orgs('Das Österreichische Rote Kreuz schickte Zelte.')).toEqual(['Österreichische Rote Kreuz=Österreichisches Rotes Kreuz'])
    expect(orgs('Der Streit erreichte den Dänischen Gewerkschaftsbund und die Polnische Akademie der Wissenschaften.')).toEqual([
      'Dänischen Gewerkschaftsbund=Dänischer Gewerkschaftsbund',
      'Polnische Akademie der Wissenschaften=Polnische Akademie der Wissenschaften'
    ])
  })
  it('name a party with the genitive of a place after it, which stays a place', () => {
    expect(mentions('Er trat aus der Sozialistischen Partei Serbiens aus.').map((m) => `${m.type}:${m.text}=${m.name}`)).toEqual([
      'organization:Sozialistischen Partei=Sozialistische Partei Serbiens',
      'place:Serbiens=Serbien'
    ])
  })
  it('are no name in lower case, without an article, at a sentence start, or before another noun', () => {
    expect(orgs('Die dänische Bank zahlte. Deutsche Verbände warnten. Polnische Akademie-Mitglieder kamen. Eine Deutsche Bank-Filiale schloss.')).toEqual([])
    expect(orgs('Das Präsidium des Norddeutschen Schach-Bundes der Frauen tagte im Neuen Rathaus.')).toEqual(['Norddeutschen Schach-Bundes=Norddeutscher Schach-Bund'])
  })
  it('are no name for a city’s adjective before a bare head, only before a compound head', () => {
    expect(orgs('Das Moskauer Gericht verurteilte ihn, die Kiewer Bank zahlte nicht, der Prager Verein schwieg.')).toEqual([])
    expect(orgs('Das Moskauer Gericht verurteilte ihn, der Prager Schach-Verein schwieg.')).toEqual(['Prager Schach-Verein=Prager Schach-Verein'])
  })
  it('leave a name the registry knows whole to the registry', () => {
    expect(orgs('Der Deutsche Bundestag und das Auswärtige Amt stimmten zu.')).toEqual(['Deutsche Bundestag=Bundestag', 'Auswärtige Amt=Auswärtiges Amt'])
  })
})
