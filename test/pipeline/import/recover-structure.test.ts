import { describe, expect, it } from 'vitest'
import { recoverStructure } from '../../../src/pipeline/import/recover-structure.js'

// Synthetic texts written for these tests.
const raw = [
  ' date 2021-12 Die Ministerin spricht in Riga. Foto: Erika Muster/dpa (Bild: dpa)',
  '',
  'Riga - Die Außenminister der Allianz trafen sich am Dienstag. Sie berieten lange.',
  '',
  'Ein Treffen im Schnee',
  '',
  'Die Gespräche sollen im Frühjahr weitergehen, hieß es.(abc/afp)'
].join('\n')

describe('recoverStructure', () => {
  const result = recoverStructure(raw)

  it('turns a ` date YYYY-MM` marker into the date', () => {
    expect(result.date).toBe('2021-12')
    expect(result.dateMarker).toBe('date 2021-12')
  })

  it('moves a leading photo caption and its credits into image metadata', () => {
    expect(result.image).toEqual({ caption: 'Die Ministerin spricht in Riga.', credit: 'Foto: Erika Muster/dpa (Bild: dpa)' })
    expect(result.credits.filter((credit) => credit.kind === 'photo').map((credit) => credit.text)).toEqual(['Erika Muster/dpa', 'dpa'])
    expect(result.blocks[0]!.text).not.toContain('Foto')
  })

  it('moves a dateline into metadata and out of the paragraph', () => {
    expect(result.dateline).toBe('Riga')
    expect(result.blocks[0]).toEqual({ type: 'paragraph', text: 'Die Außenminister der Allianz trafen sich am Dienstag. Sie berieten lange.' })
  })

  it('turns a short standalone line without final punctuation into a subheading', () => {
    expect(result.blocks[1]).toEqual({ type: 'heading', text: 'Ein Treffen im Schnee' })
  })

  it('moves a trailing agency credit into credits and agencies', () => {
    expect(result.credits.at(-1)).toEqual({ kind: 'agency', text: 'abc/afp' })
    expect(result.agencies).toEqual(['dpa', 'AFP'])
    expect(result.blocks.at(-1)!.text).toBe('Die Gespräche sollen im Frühjahr weitergehen, hieß es.')
  })

  it('keeps a short question as a subheading but not a sentence ending in a period', () => {
    const { blocks } = recoverStructure('Erster Absatz mit Text.\n\nWas nun?\n\nDas ist ein Satz.\n\nLetzter Absatz.')
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph'])
  })

  it('does not take a long line without final punctuation for a subheading', () => {
    const { blocks } = recoverStructure(
      'Erster Absatz.\n\nDer Rat sagte dass alle Seiten die Gespräche im Frühjahr fortsetzen wollen und dabei bleiben\n\nLetzter Absatz.'
    )
    expect(blocks[1]!.type).toBe('paragraph')
  })

  it('does not read a parenthesis that names no agency as a credit', () => {
    const result = recoverStructure('Ein Absatz über die OSZE (Wien)')
    expect(result.credits).toEqual([])
    expect(result.blocks[0]!.text).toBe('Ein Absatz über die OSZE (Wien)')
  })

  it('normalizes to NFC, LF and single spaces', () => {
    const { blocks } = recoverStructure('Bru\u0308ssel  ist\r\nschön.\r\n\r\nZweiter\u00a0Absatz.')
    expect(blocks.map((block) => block.text)).toEqual(['Brüssel ist schön.', 'Zweiter Absatz.'])
  })

  it('leaves text without a marker, caption or dateline in the body', () => {
    const result = recoverStructure('Moskau hat reagiert. Die Nato schweigt.')
    expect(result).toMatchObject({ date: undefined, image: undefined, dateline: undefined, credits: [] })
    expect(result.blocks).toEqual([{ type: 'paragraph', text: 'Moskau hat reagiert. Die Nato schweigt.' }])
  })

  it('starts a paragraph at each speaker label line of a transcript or interview', () => {
    const result = recoverStructure('Jens Stoltenberg, Nato-Generalsekretär\nWir stehen zusammen.\n\nFrage: Wie geht es weiter?\nLawrow: Wir warten ab.\nDas kann dauern.')
    expect(result.blocks).toEqual([
      { type: 'paragraph', text: 'Jens Stoltenberg, Nato-Generalsekretär' },
      { type: 'paragraph', text: 'Wir stehen zusammen.' },
      { type: 'paragraph', text: 'Frage: Wie geht es weiter?' },
      { type: 'paragraph', text: 'Lawrow: Wir warten ab. Das kann dauern.' }
    ])
  })
  it('keeps the lines of a hard-wrapped paragraph together', () => {
    expect(recoverStructure('Am Montag sagte der russische Außenminister bei einem Besuch in\nMoskau: Die Lage sei ernst.').blocks).toEqual([{ type: 'paragraph', text: 'Am Montag sagte der russische Außenminister bei einem Besuch in Moskau: Die Lage sei ernst.' }])
  })
})
