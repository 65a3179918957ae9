/**
 * Nouns of a speech act whose content follows as a clause (`die Forderung,
 * die Truppen abzuziehen`, `der Vorwurf, Russland plane …`, `die
 * Einschätzung, dass …`). Only nouns that name something said: attitudes
 * (`Hoffnung`, `Sorge`) and decisions (`Entscheidung`, `Plan`) are not in the
 * list, because their clause is nobody's words (a decision verb with its
 * subject, `X hat entschieden, … zu …`, is a cue in `cue-verbs.ts`).
 *
 * Build-time only (the extractor); the runtime never imports it.
 */
const nominative = [
  'Forderung', 'Aufforderung', 'Vorwurf', 'Warnung', 'Zusage', 'Ankündigung', 'Behauptung', 'Einschätzung',
  'Appell', 'Aussage', 'Äußerung', 'Feststellung', 'Erklärung', 'Versicherung', 'Beteuerung', 'Drohung',
  'Versprechen', 'Eingeständnis', 'Vorschlag', 'Aufruf', 'Mahnung', 'Bitte', 'Darstellung', 'Standpunkt',
  'Position', 'Argumentation', 'Klarstellung', 'Zusicherung', 'Angebot', 'Bekenntnis',
  'Begründung', 'Hinweis', 'Befehl', 'Anweisung', 'Vorgabe', 'Bemerkung'
]

// Plurals and genitive singular forms as they occur in text (`Vorwürfe`, `des Vorwurfs`, `Forderungen`).
const inflected = [
  'Forderungen', 'Aufforderungen', 'Vorwürfe', 'Vorwurfs', 'Vorwurfes', 'Warnungen', 'Zusagen', 'Ankündigungen',
  'Behauptungen', 'Einschätzungen', 'Appells', 'Appelle', 'Aussagen', 'Äußerungen', 'Feststellungen', 'Erklärungen',
  'Versicherungen', 'Beteuerungen', 'Drohungen', 'Versprechens', 'Eingeständnisses', 'Vorschlags', 'Vorschläge',
  'Aufrufs', 'Aufrufe', 'Mahnungen', 'Standpunkts', 'Zusicherungen', 'Angebots', 'Befehls', 'Anweisungen', 'Vorgaben',
  // `mit den Worten, man werde …` (and `mit den Worten „…“`: the quotation right after the noun).
  'Worten'
]

/** The cue nouns, in every listed form, as written (capitalized). */
export const cueNouns: ReadonlySet<string> = new Set([...nominative, ...inflected])

/**
 * Main verbs that make the speech act of their object the subject's own
 * (`X wiederholte den Vorwurf, …`, `erneuerte seine Forderung`), as lower-case
 * word beginnings (finite forms and participles).
 */
export const ownSpeechVerbs = /^(?:wiederhol|erneuer|bekräftig|erhob|erheb|geäußert|äußer|unterstrich|unterstreich|stellt|gestellt|richtet|gerichtet|verband|verbind|formulier|betont|verteidig|brachte|bringt|gebracht|machte|macht|gemacht|sprach|spricht|gab|gibt|gegeben|unterbreit|erteilt|erließ|erlässt|erlassen)/u

/**
 * Articles after `mit` before a cue noun that make the act the subject's own
 * (`zog das Angebot mit der Begründung zurück, …`, `mit dem Hinweis, …`).
 */
export const instrumentArticles: ReadonlySet<string> = new Set(['der', 'dem', 'den'])

/**
 * Main verbs that reject or answer their object (`X wies den Vorwurf zurück,
 * …`, `bestritt die Behauptung`): the clause after the noun is not the
 * subject's words.
 */
export const rejectingVerbs = /^(?:wies|weist|gewiesen|zurückgewiesen|bestritt|bestreit|lehnt|abgelehnt|dementier|widersprach|widersprich|kritisier|verurteil|reagier|antwortet|beantwortet|konter|prüf|nahm|nimmt|genommen)/u
