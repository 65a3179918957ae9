import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('wonach', () => {
  it('gives the clause after `, wonach` to the report named before it', () => {
    expect(quotes('Der Kreml wies Berichte zurück, wonach Truppen an die Grenze verlegt würden.')[0]).toMatchObject({ attribution: 'wonach', text: 'Truppen an die Grenze verlegt würden' })
  })
  it('reads a relative `nach der`/`nach dem` in a reporting mood as `wonach`, an article or a name after the pronoun', () => {
    expect(quotes('Die Opposition hat eine Klage eingereicht, nach der die Veröffentlichung der Ergebnisse erzwungen werden soll.')[0]).toMatchObject({ attribution: 'wonach', text: 'die Veröffentlichung der Ergebnisse erzwungen werden soll' })
    expect(quotes('Es gibt einen Bericht, nach dem Russland weitere Truppen an die Grenze verlege.')[0]).toMatchObject({ attribution: 'wonach', text: 'Russland weitere Truppen an die Grenze verlege' })
  })
  it('takes no `nach der` with a noun after it (time), nor a relative clause in the indicative', () => {
    expect(quotes('Die Delegation reiste ab, nach der Wahl soll weiterverhandelt werden.')).toEqual([])
    expect(quotes('Die Stadt ehrt den Mann, nach dem die Straße benannt ist.')).toEqual([])
  })
})
