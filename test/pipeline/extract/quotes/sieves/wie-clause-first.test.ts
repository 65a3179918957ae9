import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('wie-clause-first', () => {
  it('gives the main clause after `Wie X mitteilte,` to X', () => {
    expect(quotes('Wie der Kreml am Abend mitteilte, wird das Treffen auf Freitag verschoben.')[0]).toMatchObject({ speaker: 'kreml', text: 'wird das Treffen auf Freitag verschoben', attribution: 'wie-clause-first' })
  })
  it('reads a separable cue written apart (`bekannt gab`)', () => {
    expect(quotes('Wie Lawrow heute bekannt gab, reist die Delegation nach Genf.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'wie-clause-first' })
  })
  it('takes no `wie` clause without a cue (`Wie erwartet, …`)', () => {
    expect(quotes('Wie erwartet, blieb das Treffen ohne Ergebnis.')).toEqual([])
  })
})
