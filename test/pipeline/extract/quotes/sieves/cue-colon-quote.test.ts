import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

const found = (...paragraphs: string[]) => quotes(...paragraphs).map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))

describe('cue-colon-quote', () => {
  it('gives the quotation after `X sagte:` to the cue\'s subject, also with a plural split cue (`werfen … vor:`)', () => {
    expect(found('Lawrow sagte: „Wir haben keine Eile.“')).toEqual([{ text: 'Wir haben keine Eile.', speaker: 'sergej-lawrow', attribution: 'cue-colon-quote' }])
    expect(found('Die Nato und der Kreml werfen einander vor: „Ihr habt die Gespräche blockiert.“')).toEqual([
      { text: 'Ihr habt die Gespräche blockiert.', speaker: 'nato', attribution: 'cue-colon-quote' }
    ])
  })
  it('keeps the quotation when the cue\'s subject cannot be resolved, with the speaker left unnamed', () => {
    expect(found('Die Verfasser der neuen Studie halten fest: „Die Kontrollen finden kaum statt.“')).toEqual([
      { text: 'Die Kontrollen finden kaum statt.', speaker: null, attribution: 'cue-colon-quote' }
    ])
  })
  it('takes no quotation after a colon without a cue and without a speaker phrase, nor a scare quote', () => {
    expect(found('Am Ende blieb nur eines: „Abwarten.“')).toEqual([])
    expect(found('Lawrow sagte dazu nur: „Nein“.')).toEqual([])
  })
  it('takes the main clause\'s cue after an opening subordinate clause with a cue of its own', () => {
    const found = quotes('Bernd Raske kam zu Wort.', 'Nachdem Sergej Lawrow den Gast gefragt hatte, was seine Partei unterscheide, entgegnete Raske empört: „Wollen Sie das so stehen lassen?“')
    expect(found[0]).toMatchObject({ text: 'Wollen Sie das so stehen lassen?', speaker: 'bernd-raske' })
  })
  it('keeps the first cue when no subordinate clause opens the sentence', () => {
    expect(quotes('Sergej Lawrow sagte, als er gefragt wurde: „Das ist nicht unser Problem.“')[0]).toMatchObject({ speaker: 'sergej-lawrow' })
  })
  it('gives a later quotation after a coordinated cue and a colon to the same speaker (`…“, und fügte hinzu: „…“`)', () => {
    expect(quotes('Lawrow erläuterte den Plan so: „Es gibt zwei Wege, einer davon führt über Genf“, und fügte hinzu: „Wir werden sehen, welcher der bessere ist.“')).toEqual([
      { speaker: 'sergej-lawrow', description: null, attribution: 'cue-colon-quote', kind: 'direct', text: 'Es gibt zwei Wege, einer davon führt über Genf' },
      { speaker: 'sergej-lawrow', description: null, attribution: 'cue-colon-quote', kind: 'direct', text: 'Wir werden sehen, welcher der bessere ist.' }
    ])
  })
  it('leaves a later quotation after a colon without a coordinated cue to the other sieves', () => {
    expect(quotes('Lawrow sagte: „Es gibt zwei Wege, einer davon führt über Genf“, und Baerbock schrieb: „Wir werden sehen, welcher der bessere ist.“').filter((quote) => quote.speaker === 'sergej-lawrow')).toHaveLength(1)
  })
  it('gives a quotation after `Darin steht:` to the subject of the sentence before, whose document it is', () => {
    expect(quotes('Der Kreml gab am Dienstag eine Erklärung ab. Darin steht unter anderem: „Wir bedauern die Entscheidung der Regierung sehr.“')).toEqual([
      { speaker: 'kreml', description: null, attribution: 'cue-colon-quote', kind: 'direct', text: 'Wir bedauern die Entscheidung der Regierung sehr.' }
    ])
  })
  it('takes no document\'s author for a quoted title after `Darin steht:`, nor without a named subject before', () => {
    expect(quotes('Der Kreml gab am Dienstag eine Erklärung ab. Darin steht als Überschrift: „Frieden für alle Völker Europas“')).toEqual([])
    expect(quotes('Am Dienstag erschien eine Erklärung. Darin steht unter anderem: „Wir bedauern die Entscheidung der Regierung sehr.“')).toEqual([])
  })
})
