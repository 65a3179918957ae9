import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../../../src/schema/article.js'
import type { Entity } from '../../../src/schema/entity.js'
import { extract } from '../../../src/pipeline/extract/index.js'

const entity = (id: string, type: Entity['type'], name: string, aliases: string[] = [], roles: Entity['roles'] = []): Entity => ({
  id, type, name, wikidata: null, aliases, roles, kind: null, provisional: false
})

const registry: Entity[] = [
  entity('jens-stoltenberg', 'person', 'Jens Stoltenberg', [], [{ title: 'Nato-Generalsekretär', nouns: ['Generalsekretär', 'Norweger'], from: null, to: null }]),
  entity('sergej-lawrow', 'person', 'Sergej Lawrow', ['Lawrow'], [{ title: 'Außenminister Russlands', nouns: ['Außenminister'], from: null, to: null }]),
  entity('wladimir-putin', 'person', 'Wladimir Putin', ['Putin']),
  entity('nato', 'organization', 'NATO', ['Nato']),
  entity('russland', 'place', 'Russland')
]

const blocks = (...items: Array<string | Paragraph>): Paragraph[] => items.map((item) => (typeof item === 'string' ? { type: 'paragraph' as const, text: item } : item))
const quotes = (...items: Array<string | Paragraph>) =>
  extract({ articleId: 'test', paragraphs: blocks(...items) }, registry).quotes.map(({ text, speaker, kind, attribution }) => ({ text, speaker, kind, attribution }))

describe('mixed quotes and terms in quotation marks', () => {
  it('marks reported speech as mixed when a quotation opens its clause', () => {
    expect(quotes('Lawrow forderte die Allianz zur Zurückhaltung auf, „wenn sie ernsthaft verhandeln will“.')[0]).toMatchObject({ speaker: 'sergej-lawrow', kind: 'mixed' })
  })
  it('marks a quoted adjective after `als` as mixed', () => {
    expect(quotes('Lawrow hat das Gespräch als „enttäuschend“ bezeichnet.')[0]).toMatchObject({ speaker: 'sergej-lawrow', kind: 'mixed' })
  })
  it('keeps reported speech indirect when its only quotation marks name a term after an article', () => {
    expect(quotes('Stoltenberg sagte, die Verbündeten hielten an der „Strategie der kleinen Schritte“ fest.')[0]).toMatchObject({ speaker: 'jens-stoltenberg', kind: 'indirect' })
    expect(quotes('Lawrow sagte, der Westen wolle seine „Bedingungen“ durchsetzen.')[0]).toMatchObject({ kind: 'indirect' })
  })
  it('keeps it mixed when a term and quoted words stand together', () => {
    expect(quotes('Lawrow sagte, die „Strategie der kleinen Schritte“ sei „völlig gescheitert“.')[0]).toMatchObject({ kind: 'mixed' })
  })
})

describe('continuations', () => {
  it('continues a speaker with a Konjunktiv II sentence', () => {
    const found = quotes('Lawrow sagte, die Nato sei zu konfrontativ. Ohne Gespräche würden die Spannungen weiter wachsen.')
    expect(found.map((quote) => [quote.speaker, quote.attribution])).toEqual([['sergej-lawrow', 'cue-clause'], ['sergej-lawrow', 'continuation']])
  })
  it('continues a speaker with a sentence that holds a quoted fragment and a cue verb without subject', () => {
    const found = quotes('Lawrow sagte, man sei zu Gesprächen bereit. Sonst drohten „ernste Folgen für alle“.')
    expect(found[1]).toMatchObject({ speaker: 'sergej-lawrow', kind: 'mixed', attribution: 'continuation', text: 'Sonst drohten ernste Folgen für alle' })
  })
  it('does not continue when the cue verb has a named subject of its own', () => {
    const found = quotes('Lawrow sagte, man sei zu Gesprächen bereit. Putin drohte mit „ernsten Folgen für alle“.')
    expect(found.filter((quote) => quote.speaker === 'sergej-lawrow').length).toBe(1)
  })
  it('does not continue after a sentence that is no quote', () => {
    expect(quotes('Lawrow reiste nach Genf. Ohne Gespräche würden die Spannungen weiter wachsen.')).toEqual([])
  })
})

describe('quotations attributed by a later clause about their wording', () => {
  it('gives the quoted phrase to the person who used the wording', () => {
    const found = quotes('Es war ein „Moment der Klarheit“, der da in Genf anstand. Jedenfalls wenn man Außenminister Lawrow glaubt, der diese Formulierung vor dem Treffen benutzte.')
    expect(found).toContainEqual({ text: 'Moment der Klarheit', speaker: 'sergej-lawrow', kind: 'direct', attribution: 'wording-noun' })
  })
  it('needs a wording noun with a verb of using', () => {
    expect(quotes('Es war ein „Moment der Klarheit“ in Genf. Lawrow kannte diese Formulierung nicht.')).toEqual([])
  })
})

describe('photo captions', () => {
  it('finds a quote in a caption', () => {
    expect(quotes({ type: 'caption', text: 'Außenminister Lawrow sagt, die Nato sei zu konfrontativ.' })[0]).toMatchObject({ speaker: 'sergej-lawrow', kind: 'indirect' })
  })
  it('does not carry the caption speaker into the body', () => {
    const found = quotes({ type: 'caption', text: 'Lawrow sagt, die Nato sei zu konfrontativ.' }, 'Die Nato habe keine Antwort gegeben.')
    expect(found.length).toBe(1)
  })
  it('does not resolve a pronoun in the body to a person named in the caption', () => {
    const found = quotes({ type: 'caption', text: 'Lawrow in Genf.' }, 'Er sagte, die Nato sei zu konfrontativ.')
    expect(found.every((quote) => quote.speaker !== 'sergej-lawrow')).toBe(true)
  })
})

