import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/schema/entity.js'
import { extract, extractorVersion, toEvalOutput } from '../../../src/pipeline/extract/index.js'
import { findQuoteMarks } from '../../../src/pipeline/extract/normalize-quotes.js'
import { splitSentences } from '../../../src/pipeline/extract/sentences.js'

const entity = (id: string, type: Entity['type'], name: string, aliases: string[] = [], roles: Entity['roles'] = []): Entity => ({
  id, type, name, wikidata: null, aliases, roles, kind: null, provisional: false
})

const registry: Entity[] = [
  entity('jens-stoltenberg', 'person', 'Jens Stoltenberg', [], [{ title: 'Nato-Generalsekretär', nouns: ['Generalsekretär', 'Norweger'], from: null, to: null }]),
  entity('alexander-gruschko', 'person', 'Alexander Gruschko', ['Gruschko', 'Grushko']),
  entity('sergej-lawrow', 'person', 'Sergej Lawrow', ['Lawrow']),
  entity('nato', 'organization', 'NATO', ['Nato']),
  entity('kreml', 'organization', 'Kreml'),
  entity('tass', 'organization', 'TASS'),
  entity('russland', 'place', 'Russland'),
  entity('usa', 'place', 'USA', ['Vereinigte Staaten'])
]

const run = (...texts: string[]) => extract({ articleId: 'test', paragraphs: texts.map((text) => ({ type: 'paragraph' as const, text })) }, registry)
const ids = (...texts: string[]) => [...new Set(run(...texts).mentions.map((mention) => mention.entity))]

describe('entities', () => {
  it('matches registry names in genitive and in hyphen compounds', () => {
    const result = run('Stoltenbergs Worte und Russlands Antwort: Nato-Generalsekretär und Kreml-Sprecher.')
    expect(result.mentions.map((mention) => [mention.text, mention.entity])).toEqual([
      ['Stoltenbergs', 'jens-stoltenberg'], ['Russlands', 'russland'], ['Nato', 'nato'], ['Kreml', 'kreml']
    ])
  })
  it('matches case and transliteration variants', () => {
    expect(ids('Die NATO und Sergey Lavrov.')).toEqual(['nato', 'sergej-lawrow'])
  })
  it('matches inflected multi-word names', () => {
    expect(ids('Die Vereinigten Staaten schweigen.')).toEqual(['usa'])
  })
  it('does not read the adjective `US-` as the USA', () => {
    expect(ids('Die US-Delegation reiste ab.')).toEqual([])
  })
  it('discovers a person from first name and surname, and the surname later', () => {
    const result = run('Vizeaußenministerin Wendy Sherman reiste an. Sherman sagte wenig.')
    expect(result.mentions.map((mention) => mention.text)).toEqual(['Wendy Sherman', 'Sherman'])
    expect(result.mentions[0]!.role).toBe('Vizeaußenministerin')
    expect(result.discovered.map((found) => [found.id, found.provisional])).toEqual([['wendy-sherman', true]])
  })
  it('discovers a person after a role noun', () => {
    expect(ids('Regierungssprecher Hebestreit schwieg.')).toEqual(['hebestreit'])
  })
  it('discovers organizations by shape and places by gazetteer', () => {
    expect(ids('Das russische Außenministerium protestierte in Warschau.')).toEqual(['aussenministerium-russlands', 'warschau'])
  })
  it('finds no entity in capitalized nouns, adjectives or demonyms', () => {
    expect(ids('Gestern sprachen die Franzosen über russische Panzer und Sicherheit.')).toEqual([])
  })
  it('keeps every mention text equal to its paragraph slice', () => {
    const texts = ['Nato-Generalsekretär Jens Stoltenberg traf Wendy Sherman.', 'Moskaus Antwort kam aus dem Kreml, sagte Grushko laut TASS.']
    for (const mention of run(...texts).mentions) expect(texts[mention.paragraph]!.slice(mention.start, mention.end)).toBe(mention.text)
  })
})

describe('quotation marks and sentences', () => {
  it('finds spans in every German mark style', () => {
    for (const text of ['„Ja“', '»Ja«', '«Ja»', '"Ja"', '“Ja”']) expect(findQuoteMarks([`Er sagte ${text}.`]).length).toBe(1)
  })
  it('continues a quotation into the next paragraph', () => {
    const spans = findQuoteMarks(['„Wir bleiben.', 'Das ist klar“, sagte er.'])
    expect(spans[0]).toMatchObject({ paragraph: 0, endParagraph: 1 })
  })
  it('does not split sentences after abbreviations, ordinals or inside quotes', () => {
    expect(splitSentences('Am 1. November kam Dr. Weber. Er ging.', []).length).toBe(2)
    expect(splitSentences('„Eins. Zwei.“ Drei.', [[0, 13]]).length).toBe(2)
  })
})

