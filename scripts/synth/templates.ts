/**
 * Sentence material for synthetic articles, written for this project (no
 * third-party text). Slots in braces are filled by `article.ts`:
 * `{org}` an organization, `{org2}` another one, `{place}` a place,
 * `{place2}` another place, `{weekday}` a weekday, `{month}` a month name,
 * `{number}` a number.
 */

/** Headlines. */
export const titles: readonly string[] = [
  '{last} warnt vor neuer Eskalation',
  'Gespräche in {place} enden ohne Einigung',
  'Neue Spannungen zwischen {org} und Russland',
  '{org} sucht den Dialog mit Moskau',
  'Streit über Truppen an der Grenze',
  'Vorsichtige Annäherung in {place}',
  '{last} setzt auf Diplomatie',
  'Kein Durchbruch nach Treffen in {place}',
  'Zweifel an den Zusagen aus Moskau',
  'Manöver sorgen für Unruhe in {place}',
  'Die Rückkehr der Abschreckung',
  'Wie belastbar ist der Gesprächsfaden?',
  'Ein Rat, der kaum noch tagt',
  '{org} und Moskau: Funkstille statt Dialog',
  'Sanktionen, Drohungen und ein offenes Fenster',
  'Verhandlungen im Schatten der Manöver',
  'Warten auf eine Antwort aus Moskau',
  'Sicherheitsgarantien bleiben umstritten',
  '{last} sieht „keinen Grund zur Entwarnung“',
  'Was vom Treffen in {place} bleibt'
]

/** Subheadings. */
export const subheadings: readonly string[] = [
  'Gespräche ohne Ergebnis',
  'Streit um Truppenbewegungen',
  'Die Rolle von {place}',
  'Wie es weitergeht',
  'Zweifel an der Diplomatie',
  'Ein altes Misstrauen',
  'Forderungen und Gegenforderungen',
  'Signale aus {place}',
  'Kritik aus den eigenen Reihen',
  'Offene Fragen',
  'Abschreckung und Dialog',
  'Der Blick nach Osten',
  'Reaktionen in {place2}',
  'Hinter verschlossenen Türen'
]

/** Sentences that state facts; no quotes. */
export const narration: readonly string[] = [
  'Die Außenminister der Mitgliedstaaten kamen am {weekday} in {place} zusammen.',
  'Seit Wochen zeigen Satellitenbilder Truppenbewegungen nahe der Grenze.',
  'Beobachter sprechen von der schwersten Krise seit dem Ende des Kalten Krieges.',
  'Das Treffen dauerte knapp {number} Stunden und endete ohne gemeinsame Erklärung.',
  'In {place} wurden die Ergebnisse mit Zurückhaltung aufgenommen.',
  'Die Vertretung in {place2} hatte ihre Arbeit bereits im {month} eingestellt.',
  'Beide Seiten hatten sich zuvor gegenseitig Provokationen vorgeworfen.',
  'Ein Folgetreffen ist für den {month} geplant, ein Termin steht aber noch nicht fest.',
  'Zuletzt hatte {org} die Zahl der Soldaten an der Ostflanke deutlich erhöht.',
  'Die Delegationen saßen sich an einem langen Tisch gegenüber.',
  'Moskau verlangt schriftliche Zusagen, dass sich das Bündnis nicht weiter nach Osten ausdehnt.',
  'Die westlichen Staaten lehnen diese Forderung seit Jahren ab.',
  'Rund {number}.000 Soldaten sollen an der Übung beteiligt sein.',
  'Der Ton zwischen {org} und {org2} hat sich in den vergangenen Monaten verschärft.',
  'Diplomaten beschreiben die Stimmung als angespannt, aber sachlich.',
  'Ein gemeinsames Kommuniqué gab es am Ende nicht.',
  'Die Gespräche sollen auf Ebene der Botschafter fortgesetzt werden.',
  'Schon im vergangenen Jahr waren ähnliche Verhandlungen gescheitert.',
  'In {place} demonstrierten am {weekday} mehrere hundert Menschen für eine friedliche Lösung.',
  'Fachleute verweisen auf die lange Vorgeschichte des Konflikts.',
  'Die Regierung in {place} berief am Abend ihren Sicherheitsrat ein.',
  'Auch Fragen der Rüstungskontrolle standen auf der Tagesordnung.',
  'Für den {weekday} ist eine weitere Gesprächsrunde in {place2} angesetzt.',
  'Ob die Frist eingehalten wird, ist offen.'
]

/** What someone says, as a direct quote in the first person (no final punctuation). */
export const direct: readonly string[] = [
  'Wir sind zu Gesprächen bereit, aber nicht um jeden Preis',
  'Die Tür für den Dialog bleibt offen',
  'Niemand hat ein Interesse an einer weiteren Eskalation',
  'Wir werden unsere Sicherheitsinteressen nicht zur Verhandlung stellen',
  'Diese Forderungen sind für uns nicht annehmbar',
  'Es gibt keine Alternative zur Diplomatie',
  'Wir erwarten konkrete Antworten und keine leeren Versprechen',
  'Die Lage ist ernster als noch vor einem Jahr',
  'Vertrauen entsteht nur durch Schritte, die man überprüfen kann',
  'Wir haben unsere Position klar und deutlich dargelegt',
  'Manöver in dieser Größenordnung senden ein gefährliches Signal',
  'Wir lassen uns nicht unter Druck setzen',
  'Jede weitere Verzögerung macht eine Lösung schwieriger',
  'Das war ein offenes, aber schwieriges Gespräch',
  'Wir haben heute mehr gesprochen als in den letzten zwei Jahren',
  'Es liegt jetzt an Moskau, den nächsten Schritt zu machen'
]

