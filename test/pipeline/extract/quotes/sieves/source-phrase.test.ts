import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('source-phrase', () => {
  it('gives the clause without a `laut` phrase to its source', () => {
    expect(quotes('Laut dem Kreml bleibt die Grenze bis Montag offen.')[0]).toMatchObject({ speaker: 'kreml', attribution: 'source-phrase', text: 'bleibt die Grenze bis Montag offen' })
    expect(quotes('Die Lage ist laut dem Kreml unter Kontrolle.')[0]).toMatchObject({ speaker: 'kreml', attribution: 'source-phrase', text: 'Die Lage ist unter Kontrolle' })
  })
  it('reads `laut werden` as the adjective, not as a source', () => {
    expect(quotes('Schon im Herbst war Kritik an den Manövern laut geworden.')).toEqual([])
    expect(quotes('Vorwürfe wurden laut, die Behörden hätten zu spät gewarnt.').filter((quote) => quote.attribution === 'source-phrase')).toEqual([])
  })
  it('gives a source inside a relative clause that clause alone, not the sentence', () => {
    expect(quotes('Ein Lager, das laut dem Kreml seit Jahren leer steht, wird im Frühjahr abgerissen.')).toEqual([
      { speaker: 'kreml', attribution: 'source-phrase', kind: 'indirect', text: 'das seit Jahren leer steht', description: null }
    ])
    expect(quotes('Die Brücke, über die nach Angaben der Nato täglich Panzer rollen, bleibt gesperrt.')[0]).toMatchObject({ attribution: 'source-phrase', text: 'über die täglich Panzer rollen' })
  })
  it('keeps the whole clause when the comma before the source opens no relative clause', () => {
    expect(quotes('Die Regierung in Kiew ist sicher, die Truppen werden laut dem Kreml bis Montag abgezogen.')[0]).toMatchObject({ speaker: 'kreml', attribution: 'source-phrase', text: 'Die Regierung in Kiew ist sicher, die Truppen werden bis Montag abgezogen' })
    expect(quotes('Laut dem Kreml ist die Grenze, die im Sommer geschlossen wurde, wieder offen.')[0]).toMatchObject({ speaker: 'kreml', attribution: 'source-phrase', text: 'ist die Grenze, die im Sommer geschlossen wurde, wieder offen' })
  })
  it('keeps a relative clause nested in the one the source vouches for (`…, das nach X 28 Gebäude, die …, geprüft hat, …`)', () => {
    expect(quotes('Ein Prüfamt, das nach Angaben der Stadt zwölf Brücken, die schon marode waren, ohne Kontrolle freigegeben hat, wurde geschlossen.').map(({ text }) => text)).toEqual([
      'das zwölf Brücken, die schon marode waren, ohne Kontrolle freigegeben hat'
    ])
  })
  it('gives a source after `und` (or `und so`) its own conjunct only, and reads `nach jetzigem Ermittlungsstand`', () => {
    expect(quotes('Die Männer sollen die Scheiben eingeschlagen haben und laut Polizei auch Feuer gelegt haben.').map(({ text }) => text)).toEqual(['auch Feuer gelegt haben'])
    expect(quotes('Die Angreifer stürmten das Gebäude und so nach ersten Angaben drei Wachleute verletzt, bevor sie flohen.').map(({ text }) => text)).toEqual(['drei Wachleute verletzt, bevor sie flohen'])
    expect(quotes('Nach jetzigem Ermittlungsstand war der Fahrer zu schnell unterwegs.').map(({ text, description }) => ({ text, description }))).toEqual([
      { text: 'war der Fahrer zu schnell unterwegs', description: 'jetzigem Ermittlungsstand' }
    ])
  })
  it('reads `gemäß` with a person or a name as `laut`, not `gemäß` a definite norm', () => {
    expect(quotes('Die Trümmer verteilten sich gemäß einem Augenzeugen über ein weites Feld.').map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'Die Trümmer verteilten sich über ein weites Feld', speaker: null }
    ])
    expect(quotes('Gemäß der Nato sind die Truppen abgezogen.').map(({ text, speaker }) => ({ text, speaker }))).toEqual([{ text: 'sind die Truppen abgezogen', speaker: 'nato' }])
    expect(quotes('Gemäß dem Vertrag muss die Miete bis Montag gezahlt werden.')).toEqual([])
    expect(quotes('Das Recht wurde allmählich gemäß dem Glauben der Mehrheit verändert.')).toEqual([])
  })
  it('gives a role noun in the genitive of a source noun to the person last named with that role (`nach Auffassung der Kanzlerin`)', () => {
    expect(quotes('Kanzlerin Angela Merkel reiste am Morgen ab.', 'Nach Auffassung der Kanzlerin ist die Übung lange geplant gewesen.')[0]).toMatchObject({ speaker: 'angela-merkel', attribution: 'source-phrase' })
    expect(quotes('Außenminister Sergej Lawrow reiste am Morgen ab.', 'Nach Angaben des Ministers ist die Übung lange geplant gewesen.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'source-phrase' })
  })
  it('keeps a genitive role noun without a holder, or of another office, an unnamed source', () => {
    expect(quotes('Nach Auffassung der Kanzlerin ist die Übung lange geplant gewesen.')[0]).toMatchObject({ speaker: null, description: 'Auffassung der Kanzlerin' })
    expect(quotes('Außenministerin Annalena Baerbock reiste am Morgen ab.', 'Nach Angaben des Staatsanwalts ist die Übung lange geplant gewesen.')[0]).toMatchObject({ speaker: null, description: 'Angaben des Staatsanwalts' })
  })
  it('leaves a sentence opened by `Wie X mitteilte,` to X, a source phrase in it included', () => {
    expect(quotes('Wie Regierungssprecher Sergej Lawrow mitteilte, ist nach Auffassung der Kanzlerin die Übung unverzichtbar.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'wie-clause-first' })
  })
  it('keeps the source phrase when the `wie` clause names no speaker', () => {
    expect(quotes('Wie berichtet, ist nach Angaben der Nato die Übung unverzichtbar.')[0]).toMatchObject({ speaker: 'nato', attribution: 'source-phrase' })
  })
  it('reads an indefinite genitive after the source noun (`nach Aussage einer Sprecherin der Stadt X`): the named body speaks', () => {
    expect(quotes('Nach Aussage einer Sprecherin der Stadt Den Haag zieht der Abgeordnete ins Rathaus ein.')[0]).toMatchObject({ speaker: 'den-haag', text: 'zieht der Abgeordnete ins Rathaus ein' })
    expect(quotes('Nach Angaben eines Sprechers der Nato zieht der Abgeordnete ins Rathaus ein.')[0]).toMatchObject({ speaker: 'nato', text: 'zieht der Abgeordnete ins Rathaus ein' })
  })
  it('keeps an indefinite genitive without a named body an unnamed source', () => {
    expect(quotes('Nach Aussage einer Sprecherin der Stadt zieht der Abgeordnete ins Rathaus ein.')[0]).toMatchObject({ speaker: null, description: 'Aussage einer Sprecherin der Stadt' })
  })
  it('gives a source phrase that opens a parenthesis (dashes or brackets) the parenthesis alone', () => {
    expect(quotes('Vor dem Haus wartete der Täter – nach Zeugenaussagen ein früherer Nachbar – auf die Familie.')).toEqual([
      { speaker: null, description: 'Zeugenaussagen', attribution: 'source-phrase', kind: 'indirect', text: 'ein früherer Nachbar' }
    ])
    expect(quotes('Viele Menschen kamen (nach Polizeiangaben mehr als dreitausend Teilnehmer) auf den Platz.')[0]).toMatchObject({ attribution: 'source-phrase', text: 'mehr als dreitausend Teilnehmer' })
  })
  it('keeps the whole clause when the dash before the source closes no parenthesis, and drops a parenthesis too short to quote', () => {
    expect(quotes('Die Brücke bleibt gesperrt – nach Angaben der Stadt bis Ende März.')[0]).toMatchObject({ attribution: 'source-phrase', text: 'Die Brücke bleibt gesperrt – bis Ende März' })
    expect(quotes('Der Täter – nach Zeugenaussagen ein Nachbar – floh.')).toEqual([])
  })
  it('takes a coordinated second source into the phrase (`nach Angaben von AFP und Reuters`)', () => {
    expect(quotes('In der Fabrik sind nach Angaben von AFP und Reuters drei Arbeiter verletzt worden.')[0]).toMatchObject({ attribution: 'source-phrase', text: 'In der Fabrik sind drei Arbeiter verletzt worden' })
    expect(quotes('Laut dem Kreml und der Nato ist das Treffen verschoben.')[0]).toMatchObject({ speaker: 'kreml', text: 'ist das Treffen verschoben' })
  })
  it('leaves an `und` after the source that opens a conjunct of its own', () => {
    expect(quotes('Laut dem Kreml wurde das Treffen verschoben und die Delegation reiste ab.')[0]).toMatchObject({ speaker: 'kreml', text: 'wurde das Treffen verschoben und die Delegation reiste ab' })
  })
})
