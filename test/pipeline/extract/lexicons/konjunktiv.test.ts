import { describe, expect, it } from 'vitest'
import { isKonjunktivOne } from '../../../../src/pipeline/extract/lexicons/konjunktiv.js'
import { quotes } from '../quotes/_run.js'

describe('isKonjunktivOne', () => {
  it('knows listed stems, their separable prefixes and the irregular forms', () => {
    expect(isKonjunktivOne('sei')).toBe(true)
    expect(isKonjunktivOne('stelle')).toBe(true)
    expect(isKonjunktivOne('hinzukomme')).toBe(true)
    expect(isKonjunktivOne('stellt')).toBe(false)
  })
  it('takes the regular `-iere` form of any verb in `-ieren`, listed or not, but not its indicative or `schiere`', () => {
    expect(isKonjunktivOne('resultiere')).toBe(true)
    expect(isKonjunktivOne('patrouilliere')).toBe(true)
    expect(isKonjunktivOne('resultiert')).toBe(false)
    expect(isKonjunktivOne('resultieren')).toBe(false)
    expect(isKonjunktivOne('schiere')).toBe(false)
    expect(isKonjunktivOne('viere')).toBe(false)
  })
  it('lets reported speech continue over a sentence whose verb is an unlisted `-ieren` verb', () => {
    const found = quotes('Lawrow sagte, die Lage sei ernst. Die Allianz patrouilliere seit Wochen an der Grenze.')
    expect(found.map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'die Lage sei ernst', speaker: 'sergej-lawrow' },
      { text: 'Die Allianz patrouilliere seit Wochen an der Grenze', speaker: 'sergej-lawrow' }
    ])
    expect(quotes('Lawrow sagte, die Lage sei ernst. Die Allianz patrouilliert seit Wochen an der Grenze.')).toHaveLength(1)
  })
  it('knows strong verbs whose indicative changes its vowel (`fällt` → `falle`, `wirft` → `werfe`), but not `zufolge`', () => {
    for (const form of ['falle', 'werfe', 'schlage', 'lese', 'beginne', 'heranrücke', 'erinnere']) expect(isKonjunktivOne(form)).toBe(true)
    for (const form of ['fällt', 'wirft', 'zufolge', 'eine', 'lange']) expect(isKonjunktivOne(form)).toBe(false)
  })
})