/** The same kind of content as reported speech (Konjunktiv). */
export const indirect: readonly string[] = [
  'das Bündnis sei zu Gesprächen bereit',
  'Russland habe kein Interesse an einem Krieg',
  'die Gespräche seien in einer sachlichen Atmosphäre verlaufen',
  'man werde die Vorschläge sorgfältig prüfen',
  'die Truppenbewegungen dienten ausschließlich der Übung',
  'eine Einigung sei derzeit nicht in Sicht',
  'das Bündnis halte an seiner Politik der offenen Tür fest',
  'weitere Treffen seien bereits vereinbart',
  'Moskau fühle sich von der Ausdehnung des Bündnisses bedroht',
  'die Sanktionen hätten ihre Wirkung nicht verfehlt',
  'es gebe unter den Mitgliedstaaten keine Meinungsverschiedenheiten',
  'der Westen habe die Sorgen Moskaus jahrelang ignoriert'
]

/** Reported speech with a quoted fragment; `{q}` marks where the quotation marks go. */
export const mixed: ReadonlyArray<readonly [string, string]> = [
  ['die Lage sei ', 'äußerst angespannt'],
  ['man stehe vor einer ', 'Stunde der Wahrheit'],
  ['der Westen betreibe eine ', 'Politik der Einschüchterung'],
  ['die Antwort sei ', 'enttäuschend, aber nicht überraschend'],
  ['die Gespräche hätten ', 'keinen Millimeter Bewegung'],
  ['das Bündnis werde ', 'jeden Zentimeter seines Gebiets'],
  ['die Vorschläge seien ', 'eine Grundlage für ernsthafte Gespräche']
]

/** Speech verbs after a quote (`„…“, sagte X.`) and before reported speech (`X sagte, …`). */
export const cues: readonly string[] = ['sagte', 'erklärte', 'betonte', 'warnte', 'unterstrich', 'bekräftigte', 'versicherte', 'meinte']

/** Phrases for unnamed sources. */
export const unnamedSources: readonly string[] = ['Aus Diplomatenkreisen hieß es', 'In Bündniskreisen hieß es', 'Aus Regierungskreisen verlautete', 'Ein hoher Beamter sagte']

/** Invented first names. */
export const firstNames: readonly string[] = [
  'Henrike', 'Matthias', 'Jana', 'Tobias', 'Karolina', 'Lennart', 'Ilse', 'Ruben', 'Miriam', 'Arvid',
  'Svenja', 'Konstantin', 'Oksana', 'Pawel', 'Dragan', 'Nele', 'Jonas', 'Wiebke', 'Tamara', 'Bernhard'
]

/** Invented family names. */
export const lastNames: readonly string[] = [
  'Vossberg', 'Grellmann', 'Auerhahn', 'Lindqvist', 'Halbritter', 'Kessling', 'Morawetz', 'Dannenfeld',
  'Brückner', 'Ellwanger', 'Tiedemann', 'Scharnweber', 'Jarosch', 'Olbrich', 'Pfeilsticker', 'Wendrich'
]

/** Roles of invented persons as `[masculine, feminine]`, with an invented institution in `{place}`. */
export const expertRoles: ReadonlyArray<readonly [string, string]> = [
  ['Sicherheitsexperte am Institut für Friedensfragen in {place}', 'Sicherheitsexpertin am Institut für Friedensfragen in {place}'],
  ['Politikwissenschaftler an der Universität {place}', 'Politikwissenschaftlerin an der Universität {place}'],
  ['Militäranalyst einer Denkfabrik in {place}', 'Militäranalystin einer Denkfabrik in {place}'],
  ['Osteuropa-Experte der Stiftung für Außenpolitik', 'Osteuropa-Expertin der Stiftung für Außenpolitik'],
  ['früherer Diplomat und Berater in {place}', 'frühere Diplomatin und Beraterin in {place}']
]

/** Photo captions. */
export const captions: readonly string[] = [
  'Delegationen bei Gesprächen in {place}',
  'Soldaten bei einer Übung nahe {place}',
  'Das Hauptquartier in {place} am Abend',
  'Flaggen vor dem Tagungsort in {place}',
  'Journalisten warten vor dem Verhandlungssaal'
]

/** Invented photographers for credits. */
export const photographers: readonly string[] = ['Lena Sturmfels', 'Piet Ahlgrimm', 'Rosa Kettler', 'Yannick Obermoser']

/** Invented publishers (or `null`: the text does not tell). */
export const publishers: ReadonlyArray<string | null> = [null, null, 'Synthetische Rundschau', 'Beispielkurier', 'Testblatt am Sonntag']

/** Agencies and their credit codes. */
export const agencies: ReadonlyArray<readonly [string, string]> = [
  ['dpa', 'dpa'],
  ['Reuters', 'reuters'],
  ['AFP', 'afp'],
  ['AP', 'ap']
]

/** German month names. */
export const months: readonly string[] = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']

/** German weekday names, Sunday first (as `Date#getUTCDay`). */
export const weekdays: readonly string[] = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag']