describe('long text', () => {
  // Time per MB is printed by `npm run bench:adversarial`, not asserted here.
  it('resolves pronouns and role nouns in a very long paragraph to the named speaker', () => {
    const unit = 'Nato-Generalsekretär Jens Stoltenberg kam an. Der Norweger sagte, die Lage sei ernst. Er warnte vor „einer neuen Eskalation in Europa“. '
    const result = extract({ articleId: 'long', paragraphs: [{ type: 'paragraph', text: unit.repeat(2000) }] }, registry)
    expect(result.quotes.length).toBeGreaterThanOrEqual(2000)
    expect(result.quotes.every((quote) => quote.speaker === 'jens-stoltenberg')).toBe(true)
  })
})

describe('source phrases and report markers', () => {
  it('reads `clause, so X.` as reported speech', () => {
    expect(quotes('Die Gespräche seien konstruktiv verlaufen, so Stoltenberg.')[0]).toMatchObject({ speaker: 'jens-stoltenberg', kind: 'indirect', text: 'Die Gespräche seien konstruktiv verlaufen' })
  })
  it('does not read `so` before a lower-case word as a source', () => {
    expect(quotes('Die Gespräche dauerten lange, so dass alle müde waren.')).toEqual([])
  })
  it('gives `nach ersten Angaben` and compounds in -angaben an unnamed source', () => {
    expect(quotes('Nach ersten Angaben wurden drei Soldaten verletzt.')[0]).toMatchObject({ speaker: null, attribution: 'source-phrase' })
    expect(quotes('Nach Behördenangaben wurden drei Soldaten verletzt.')[0]).toMatchObject({ speaker: null })
  })
  it('gives `laut Medienberichten` an unnamed source, but not the adverb `laut`', () => {
    expect(quotes('Laut Medienberichten wurden drei Soldaten verletzt.')[0]).toMatchObject({ speaker: null, text: 'wurden drei Soldaten verletzt' })
    expect(quotes('Die Menge rief laut und lange nach dem Minister.')).toEqual([])
  })
  it('reads `Berichte, wonach …`', () => {
    expect(quotes('Der Minister dementierte Berichte, wonach Truppen verlegt worden seien.')[0]).toMatchObject({ text: 'Truppen verlegt worden seien' })
  })
  it('continues the previous source with `demnach`', () => {
    const found = quotes('Lawrow sagte, die Nato sei zu konfrontativ. Demnach will Moskau keine weiteren Gespräche führen.')
    expect(found[1]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'demnach', text: 'will Moskau keine weiteren Gespräche führen' })
  })
})

describe('multiword cues', () => {
  it('reads `zeigte sich zuversichtlich, dass …`', () => {
    expect(quotes('Stoltenberg zeigte sich zuversichtlich, dass die Gespräche weitergehen würden.')[0]).toMatchObject({ speaker: 'jens-stoltenberg', text: 'dass die Gespräche weitergehen würden' })
  })
  it('reads `ist der Meinung, …` and `vertritt die Ansicht, …` with Konjunktiv or dass', () => {
    expect(quotes('Lawrow ist der Meinung, die Nato sei zu konfrontativ.')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
    expect(quotes('Lawrow vertritt die Ansicht, dass die Nato zu konfrontativ ist.')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
  })
  it('needs the noun of the multiword cue', () => {
    expect(quotes('Lawrow ist der Gast, den alle erwartet haben.')).toEqual([])
  })
})

describe('speaker after the clause', () => {
  it('reads a split cue whose particle ends the sentence', () => {
    expect(quotes('Die Lage sei ernst, fügte Stoltenberg hinzu.')[0]).toMatchObject({ speaker: 'jens-stoltenberg', text: 'Die Lage sei ernst' })
    expect(quotes('Der Fahrer habe einen Schwächeanfall erlitten, teilte ein Polizeisprecher mit.')[0]).toMatchObject({ speaker: null, attribution: 'clause-cue-after' })
  })
  it('gives `…, sagte ein Sprecher` an unnamed speaker', () => {
    const found = extract({ articleId: 't', paragraphs: blocks('Die Lage sei ernst, sagte ein Sprecher der Regierung.') }, registry).quotes[0]
    expect(found).toMatchObject({ speaker: null, description: 'ein Sprecher der Regierung', attribution: 'clause-cue-after' })
  })
  it('reads `nach einem Bericht der X` as a source, but not `nach dem Bericht` alone', () => {
    expect(quotes('Nach einem Bericht der Zeitung verließen die Truppen das Gebiet.')[0]).toMatchObject({ speaker: null, text: 'verließen die Truppen das Gebiet' })
    expect(quotes('Nach dem Bericht verließen die Truppen das Gebiet.')).toEqual([])
  })
})

describe('Konjunktiv I after a short gap', () => {
  it('gives a Konjunktiv I sentence to the speaker of a quote a sentence or two before', () => {
    const found = quotes('Lawrow sagte, die Nato sei zu konfrontativ.', 'Die Gespräche dauerten drei Stunden. Eine Einigung gebe es noch nicht.')
    expect(found.at(-1)).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'konjunktiv-after-gap', text: 'Eine Einigung gebe es noch nicht' })
  })
  it('does not when the sentence names another person', () => {
    const found = quotes('Lawrow sagte, die Nato sei zu konfrontativ.', 'Die Gespräche dauerten drei Stunden. Stoltenberg habe früh abreisen müssen.')
    expect(found.length).toBe(1)
  })
  it('does not without a quote before it', () => {
    expect(quotes('Die Gespräche dauerten drei Stunden. Eine Einigung gebe es noch nicht.')).toEqual([])
  })
})