describe('quotes', () => {
  const quote = (...texts: string[]) => run(...texts).quotes.map(({ text, speaker, kind, attribution, via, description }) => ({ text, speaker, kind, attribution, via, description }))

  it('attributes a direct quote with the speaker after it', () => {
    expect(quote('„Wir sind bereit zum Dialog“, sagte Lawrow.')[0]).toMatchObject({ text: 'Wir sind bereit zum Dialog', speaker: 'sergej-lawrow', kind: 'direct', attribution: 'quote-cue-after' })
  })
  it('attributes a direct quote with the speaker before a colon', () => {
    expect(quote('Stoltenberg sagte: «Die Tür bleibt offen für alle.»')[0]).toMatchObject({ speaker: 'jens-stoltenberg', kind: 'direct' })
  })
  it('attributes `so X` after a quote', () => {
    expect(quote('"Das ist ein wichtiger Schritt", so Stoltenberg.')[0]).toMatchObject({ speaker: 'jens-stoltenberg', kind: 'direct' })
  })
  it('resolves a role noun to the person who holds it', () => {
    expect(quote('Stoltenberg kam nach Brüssel.', '„Die Lage ist sehr ernst“, sagte der Norweger.')[0]).toMatchObject({ speaker: 'jens-stoltenberg', attribution: 'quote-cue-after' })
  })
  it('resolves a pronoun to the last person named', () => {
    expect(quote('Lawrow kam an. Er sagte, die Nato sei zu konfrontativ.')[0]).toMatchObject({ speaker: 'sergej-lawrow', kind: 'indirect', attribution: 'cue-clause' })
  })
  it('attributes to the speaker and keeps the relaying medium as via', () => {
    expect(quote('„Das Treffen war absolut unerlässlich“, sagte Grushko laut TASS.')[0]).toMatchObject({ speaker: 'alexander-gruschko', via: 'tass' })
  })
  it('finds indirect speech after a cue verb and continues it in Konjunktiv', () => {
    const quotes = quote('Gruschko sagte nach dem Treffen, das Bündnis zeige keine Bereitschaft. Russland werde sich wehren.')
    expect(quotes.map((found) => [found.speaker, found.kind, found.attribution])).toEqual([['alexander-gruschko', 'indirect', 'cue-clause'], ['alexander-gruschko', 'indirect', 'continuation']])
  })
  it('finds reported speech before `, sagte X` and marks a quoted fragment as mixed', () => {
    expect(quote('Die Nato sei „nicht an einem Dialog interessiert“, erklärte Lawrow.')[0]).toMatchObject({ speaker: 'sergej-lawrow', kind: 'mixed', text: 'Die Nato sei nicht an einem Dialog interessiert' })
  })
  it('reads source phrases: zufolge and nach Angaben', () => {
    expect(quote('Stoltenberg zufolge ist man sich einig, den Dialog fortzusetzen.')[0]).toMatchObject({ speaker: 'jens-stoltenberg', text: 'ist man sich einig, den Dialog fortzusetzen' })
    expect(quote('Künftig soll nach Nato-Angaben über Manöver gesprochen werden.')[0]).toMatchObject({ speaker: 'nato' })
  })
  it('gives an unnamed source a description and no speaker', () => {
    expect(quote('Aus Nato-Kreisen heißt es, die Hinweise seien erdrückend.')[0]).toMatchObject({ speaker: null, attribution: 'es-heisst', description: 'Aus Nato-Kreisen' })
  })
  it('does not take scare quotes or titles for quotes', () => {
    expect(quote('Die Allianz hält an der „Politik der offenen Tür“ fest.')).toEqual([])
    expect(quote('Die "guten" Franzosen und die "bösen" Polen.')).toEqual([])
  })
  it('does not take a clause after a non-speech verb without Konjunktiv for speech', () => {
    expect(quote('Sie wurden von Stoltenberg begrüßt, wo die Vertreter warteten.')).toEqual([])
  })
})

describe('output', () => {
  it('lists mentioned and speaking entities in the scorer format', () => {
    const extraction = run('„Wir sind bereit zum Dialog“, sagte Lawrow in Moskau.')
    const output = toEvalOutput(extraction, registry) as { entities: Array<{ id: string; mentions: Array<{ text: string }> }>; quotes: Array<{ speaker: string }> }
    expect(output.entities.map((found) => found.id)).toEqual(['sergej-lawrow', 'moskau'])
    expect(output.quotes[0]!.speaker).toBe('sergej-lawrow')
    expect(extractorVersion).toMatch(/^\d+\.\d+\.\d+$/)
  })
  it('finds every quote of a long paragraph', () => {
    const quotes = run('Die Nato sagte, Russland sei bereit. '.repeat(4000)).quotes
    expect(quotes).toHaveLength(4000)
    expect(quotes.every((quote) => quote.speaker === 'nato' && quote.text === 'Russland sei bereit')).toBe(true)
  })
})
