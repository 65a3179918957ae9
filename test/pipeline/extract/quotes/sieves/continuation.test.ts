import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

const said = 'Lawrow sagte, die Nato rüste auf.'

describe('continuation', () => {
  it('continues the speaker over several Konjunktiv sentences, and stops at the indicative', () => {
    expect(quotes(`${said} Man werde darauf antworten müssen. Dies sei keine Drohung. Die Gespräche in Genf beginnen am Montag.`).map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))).toEqual([
      { text: 'die Nato rüste auf', speaker: 'sergej-lawrow', attribution: 'cue-clause' },
      { text: 'Man werde darauf antworten müssen', speaker: 'sergej-lawrow', attribution: 'continuation' },
      { text: 'Dies sei keine Drohung', speaker: 'sergej-lawrow', attribution: 'continuation' }
    ])
  })
  it('does not read a past indicative that looks like Konjunktiv II (`wollten`, `gingen`) as reported speech', () => {
    expect(quotes(`${said} Die Delegationen wollten am Abend abreisen.`)).toHaveLength(1)
    expect(quotes(`${said} Am Abend gingen die Gespräche in kleiner Runde weiter.`)).toHaveLength(1)
    expect(quotes(`${said} Baerbock wollte sich dazu nicht äußern.`)).toHaveLength(1)
  })
  it('still continues with a Konjunktiv II that differs from the indicative', () => {
    expect(quotes(`${said} Andernfalls hätten die Gespräche keinen Sinn.`)[1]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'continuation', text: 'Andernfalls hätten die Gespräche keinen Sinn' })
    expect(quotes('Lawrow sagte: „Wir sind bereit.“ Offen bliebe aber die Frage der Raketen.')[1]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'continuation', text: 'Offen bliebe aber die Frage der Raketen' })
    expect(quotes(`${said} Ohne Garantien fände kein Treffen statt.`)[1]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'continuation' })
  })
  it('does not read `blieben`, `hielten`, `ließen` (also the past indicative) as Konjunktiv II', () => {
    expect(quotes(`${said} Die Delegationen blieben bis zum Abend in Genf.`)).toHaveLength(1)
  })
  it('does not continue with a sentence whose only quotation is a slogan or scare quote of under four words', () => {
    expect(quotes(`${said} Am Abend zogen Demonstranten vor die Botschaft und riefen Parolen wie „Keine Panzer“.`).map(({ attribution }) => attribution)).toEqual(['cue-clause'])
    // A quotation of words, or a short one with a cue verb, still continues the speaker.
    expect(quotes(`${said} Am Abend folgte der Zusatz „Wir haben keine Wahl mehr“.`).map(({ attribution }) => attribution)).toEqual(['cue-clause', 'continuation'])
    expect(quotes(`${said} Andernfalls drohten „harte Antworten“.`).map(({ attribution }) => attribution)).toEqual(['cue-clause', 'continuation'])
    // A cue whose subject is a role noun starts something new.
    expect(quotes(`${said} Am Abend wies der Sprecher alle Vorwürfe als „haltlos“ zurück.`).map(({ attribution }) => attribution)).toEqual(['cue-clause'])
  })
  it('reads `heißen` after a quoted name as naming, not as a cue that makes the name quoted words', () => {
    const said = 'Lawrow sagte: „Wir ziehen niemanden ab und warten die Antwort ab.“'
    expect(quotes(`${said} Über die Herkunft des Schiffes, das ein Symbol der Flotte ist und „Morning Star“ heißt, schweigt er.`).map(({ attribution }) => attribution)).toEqual(['cue-colon-quote'])
    // A quoted phrase with a speech verb still goes on.
    expect(quotes(`${said} Er drohte mit „harten Antworten“.`).map(({ attribution }) => attribution)).toEqual(['cue-colon-quote', 'continuation'])
  })
  it('takes a Konjunktiv II only in a later clause as the narrator\'s, not as a continuation', () => {
    const said = 'Lawrow sagte, die Nato rüste auf.'
    expect(quotes(`${said} Bis zuletzt war nicht klar, ob das Gericht die Klage annehmen würde.`).map(({ attribution }) => attribution)).toEqual(['cue-clause'])
    expect(quotes(`${said} Man würde sonst die Lage verschärfen.`).map(({ attribution }) => attribution)).toEqual(['cue-clause', 'continuation'])
  })
  it('reads no Konjunktiv of a comparison (`als ob`) or of a wish formula as reported speech', () => {
    expect(quotes(`${said} Die Regierung in Kiew tut so, als ob nichts geschehen sei.`)).toHaveLength(1)
    expect(quotes(`${said} Es lebe die Freundschaft der Völker.`)).toHaveLength(1)
    expect(quotes(`${said} Gott sei Dank blieb es an der Grenze ruhig.`)).toHaveLength(1)
    expect(quotes(`${said} Möge die Vernunft am Ende siegen.`)).toHaveLength(1)
    // A Konjunktiv I in the main clause still continues (`als ob` in a clause of it changes nothing).
    expect(quotes(`${said} Die Allianz tue so, als ob sie bedroht werde.`)[1]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'continuation' })
  })
  it('reads no conditional in Konjunktiv II alone as the speaker\'s words', () => {
    expect(quotes(`${said} Hätte die Nato früher reagiert, wäre der Konflikt vermieden worden.`)).toHaveLength(1)
    expect(quotes(`${said} Wenn die Nato ihre Truppen abzöge, wäre die Lage entspannter.`)).toHaveLength(1)
  })
  it('goes on over a strong verb\'s Konjunktiv I (`falle`), and a new cue starts a new speaker\'s run', () => {
    expect(quotes(`${said} Man habe alle Optionen geprüft. Eine Entscheidung falle im Januar.`).map(({ speaker, attribution }) => ({ speaker, attribution }))).toEqual([
      { speaker: 'sergej-lawrow', attribution: 'cue-clause' },
      { speaker: 'sergej-lawrow', attribution: 'continuation' },
      { speaker: 'sergej-lawrow', attribution: 'continuation' }
    ])
    expect(quotes(`${said} Baerbock erklärte, man sei zu Gesprächen bereit. Die Nato habe ihre Zusagen eingehalten.`).map(({ speaker }) => speaker)).toEqual(['sergej-lawrow', 'annalena-baerbock', 'annalena-baerbock'])
  })
})
