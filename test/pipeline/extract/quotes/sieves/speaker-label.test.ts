import { describe, expect, it } from 'vitest'
import { extractFixture, spelled } from '../_dialogue.js'
import { quotes } from '../_run.js'

describe('speaker-label', () => {
  it('gives the words after each label of a raw-text transcript to that person', () => {
    const result = extractFixture('transcript.txt')
    expect(result.quotes.map(({ speaker, kind, attribution, paragraph, endParagraph }) => ({ speaker, kind, attribution, paragraph, endParagraph }))).toEqual([
      { speaker: 'jens-stoltenberg', kind: 'direct', attribution: 'speaker-label', paragraph: 3, endParagraph: 3 },
      { speaker: 'jens-stoltenberg', kind: 'direct', attribution: 'speaker-label', paragraph: 4, endParagraph: 4 },
      { speaker: 'annalena-baerbock', kind: 'direct', attribution: 'speaker-label', paragraph: 6, endParagraph: 6 },
      { speaker: 'tomas-herrera', kind: 'direct', attribution: 'speaker-label', paragraph: 7, endParagraph: 7 }
    ])
    expect(result.quotes[3]!.text).toBe('Unsere Regierung unterstützt jeden Schritt zur Entspannung.')
    // An all-caps label nobody listed is a provisional person, named in title case.
    expect(result.discovered.find((entity) => entity.id === 'tomas-herrera')).toMatchObject({ type: 'person', name: 'Tomás Herrera' })
    // The narration after the transcript is nobody's quote.
    expect(result.quotes.some((quote) => quote.text.includes('Konferenz endete'))).toBe(false)
  })
  it('keeps offsets that slice the words, words over two paragraphs one quote per paragraph', () => {
    const result = extractFixture('transcript.txt')
    const aligned = spelled(result)
    for (const [index, quote] of result.quotes.entries()) expect(aligned[index]!.sliced).toBe(quote.text)
    expect(aligned.map((quote) => quote.spans.map((span) => span.paragraph))).toEqual([[3], [4], [6], [7]])
  })
  it('reads a quoted statement after a `Name, Funktion` line', () => {
    expect(quotes('Sergej Lawrow, Außenminister Russlands', '„Wir lassen uns nicht unter Druck setzen.“')).toEqual([
      { text: 'Wir lassen uns nicht unter Druck setzen.', speaker: 'sergej-lawrow', kind: 'direct', attribution: 'speaker-label', description: null }
    ])
  })
  it('reads `Name (Partei):` before the words, a surname with its party a person of its own', () => {
    const found = quotes('Im Bundestag wurde am Donnerstag über die Grenze debattiert.', 'Kiesewetter (CDU): Wir müssen die Ostflanke stärken, und zwar jetzt.', 'Gülsen Kaya (Linke): Ich warne vor einer Eskalation.')
    expect(found.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['kiesewetter', 'Wir müssen die Ostflanke stärken, und zwar jetzt.'],
      ['guelsen-kaya', 'Ich warne vor einer Eskalation.']
    ])
  })
  it('takes no dateline, no caption with credit and no sentence that only starts with a name and function', () => {
    expect(quotes('Berlin (dpa) - Die Bundesregierung berät über Sanktionen. Wir berichten weiter.')).toEqual([])
    expect(quotes({ type: 'caption', text: 'Jens Stoltenberg, Nato-Generalsekretär' }, 'Wir erwarten heute eine Entscheidung, hieß es in Brüssel.').map((quote) => quote.attribution)).not.toContain('speaker-label')
    // A caption-like line in the body before an attributed quotation: the quotation is the cue's.
    expect(quotes('Sergej Lawrow, Außenminister Russlands', '„Wir lassen uns nicht drängen“, sagte Lawrow am Montag in Moskau.')).toEqual([
      { text: 'Wir lassen uns nicht drängen', speaker: 'sergej-lawrow', kind: 'direct', attribution: 'quote-cue-after', description: null }
    ])
    const sentence = quotes('Jens Stoltenberg, Nato-Generalsekretär, sagte am Montag, man sei zu Gesprächen bereit.')
    expect(sentence.map((quote) => quote.attribution)).toEqual(['cue-clause'])
  })
  it('takes no list of names and no words that are not speech', () => {
    expect(quotes('Jens Stoltenberg, Nato-Generalsekretär', 'Annalena Baerbock, Außenministerin', 'Wir haben beide eingeladen.')).toEqual([])
    expect(quotes('Jens Stoltenberg, Nato-Generalsekretär', 'Das Treffen beginnt um zehn Uhr in Brüssel.')).toEqual([])
    expect(quotes('Russland: 300 Soldaten', 'Ukraine: 200 Soldaten')).toEqual([])
  })
  it('runs a turn on over a paragraph in the third person that stands right before the next label', () => {
    const found = quotes(
      'Jens Stoltenberg, Nato-Generalsekretär', 'Wir stehen geschlossen zusammen.', 'Niemand kann einem souveränen Staat vorschreiben, welchem Bündnis er angehört.',
      'Annalena Baerbock, Außenministerin', 'Ich setze auf Dialog.'
    )
    expect(found.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['jens-stoltenberg', 'Wir stehen geschlossen zusammen.'],
      ['jens-stoltenberg', 'Niemand kann einem souveränen Staat vorschreiben, welchem Bündnis er angehört.'],
      ['annalena-baerbock', 'Ich setze auf Dialog.']
    ])
  })
  it('leaves narration that names a person before the next label, and the closing narration, out of the turn', () => {
    const found = quotes(
      'Jens Stoltenberg, Nato-Generalsekretär', 'Wir stehen geschlossen zusammen.', 'Auch Annalena Baerbock fand deutliche Worte.',
      'Annalena Baerbock, Außenministerin', 'Ich setze auf Dialog.', 'Die Gespräche gehen im Januar weiter.'
    )
    expect(found.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['jens-stoltenberg', 'Wir stehen geschlossen zusammen.'],
      ['annalena-baerbock', 'Ich setze auf Dialog.']
    ])
  })
})
