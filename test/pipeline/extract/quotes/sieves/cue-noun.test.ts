import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('cue-noun', () => {
  it('gives the clause after a speech noun to a genitive name before it, and ends it before the main verb', () => {
    expect(quotes('Moskaus Forderung, die Nato dürfe sich nicht weiter nach Osten ausdehnen, lehnte Stoltenberg ab.')).toEqual([
      { text: 'die Nato dürfe sich nicht weiter nach Osten ausdehnen', speaker: 'moskau', kind: 'indirect', attribution: 'cue-noun', description: null }
    ])
  })
  it('takes the speaker from a genitive phrase or a genitive name after the noun', () => {
    expect(quotes('Die Warnung der Nato, ein Angriff werde schwere Folgen haben, wies der Kreml zurück.')[0]).toMatchObject({ speaker: 'nato', text: 'ein Angriff werde schwere Folgen haben', attribution: 'cue-noun' })
    expect(quotes('Stoltenberg lehnte die Forderung Russlands, dass die Allianz keine neuen Mitglieder aufnehmen solle, als unannehmbar ab.')[0]).toMatchObject({ speaker: 'russland', text: 'dass die Allianz keine neuen Mitglieder aufnehmen solle', attribution: 'cue-noun' })
  })
  it('gives the clause to the subject of a verb that makes the act its own', () => {
    expect(quotes('Stoltenberg bekräftigte seine Forderung, Russland müsse die Truppen von der Grenze abziehen.')[0]).toMatchObject({ speaker: 'jens-stoltenberg', text: 'Russland müsse die Truppen von der Grenze abziehen', attribution: 'cue-noun' })
    expect(quotes('Lawrow erneuerte den Vorwurf, die Allianz bedrohe die Sicherheit Russlands.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'cue-noun' })
  })
  it('ends a `zu` infinitive after a noun at its comma', () => {
    expect(quotes('Baerbock unterstützte die Forderungen der Nato, die Manöver an der Grenze zu beenden, allerdings nur zum Teil.')[0]).toMatchObject({ speaker: 'nato', text: 'die Manöver an der Grenze zu beenden' })
  })
  it('finds no quote in a rejected accusation without its author: it is not the words of the one who rejects it', () => {
    expect(quotes('Lawrow wies den Vorwurf zurück, Russland plane einen Angriff auf die Ukraine.')).toEqual([])
    expect(quotes('Lawrow bestritt die Behauptung, dass russische Soldaten in der Ostukraine kämpften.')).toEqual([])
  })
  it('finds no quote in a speech noun without a clause of words', () => {
    expect(quotes('Der Vorwurf wiegt schwer.')).toEqual([])
    // `Forderung nach` names a demand, not its words: without a speech act it is no quote.
    expect(quotes('Die Forderung nach höheren Löhnen wurde abgelehnt.')).toEqual([])
    expect(quotes('Die Forderung, die Russland im Dezember gestellt habe, liegt der Nato vor.')).toEqual([])
    expect(quotes('Die Zusage kam am Montag, nachdem die Gespräche in Genf beendet waren.')).toEqual([])
  })
  it('needs a speaker: a speech noun without possessor or own-speech verb decides nothing', () => {
    expect(quotes('Die Forderung, die Truppen abzuziehen, wurde in Brüssel abgelehnt.').filter((quote) => quote.attribution === 'cue-noun')).toEqual([])
  })
  it('leaves a speech noun inside a reported clause to the cue verb', () => {
    expect(quotes('Lawrow sagte, die Forderung der Nato, Russland solle abziehen, sei inakzeptabel.')).toEqual([
      { text: 'die Forderung der Nato, Russland solle abziehen, sei inakzeptabel', speaker: 'sergej-lawrow', kind: 'indirect', attribution: 'cue-clause', description: null }
    ])
  })
  it('gives the clause after `mit der Begründung, …` (a particle may follow the noun) to the sentence\'s subject', () => {
    expect(quotes('Die Nato sagte das Treffen mit der Begründung ab, Russland habe keine Vorschläge gemacht.').map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))).toEqual([
      { text: 'Russland habe keine Vorschläge gemacht', speaker: 'nato', attribution: 'cue-noun' }
    ])
    expect(quotes('Lawrow lehnte mit dem Hinweis, die Gespräche seien beendet, jede Frage ab.')[0]).toMatchObject({ text: 'die Gespräche seien beendet', speaker: 'sergej-lawrow' })
  })
  it('takes a chain of `zu` infinitives after an own-speech verb with `den Befehl`', () => {
    expect(quotes('Putin erteilte der Armee den Befehl, die Grenze zu sichern, Vorräte anzulegen und Manöver abzuhalten.').map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'die Grenze zu sichern, Vorräte anzulegen und Manöver abzuhalten', speaker: 'wladimir-putin' }
    ])
  })
  it('takes no relative clause after `mit der Begründung` and no command without its giver', () => {
    expect(quotes('Lawrow kam mit der Begründung, die er am Vortag vorbereitet hatte.')).toEqual([])
    expect(quotes('Der Befehl, die Stadt zu räumen, kam am Abend.')).toEqual([])
  })
  it('takes no reason after `mit dem Hinweis` when a thing is the subject, and keeps the one of a body that can speak', () => {
    expect(quotes('Die Sperrung der Straße erfolgte mit dem Hinweis, die Brücke sei einsturzgefährdet.')).toEqual([])
    expect(quotes('Die Absage des Konzerts kam mit dem Hinweis, der Dirigent sei erkrankt.')).toEqual([])
    expect(quotes('Das Gericht lehnte den Antrag mit dem Hinweis ab, die Frist sei abgelaufen.').map(({ text, attribution }) => ({ text, attribution }))).toEqual([
      { text: 'die Frist sei abgelaufen', attribution: 'cue-noun' }
    ])
  })
  it('takes the clause after a cue noun closed by an own-speech participle (`hatte die Vorgabe gemacht, …`), not after another verb', () => {
    expect(quotes('Die Nato hatte die Vorgabe gemacht, dass nur über den Gipfel berichtet werden durfte.').map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))).toEqual([
      { text: 'dass nur über den Gipfel berichtet werden durfte', speaker: 'nato', attribution: 'cue-noun' }
    ])
    expect(quotes('Die Agentur hatte die Vorgabe erfüllt, dass nur kurz berichtet wird.')).toEqual([])
  })
  it('gives the clause after `mit den Worten,` and a quotation right after `mit den Worten` to the subject', () => {
    expect(quotes('Baerbock beendete die Sitzung mit den Worten, man werde sich in Genf wiedersehen.')).toEqual([
      { speaker: 'annalena-baerbock', description: null, attribution: 'cue-noun', kind: 'indirect', text: 'man werde sich in Genf wiedersehen' }
    ])
    expect(quotes('Mit den Worten „Jetzt werden alle Fragen in Genf besprochen“ verließ Lawrow den Saal.')).toEqual([
      { speaker: 'sergej-lawrow', description: null, attribution: 'cue-noun', kind: 'direct', text: 'Jetzt werden alle Fragen in Genf besprochen' }
    ])
  })
  it('takes no quoted term after `mit den Worten` of a title, nor `Worten` without `mit`', () => {
    expect(quotes('Lawrow verließ mit den Worten „Nein“ den Saal.')).toEqual([])
    expect(quotes('Nach den Worten des Ministers „Frieden für alle Völker“ folgte Applaus.').filter((quote) => quote.attribution === 'cue-noun')).toEqual([])
  })
  it('does not count a parenthesis in the genitive phrase between noun and comma (`des Ministers X (SPD)`)', () => {
    expect(quotes('Auch lehnte Baerbock den Vorschlag des Außenministers Sergej Lawrow (Russland) ab, die Kontrolle der Grenze einer Kommission zu unterstellen.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'cue-noun', text: 'die Kontrolle der Grenze einer Kommission zu unterstellen' })
  })
  it('still takes no clause after a noun phrase of more than five words outside the parenthesis', () => {
    expect(quotes('Auch lehnte Baerbock den Vorschlag des früheren russischen Außenministers der Regierung in Moskau (Russland) ab, die Kontrolle einer Kommission zu unterstellen.').filter((quote) => quote.attribution === 'cue-noun')).toEqual([])
  })
  it('reads a subject with its own `zu` infinitive before the Konjunktiv verb (`das Eingeständnis X, ihre Entscheidung, … zu …, sei falsch gewesen`)', () => {
    expect(quotes('Das Eingeständnis der Außenministerin Annalena Baerbock, ihre Entscheidung, dem Diplomaten die Akkreditierung zu entziehen, sei falsch gewesen, führte zu einem Misstrauensantrag.')[0]).toMatchObject({
      speaker: 'annalena-baerbock', attribution: 'cue-noun', text: 'ihre Entscheidung, dem Diplomaten die Akkreditierung zu entziehen, sei falsch gewesen'
    })
  })
  it('takes no noun phrase with an infinitive and an indicative after it', () => {
    expect(quotes('Die Erklärung der Außenministerin Annalena Baerbock, ihre Entscheidung, dem Diplomaten die Akkreditierung zu entziehen, war lange erwartet worden.').filter((quote) => quote.attribution === 'cue-noun')).toEqual([])
  })
})
