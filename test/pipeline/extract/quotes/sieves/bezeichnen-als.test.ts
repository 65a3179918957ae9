import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('bezeichnen-als', () => {
  it('takes the object and its quoted label as a mixed quote of the subject', () => {
    expect(quotes('Lawrow bezeichnete das Treffen als „sehr nützlich“.')).toEqual([
      { speaker: 'sergej-lawrow', description: null, attribution: 'bezeichnen-als', kind: 'mixed', text: 'das Treffen als sehr nützlich' }
    ])
  })
  it('ends the label at its quotation before a coordinated cue, whose clause is the subject\'s too', () => {
    expect(quotes('Sacharowa bezeichnete die Berichte als „gezielte Fälschungen“ und fügte hinzu, der Westen verbreite Lügen.')).toEqual([
      { speaker: 'maria-sacharowa', description: null, attribution: 'bezeichnen-als', kind: 'mixed', text: 'die Berichte als gezielte Fälschungen' },
      { speaker: 'maria-sacharowa', description: null, attribution: 'bezeichnen-als', kind: 'indirect', text: 'der Westen verbreite Lügen' }
    ])
  })
  it('keeps words after the quotation that go on without a comma or `und` in the label', () => {
    expect(quotes('Lawrow bezeichnete das Treffen als „nützlich“ für beide Seiten.')[0]).toMatchObject({ attribution: 'bezeichnen-als', text: 'das Treffen als nützlich für beide Seiten' })
  })
  it('adds no clause after `und` without a cue', () => {
    expect(quotes('Lawrow bezeichnete das Treffen als „sehr nützlich“ und reiste am Abend ab.')).toHaveLength(1)
  })
  it('keeps a genitive of the object in the label (`die Erweiterung der Befugnisse als „…“`)', () => {
    expect(quotes('Er halte den Plan für vertretbar, und Lawrow bezeichnete die Erweiterung der Befugnisse als „maßvoll“.').find((quote) => quote.attribution === 'bezeichnen-als')).toMatchObject({ text: 'die Erweiterung der Befugnisse als maßvoll' })
  })
  it('still skips an inverted subject before the object', () => {
    expect(quotes('Am Montag bezeichnete die Außenministerin das Treffen als „sehr nützlich“.')[0]).toMatchObject({ attribution: 'bezeichnen-als', text: 'das Treffen als sehr nützlich' })
  })
})
