import { describe, expect, it } from 'vitest'
import { quotes, run } from '../_run.js'

const one = (sentence: string) => quotes(sentence).map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))

describe('cue-clause', () => {
  it('takes a `zu` infinitive after a directive or commissive cue, with the particle at the end of the main clause', () => {
    expect(one('Lawrow forderte die Nato auf, die Truppen aus dem Baltikum abzuziehen.')).toEqual([{ text: 'die Truppen aus dem Baltikum abzuziehen', speaker: 'sergej-lawrow', attribution: 'cue-clause' }])
    expect(one('Lawrow rief die Nato dazu auf, auf weitere Manöver zu verzichten.')).toEqual([{ text: 'auf weitere Manöver zu verzichten', speaker: 'sergej-lawrow', attribution: 'cue-clause' }])
    expect(one('Stoltenberg versprach, die Ostflanke weiter zu stärken.')[0]).toMatchObject({ speaker: 'jens-stoltenberg' })
    expect(one('Lawrow warnte davor, die Ukraine in die Nato aufzunehmen.')[0]).toMatchObject({ text: 'die Ukraine in die Nato aufzunehmen' })
  })
  it('reads `sagte zu` and `bot an` as one split cue when the particle closes the clause', () => {
    expect(one('Baerbock sagte zu, die Ukraine weiter zu unterstützen.')).toEqual([{ text: 'die Ukraine weiter zu unterstützen', speaker: 'annalena-baerbock', attribution: 'cue-clause' }])
    expect(one('Stoltenberg bot an, die Gespräche im Nato-Russland-Rat fortzusetzen.')).toEqual([{ text: 'die Gespräche im Nato-Russland-Rat fortzusetzen', speaker: 'jens-stoltenberg', attribution: 'cue-clause' }])
    expect(one('Baerbock bat, die humanitären Korridore offen zu halten.')[0]).toMatchObject({ speaker: 'annalena-baerbock', text: 'die humanitären Korridore offen zu halten' })
  })
  it('takes `dass` after newly listed cues', () => {
    expect(one('Lawrow gestand ein, dass die Gespräche bisher keine Fortschritte gebracht hätten.')[0]).toMatchObject({ speaker: 'sergej-lawrow', text: 'dass die Gespräche bisher keine Fortschritte gebracht hätten' })
    expect(one('Der Kreml vermeldete, dass die Manöver beendet seien.')[0]).toMatchObject({ speaker: 'kreml' })
  })
  it('takes an `ob` clause after `fragte`', () => {
    expect(one('Lawrow fragte, ob die Nato überhaupt an einer Lösung interessiert sei.')[0]).toMatchObject({ speaker: 'sergej-lawrow', text: 'ob die Nato überhaupt an einer Lösung interessiert sei' })
  })
  it('does not take a purpose clause, a preposition `zu` or a non-directive cue with an infinitive', () => {
    expect(one('Lawrow reiste nach Genf, um mit Blinken zu sprechen.')).toEqual([])
    expect(one('Baerbock sagte zu Beginn der Sitzung nichts.')).toEqual([])
    // `hoffen` needs `dass` or Konjunktiv: its infinitive is an attitude, not reported words.
    expect(one('Baerbock hofft, bald nach Moskau zu reisen.')).toEqual([])
  })
  it('does not take a relative clause opened by a preposition, nor an indicative `wenn` clause after a speech verb', () => {
    expect(one('Der Kreml teilte die Liste mit, in der zwölf Staaten genannt werden.')).toEqual([])
    expect(one('Die Nato erwähnte Angriffe, bei denen Rechenzentren ausfielen.')).toEqual([])
    expect(one('Die Übung wird wiederholt, wenn die Soldaten besser ausgebildet sind.')).toEqual([])
  })
  it('still takes a Konjunktiv `wenn` clause and a clause that opens with a preposition and a noun', () => {
    expect(one('Lawrow sagte, wenn die Nato weiter vorrücke, werde Russland reagieren.')[0]).toMatchObject({ speaker: 'sergej-lawrow', text: 'wenn die Nato weiter vorrücke, werde Russland reagieren' })
    expect(one('Lawrow sagte, in dem Land herrsche seit Wochen Chaos.')[0]).toMatchObject({ speaker: 'sergej-lawrow', text: 'in dem Land herrsche seit Wochen Chaos' })
  })
  it('gives a passive cue no speaker: `sei angeboten worden` continues the last one instead', () => {
    expect(one('Die Nato teilte mit, man sei gesprächsbereit. Zudem sei angeboten worden, Fragen der Abrüstung zu besprechen.')).toEqual([
      { text: 'man sei gesprächsbereit', speaker: 'nato', attribution: 'cue-clause' },
      { text: 'Zudem sei angeboten worden, Fragen der Abrüstung zu besprechen', speaker: 'nato', attribution: 'continuation' }
    ])
  })
  it('keeps the clause of a main-clause cue whose subject names nobody it can resolve, with the speaker left unnamed', () => {
    expect(one('Der Nachfolger der zurückgetretenen Chefin, ein früherer Offizier, hat angekündigt, die Flotte werde bis 2030 verkleinert.')).toEqual([
      { text: 'die Flotte werde bis 2030 verkleinert', speaker: null, attribution: 'cue-clause' }
    ])
  })
  it('gives a coordinated cue of a sentence that a pronoun opens to that pronoun’s antecedent, not to an unnamed speaker', () => {
    expect(quotes('Olaf Scholz reiste nach Paris. Er traf Macron, sprach über Energie und sagte, beide Länder seien sich einig.').map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'beide Länder seien sich einig', speaker: 'olaf-scholz' }
    ])
  })
  it('does not make a cue that closes a relative clause or a passive (`gefordert wird,`, `geraten war,`) a speaker-less quote', () => {
    expect(one('Der Bürgermeister, dessen Rücktritt von den Händlern gefordert wird, eröffnete am Montag den Markt auf dem Platz.')).toEqual([])
    expect(one('Die Regierung, in die Zweifel geraten war, versuchte danach die Krise schnell zu beenden.')).toEqual([])
  })
  it('finds the particle of a split cue after an apposition between commas (`ging X, die Anwältin, davon aus, dass …`)', () => {
    expect(one('Damals ging Lawrow, der Außenminister Russlands, noch davon aus, dass die Gespräche scheitern würden.')).toEqual([
      { text: 'dass die Gespräche scheitern würden', speaker: 'sergej-lawrow', attribution: 'cue-clause' }
    ])
    expect(one('Stoltenberg rief die Verbündeten, eine Runde von dreißig Staaten, dazu auf, die Ostflanke zu stärken.')).toEqual([
      { text: 'die Ostflanke zu stärken', speaker: 'jens-stoltenberg', attribution: 'cue-clause' }
    ])
  })
  it('takes no particle after an apposition or relative clause when the particle does not close the clause (`aus Versehen`)', () => {
    expect(one('Der Minister gab dem Boten, einem jungen Mann, an der Tür den Brief, dann ging er.')).toEqual([])
    expect(one('Er gab die Bücher, die er gekauft hatte, aus Versehen weg.')).toEqual([])
  })
  it('reads multiword cues of belief with a `dass` clause: `ist zuversichtlich`, `schloss nicht aus`', () => {
    expect(one('Stoltenberg ist zuversichtlich, dass die Verbündeten zusammenstehen.')).toEqual([{ text: 'dass die Verbündeten zusammenstehen', speaker: 'jens-stoltenberg', attribution: 'cue-clause' }])
    expect(one('Lawrow schloss nicht aus, dass Russland weitere Truppen verlege.')[0]).toMatchObject({ text: 'dass Russland weitere Truppen verlege', speaker: 'sergej-lawrow' })
  })
  it('takes no impersonal `es ist sicher` and no `schloss … aus` of an object', () => {
    expect(one('Es ist sicher, dass der Zug heute nicht mehr kommt.')).toEqual([])
    expect(one('Die Nato schloss die Tür zum Saal aus Sicherheitsgründen ab.')).toEqual([])
  })
  it('takes no clause after a negated cue, `sich melden`, a participle of a passive or state, or an apposition after `zitiert`', () => {
    expect(one('Die Nato konnte weder bestätigen noch ausschließen, dass russische Truppen die Grenze überquert hätten.')).toEqual([])
    expect(one('Lawrow sagte nicht, dass er die Gespräche abbrechen werde.')).toEqual([])
    expect(one('Nach Jahren meldete sich Lawrow bei seinem Bruder, er hatte Heimweh.')).toEqual([])
    expect(one('Die Schadstoffe wurden auch im Grundwasser festgestellt, was auf eine alte Deponie hinweist.')).toEqual([])
    expect(one('Die Zeitung zitiert Lawrow, einen Mann mit langer Erfahrung, der seit 2004 im Amt ist.')).toEqual([])
  })
  it('still takes the clause after `zitiert … mit den Worten` and after a cue with `nicht` later in the clause', () => {
    expect(one('Die Zeitung zitiert Lawrow, Russland werde nicht nachgeben.')[0]).toMatchObject({ text: 'Russland werde nicht nachgeben', speaker: 'sergej-lawrow' })
    expect(one('Stoltenberg sagte, die Nato werde nicht nachgeben.')[0]).toMatchObject({ text: 'die Nato werde nicht nachgeben', speaker: 'jens-stoltenberg' })
  })
  it('takes a quotation right after the comma of a directive cue (`rät dazu, „… zu …“`)', () => {
    expect(one('Baerbock rät dazu, „alle Reisen nach Moskau zu verschieben“.')).toEqual([{ text: 'alle Reisen nach Moskau zu verschieben', speaker: 'annalena-baerbock', attribution: 'cue-clause' }])
    // Not after an attitude cue (`hofft`), which needs `dass` or Konjunktiv.
    expect(one('Baerbock hofft, „bald nach Moskau zu reisen“.').map(({ attribution }) => attribution)).not.toContain('cue-clause')
  })
  it('ends the clause before a coordinated finite cue of the same subject, and takes that cue\'s own clause too', () => {
    expect(one('Lawrow bestätigte, dass die Gespräche stattfinden, und kündigte an, selbst nach Genf zu reisen.')).toEqual([
      { text: 'dass die Gespräche stattfinden', speaker: 'sergej-lawrow', attribution: 'cue-clause' },
      { text: 'selbst nach Genf zu reisen', speaker: 'sergej-lawrow', attribution: 'cue-clause' }
    ])
    expect(one('Stoltenberg sagte, es sei schwierig, die Lage zu beurteilen, was er auf fehlende Daten zurückführt, bestritt aber nicht, dass die Nato wachsam sei.').map(({ text }) => text)).toEqual([
      'es sei schwierig, die Lage zu beurteilen, was er auf fehlende Daten zurückführt',
      'dass die Nato wachsam sei'
    ])
  })
  it('keeps a participle or a clause without reported words after the second cue inside the first clause', () => {
    // `gesagt` is a participle in the reported clause, no coordinated main clause.
    expect(one('Lawrow sagte, die Nato habe schon vieles angekündigt, aber wenig getan.').map(({ text }) => text)).toEqual(['die Nato habe schon vieles angekündigt, aber wenig getan'])
    // A second cue without a clause of its own ends the first clause and adds nothing.
    expect(one('Lawrow bestätigte, dass die Gespräche stattfinden, und lobte die Gastgeber.').map(({ text }) => text)).toEqual(['dass die Gespräche stattfinden'])
  })
  it('reads an article and a noun after an inverted name as a main clause when it ends in a noun, and skips a relative clause on that name', () => {
    expect(one('In Brüssel sagte Stoltenberg, die Verbündeten stünden zu ihren Zusagen an die Ukraine.')).toEqual([
      { text: 'die Verbündeten stünden zu ihren Zusagen an die Ukraine', speaker: 'jens-stoltenberg', attribution: 'cue-clause' }
    ])
    expect(one('Am Montag sagte Stoltenberg, der Russland zuvor scharf kritisiert hatte, man sei gesprächsbereit.')).toEqual([
      { text: 'man sei gesprächsbereit', speaker: 'jens-stoltenberg', attribution: 'cue-clause' }
    ])
  })
  it('takes no relative clause on an inverted name as the words (it ends in a verb)', () => {
    expect(one('Am Montag berichtete Lawrow, die Delegationen seien abgereist, was die Nato begrüßt habe.').map(({ text }) => text)).toEqual(['die Delegationen seien abgereist, was die Nato begrüßt habe'])
    expect(one('Am Montag lobte Lawrow, der die Gastgeber lange kannte.')).toEqual([])
  })
  it('takes no clause of a cue whose subject is a thing (`erklärt, warum` = causes, `schließt nicht aus` = leaves possible)', () => {
    expect(one('Die angespannte Lage erklärt, warum die Preise für Getreide steigen.')).toEqual([])
    expect(one('Das erklärt, warum die Verhandlungen so lange dauern.')).toEqual([])
    expect(one('Der Anstieg der Zinsen schloss nicht aus, dass die Baukosten weiter steigen.')).toEqual([])
    // A speaker or a body that can speak keeps the clause, named or not.
    expect(one('Lawrow erklärte, warum die Verhandlungen so lange dauern.')).toEqual([
      { text: 'warum die Verhandlungen so lange dauern', speaker: 'sergej-lawrow', attribution: 'cue-clause' }
    ])
    expect(one('Die Polizei schloss nicht aus, dass weitere Täter beteiligt waren.')).toEqual([
      { text: 'dass weitere Täter beteiligt waren', speaker: null, attribution: 'cue-clause' }
    ])
  })
  it('ends the clause of a cue in a relative clause where the main clause goes on with its verb', () => {
    expect(one('Die Verteidigerin, die erklärte, die Beweise reichten nicht aus, beantragte einen Freispruch.').map(({ text }) => text)).toEqual(['die Beweise reichten nicht aus'])
    expect(one('Lawrow, der am Morgen sagte, die Gespräche seien gescheitert, verließ Genf noch am Abend.')).toEqual([
      { text: 'die Gespräche seien gescheitert', speaker: 'sergej-lawrow', attribution: 'cue-clause' }
    ])
    // Inside the reported clause a dependent clause or Konjunktiv goes on; an apposition is no relative clause.
    expect(one('Lawrow, der sagte, die Gespräche seien gescheitert, weil die Nato nicht zuhöre, verließ Genf.').map(({ text }) => text)).toEqual(['die Gespräche seien gescheitert, weil die Nato nicht zuhöre'])
    expect(one('Lawrow sagte, die Gespräche seien gescheitert, man werde aber weiter verhandeln.').map(({ text }) => text)).toEqual(['die Gespräche seien gescheitert, man werde aber weiter verhandeln'])
  })
  it('ends each coordinated cue\'s clause at the next one, also at a third cue', () => {
    expect(one('Lawrow bestätigte, dass die Gespräche stattfinden, kündigte an, selbst nach Genf zu reisen, und sagte, die Nato trage die Verantwortung.').map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'dass die Gespräche stattfinden', speaker: 'sergej-lawrow' },
      { text: 'selbst nach Genf zu reisen', speaker: 'sergej-lawrow' },
      { text: 'die Nato trage die Verantwortung', speaker: 'sergej-lawrow' }
    ])
    // A cue without a clause of its own between them adds nothing and ends nothing wrongly.
    expect(run('Lawrow bestätigte, dass die Gespräche stattfinden, lobte die Gastgeber und sagte, die Nato trage die Verantwortung.').quotes.map(({ text, cue }) => ({ text, cue }))).toEqual([
      { text: 'dass die Gespräche stattfinden', cue: 'bestätigte' },
      { text: 'die Nato trage die Verantwortung', cue: 'sagte' }
    ])
  })
  it('takes the clause of a finding, a document or a decision (`ergab, dass`, `sieht vor, dass`, `legte fest`, `kam zu dem Ergebnis`, `hat entschieden, … zu`)', () => {
    const texts = (sentence: string) => one(sentence).map(({ text }) => text)
    expect(texts('Die Untersuchung ergab, dass die Leitung seit Jahren undicht war.')).toEqual(['dass die Leitung seit Jahren undicht war'])
    expect(texts('Der Beschluss sieht vor, dass die Truppen bis März abziehen.')).toEqual(['dass die Truppen bis März abziehen'])
    expect(texts('Das Ministerium legte fest, dass die Quote im Sommer sinkt.')).toEqual(['dass die Quote im Sommer sinkt'])
    expect(texts('Die Kommission kam zu dem Ergebnis, dass die Wahl frei gewesen sei.')).toEqual(['dass die Wahl frei gewesen sei'])
    expect(texts('Die Nato hat entschieden, das Lager an der Grenze aufzugeben.')).toEqual(['das Lager an der Grenze aufzugeben'])
    expect(texts('Die Regierung plant, die Steuern im nächsten Jahr zu senken.')).toEqual(['die Steuern im nächsten Jahr zu senken'])
    expect(texts('Des Weiteren wurde bekannt, dass der Konzern Stellen abbaut.')).toEqual(['dass der Konzern Stellen abbaut'])
  })
  it('takes no clause of `sich ergeben`, a decision still open, a document\'s relative clause or `bekannt` without a clause', () => {
    expect(one('Die Verzögerung ergibt sich daraus, dass die Teile fehlen.')).toEqual([])
    expect(one('Das Gericht muss entscheiden, ob die Klage zulässig ist.')).toEqual([])
    expect(one('Der Plan sieht eine Frist vor, die bis März läuft.')).toEqual([])
    expect(one('Der Sänger wurde durch seine Lieder bekannt, die er selbst schrieb.')).toEqual([])
    expect(one('Die Regierung plant den Bau einer Brücke, die den Fluss überquert.')).toEqual([])
  })
  it('reads the plural present of a verb in `-ern` (`fordern`) and a `zu` infinitive of any separable particle (`stillzulegen`)', () => {
    expect(one('Nach dem Unfall fordern die Anwohner, die Anlage stillzulegen.').map(({ text }) => text)).toEqual(['die Anlage stillzulegen'])
    expect(one('Am Montag forderte Lawrow, die Anlage sofort stillzulegen.')).toEqual([
      { text: 'die Anlage sofort stillzulegen', speaker: 'sergej-lawrow', attribution: 'cue-clause' }
    ])
  })
  it('keeps a stated expectation with a speaker as its subject (`ist besorgt, dass`, `ist zuversichtlich, … zu`), as WikiNews annotates it, and no mere state', () => {
    // A state of mind with a speaker as subject is what the speaker said of it (like `befürchtet, dass`); `ist überzeugt` (a belief) and
    // `ist froh` (no expectation) stay out.
    expect(one('Der Minister ist besorgt, dass die Preise weiter steigen.').map(({ text }) => text)).toEqual(['dass die Preise weiter steigen'])
    expect(one('Der Trainer ist zuversichtlich, das Finale zu erreichen.').map(({ text }) => text)).toEqual(['das Finale zu erreichen'])
    expect(one('Der Minister ist überzeugt, dass die Preise weiter steigen.')).toEqual([])
    expect(one('Der Trainer ist froh, das Finale erreicht zu haben.')).toEqual([])
  })
  it('ends the clause of a cue that closes an adverbial clause where the main clause goes on, not after a cue in second place', () => {
    expect(one('Nachdem Lawrow gesagt hatte, die Gespräche seien gescheitert, reiste er ab.')).toEqual([
      { text: 'die Gespräche seien gescheitert', speaker: 'sergej-lawrow', attribution: 'cue-clause' }
    ])
    expect(one('Nachdem erste Ermittlungen ergeben hatten, dass der Motor nicht die Ursache war, leitete die Polizei ein Verfahren ein.').map(({ text }) => text)).toEqual([
      'dass der Motor nicht die Ursache war'
    ])
    // `Da sagte X, …`: the cue is the main clause's, its clause goes on over the comma.
    expect(one('Da sagte Lawrow, die Gespräche seien gescheitert, man habe alles versucht.').map(({ text }) => text)).toEqual([
      'die Gespräche seien gescheitert, man habe alles versucht'
    ])
  })
  it('takes a `zu` infinitive without its comma after a directive participle (`hatte angekündigt bei der Wahl anzutreten`), not a `zu` phrase', () => {
    expect(one('Putin hatte am Donnerstag angekündigt bei der Wahl im September erneut anzutreten.')).toEqual([
      { text: 'bei der Wahl im September erneut anzutreten', speaker: 'wladimir-putin', attribution: 'cue-clause' }
    ])
    expect(one('Die Politiker haben dazu aufgerufen die Kontrollen in der Region zu verstärken.').map(({ text }) => text)).toEqual(['die Kontrollen in der Region zu verstärken'])
    expect(one('Die Partei hat aufgerufen zu den Waffen.')).toEqual([])
    // Not after a verb that takes no infinitive of its own (`gelobt`), nor after a passive (`wurde angekündigt`, left to `passive-cue`).
    expect(one('Putin hatte die Gastgeber gelobt bei der Wahl im September erneut anzutreten.')).toEqual([])
    expect(one('Am Donnerstag wurde angekündigt bei der Wahl im September erneut anzutreten.').map(({ attribution }) => attribution)).not.toContain('cue-clause')
  })
  it('gives the clause to a person in apposition that closes the opening noun phrase right before the verb', () => {
    expect(one('Der Nachfolger des am Montag zurückgetretenen Bahnchefs Peter Roth, Louis Gallois, hat angekündigt, die Sanierung werde Stellen kosten.')[0]).toMatchObject({ speaker: 'louis-gallois' })
    expect(one('Der neue Leiter der Mission, Louis Gallois, sagte, die Sanierung werde Stellen kosten.')[0]).toMatchObject({ speaker: 'louis-gallois' })
  })
  it('takes no object of a verb in the opening clause for an apposition of the subject', () => {
    expect(one('Der Minister traf Peter Roth, Louis Gallois, und sagte, die Sanierung werde Stellen kosten.')[0]).toMatchObject({ text: 'die Sanierung werde Stellen kosten', speaker: null })
  })
  it('takes no organization in a `durch` phrase of the subject for the speaker', () => {
    expect(one('Die durch die Nato beauftragten Gutachter erklärten, die Brücke sei sicher.')[0]).toMatchObject({ text: 'die Brücke sei sicher', speaker: null })
    expect(one('Die Gutachter der Nato erklärten, die Brücke sei sicher.')[0]).toMatchObject({ text: 'die Brücke sei sicher', speaker: 'nato' })
  })
  it('gives the clause to a person after `durch` (the mouth an organization speaks through)', () => {
    expect(one('Die Nato hat durch Generalsekretär Jens Stoltenberg erklärt, die Brücke sei sicher.')[0]).toMatchObject({ text: 'die Brücke sei sicher', speaker: 'jens-stoltenberg' })
  })
  it('reads a phrasal cue in the perfect, its noun or adjective before the participle (`hatte den Standpunkt vertreten, …`)', () => {
    expect(quotes('Lawrow hatte den Standpunkt vertreten, die Nato sei zu weit gegangen.')[0]).toMatchObject({ speaker: 'sergej-lawrow', attribution: 'cue-clause', text: 'die Nato sei zu weit gegangen' })
    expect(quotes('Der Kreml hat die Ansicht vertreten, dass die Sanktionen nichts bewirken.')[0]).toMatchObject({ speaker: 'kreml', text: 'dass die Sanktionen nichts bewirken' })
    expect(quotes('Baerbock hat sich zuversichtlich gezeigt, dass die Gespräche weitergehen.')[0]).toMatchObject({ speaker: 'annalena-baerbock', text: 'dass die Gespräche weitergehen' })
  })
  it('takes no clause after the participle of a phrasal cue without its noun, or after a relative clause', () => {
    expect(quotes('Lawrow hat die Interessen Moskaus vertreten, die Nato ebenso.')).toEqual([])
    expect(quotes('Der Kreml hat sich gezeigt, die Tür stand offen.')).toEqual([])
  })
  it('reads `war die Rede davon, dass …` as talk of an unnamed source', () => {
    expect(quotes('Zunächst war die Rede davon, dass drei Schiffe beschädigt worden seien.')).toEqual([
      { speaker: null, description: null, attribution: 'cue-clause', kind: 'indirect', text: 'dass drei Schiffe beschädigt worden seien' }
    ])
  })
  it('takes no clause after `die Rede` that is a speech given, nor one that reports no words', () => {
    expect(quotes('Lawrow hielt die Rede, die er in Genf vorbereitet hatte.')).toEqual([])
    expect(quotes('Es war die Rede des Jahres, die Säle waren voll.')).toEqual([])
  })
  it('ends a `zu` infinitive without its comma before `und` and a coordinated cue, whose clause is the same speaker\'s', () => {
    expect(one('Der Kreml hat dazu aufgerufen die Kontrollen an der Grenze zu verstärken und angekündigt, man werde hart durchgreifen.')).toEqual([
      { text: 'die Kontrollen an der Grenze zu verstärken', speaker: 'kreml', attribution: 'cue-clause' },
      { text: 'man werde hart durchgreifen', speaker: 'kreml', attribution: 'cue-clause' }
    ])
  })
  it('takes no infinitive without its comma before `und` when no `zu` infinitive stands there', () => {
    expect(one('Der Kreml hat dazu aufgerufen und angekündigt, man werde hart durchgreifen.').map(({ text }) => text)).toEqual(['man werde hart durchgreifen'])
  })
  it('reads a pronoun right before a speech participle and its auxiliary as the subject of a relative clause\'s cue (`bei dem sie gesagt hatte, …`)', () => {
    expect(one('Anlass war ein Interview der Ministerin, bei dem sie gesagt hatte, sie habe einen falschen Namen angegeben.').map(({ text }) => text)).toEqual(['sie habe einen falschen Namen angegeben'])
  })
  it('takes no clause after a pronoun and a participle whose clause reports no words (`in die sie geraten war, …`)', () => {
    expect(one('Wegen der Krise, in die sie geraten war, verlor die Firma viele Kunden.')).toEqual([])
  })
  it('reads a main clause in the indicative after an adverbial between the cue and the comma', () => {
    expect(one('Lawrow erklärte vor dem Sicherheitsrat, die Vereinigten Staaten schürten Hysterie.')).toEqual([{ text: 'die Vereinigten Staaten schürten Hysterie', speaker: 'sergej-lawrow', attribution: 'cue-clause' }])
    expect(one('Lawrow erklärte am Montag, die Nato schürt Hysterie.')).toEqual([{ text: 'die Nato schürt Hysterie', speaker: 'sergej-lawrow', attribution: 'cue-clause' }])
  })
  it('reads no list of objects after a comma as a clause, nor a relative clause after an adverbial', () => {
    // The list is the object of the speech act (`speech-act`), no reported clause of `cue-clause`.
    expect(one('In einer Erklärung verurteilten die Staaten die Gewalt nach der Wahl, die Einschränkungen der Presse sowie die Leugnung des Holocaust durch Wladimir Putin.').map((quote) => quote.attribution)).toEqual(['speech-act'])
    expect(one('Lawrow sprach am Montag vor dem Ausschuss, der die Lage beraten hatte.')).toEqual([])
  })
})
