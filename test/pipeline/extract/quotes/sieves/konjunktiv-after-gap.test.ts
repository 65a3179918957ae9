import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

const last = (paragraph: string) => quotes(paragraph).at(-1)

describe('konjunktiv-after-gap', () => {
  it('carries the last speaker over a sentence without a verb of saying', () => {
    expect(last('„Die Deponie ist sicher“, sagte Harald Brink. Die Stadtreinigung prüft den Fall. Für ein Jahr sei es rechtens, Abfälle dort zu lagern.')).toMatchObject({ attribution: 'konjunktiv-after-gap', speaker: 'harald-brink' })
    expect(last('„Die Deponie ist sicher“, sagte Sergej Lawrow. Dann lehnte die Nato den Vorschlag ab. Für ein Jahr sei es rechtens, Abfälle dort zu lagern.')).toMatchObject({ attribution: 'konjunktiv-after-gap', speaker: 'sergej-lawrow' })
  })
  it('hands the Konjunktiv to the subject of a verb of saying in the sentence between', () => {
    expect(last('„Die Deponie ist sicher“, sagte Harald Brink. Die Stadtreinigung äußerte Zweifel an der Darstellung. Für ein Jahr sei es rechtens, Abfälle dort zu lagern.')).toMatchObject({ attribution: 'konjunktiv-after-gap', speaker: null, description: 'Die Stadtreinigung' })
    expect(last('„Die Deponie ist sicher“, sagte Harald Brink. Die Nato äußerte Zweifel an der Darstellung. Für ein Jahr sei es rechtens, Abfälle dort zu lagern.')).toMatchObject({ speaker: 'nato' })
  })
  it('keeps the speaker when the sentence between is their own (`Er äußerte Zweifel`)', () => {
    expect(last('„Die Deponie ist sicher“, sagte Harald Brink. Er äußerte Zweifel an der Darstellung. Für ein Jahr sei es rechtens, Abfälle dort zu lagern.')).toMatchObject({ speaker: 'harald-brink' })
  })
})
