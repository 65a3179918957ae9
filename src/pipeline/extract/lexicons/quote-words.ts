/**
 * Function words and nouns that the quote sieves look for: quotation marks,
 * subordinators that open no reported clause, words that open one, nouns of a
 * source phrase (`nach Angaben`), cue verbs that take a `zu` infinitive and
 * nouns that name the wording of a quotation.
 */

/** Every quotation mark the extractor strips from quote texts. */
export const markChars = /[„“”"«»‚‘‹›]/g

/** Subordinators after a cue and a comma that start no reported clause (`sagte, als …`). */
export const subordinatorsRejected: ReadonlySet<string> = new Set(['als', 'nachdem', 'bevor', 'während', 'weil', 'obwohl', 'seit', 'seitdem', 'sobald', 'um', 'sodass', 'indem', 'falls'])

/** Words that open a reported clause after a cue (`sagte, dass …`, `fragte, ob …`). */
export const reportOpeners: ReadonlySet<string> = new Set(['dass', 'ob', 'wie', 'was', 'wer', 'warum', 'wann', 'weshalb', 'inwieweit'])

const sourceNounList = /^(?:Angaben|Informationen|Einschätzung|Einschätzungen|Darstellung|Darstellungen|Aussage|Aussagen|Ansicht|Auffassung|Meinung|Worten|Berichten|Medienberichten|Meldungen|Schätzungen|Erkenntnissen|Untersuchungen|Ermittlungen|Recherchen|Vorstellungen|Zeugenaussagen|Ermittlungsstand|Auskunft|Auskünften|Angabe|Bericht|Berichts|Studie|Hochrechnung|Umfrage|Schätzung|Mitteilung|Willen|Meinungen)$/

/** Nouns of a source phrase after `nach`/`gemäß`: `Angaben`, `Einschätzung`, and compounds in `-angaben` (`Behördenangaben`). */
export const sourceNouns = { test: (word: string): boolean => sourceNounList.test(word) || (word.length > 8 && /^\p{Lu}/u.test(word) && word.endsWith('angaben')) }

/** Source nouns that need their source after them (`nach dem Bericht` alone may be time). */
export const sourceNeedsComplement = /^(?:Bericht|Berichts|Studie|Hochrechnung|Umfrage|Mitteilung|Willen)$/

/** Determiners that may open the noun phrase after `laut`. */
export const phraseDeterminers: ReadonlySet<string> = new Set(['dem', 'der', 'den', 'des', 'einem', 'einer', 'eines', 'ihrem', 'ihrer', 'seinem', 'seiner'])

/** Lemmas of directive, commissive and decision cues and of a stated expectation that report a `zu` infinitive (`forderte, die Truppen abzuziehen`, `hat entschieden, das Lager aufzugeben`, `ist zuversichtlich, das Ziel zu erreichen`). */
export const directiveCues: ReadonlySet<string> = new Set(['fordern', 'auffordern', 'aufrufen', 'ankündigen', 'raten', 'empfehlen', 'drängen', 'mahnen', 'appellieren', 'versprechen', 'zusagen', 'zusichern', 'warnen', 'drohen', 'vorwerfen', 'vorschlagen', 'verlangen', 'beschuldigen', 'verdächtigen', 'plädieren', 'bekräftigen', 'betonen', 'erklären', 'zurückweisen', 'bestreiten', 'dementieren', 'unterstellen', 'anbieten', 'bitten', 'andeuten', 'entscheiden', 'beschließen', 'verständigen', 'planen', 'zuversichtlich sein', 'optimistisch sein'])

/** Lemmas of decisions and plans: they report what was decided (`dass`, a `zu` infinitive), never an open question (`entscheiden, ob …`). */
export const decisionCues: ReadonlySet<string> = new Set(['entscheiden', 'beschließen', 'verständigen', 'planen', 'festlegen'])

/** Nouns that name the wording of a quotation (`diese Formulierung`). */
export const wordingNouns: ReadonlySet<string> = new Set(['formulierung', 'formulierungen', 'worte', 'wortwahl', 'wendung', 'ausdruck', 'begriff', 'bezeichnung', 'zitat', 'parole', 'schlagwort'])

/** Determiners before a wording noun. */
export const wordingDeterminers: ReadonlySet<string> = new Set(['diese', 'diesen', 'dieses', 'die', 'den', 'das', 'jene', 'jenen', 'seine', 'seinen', 'ihre', 'ihren'])

/** Verbs of using a wording (`benutzte`, `wählte`, `prägte`). */
export const wordingVerbs = /^(?:be|ver)?(?:nutzt|wendet)e?n?$|^(?:ge)?brauchte?n?$|^(?:ge)?w(?:ä|a)hlte?n?$|^(?:ge)?prägte?n?$|^verwendet$|^benutzt$/

/** Lemmas of cues that reject what their object clause says (`bestreitet, dass …`): that clause is not the speaker's statement. */
export const rejectingCues: ReadonlySet<string> = new Set(['zurückweisen', 'bestreiten', 'dementieren', 'abstreiten', 'verneinen', 'widersprechen'])

/** Phrases that reject a statement (`verweist … ins Reich der Mythen`). */
export const rejectingPhrase = /\b(?:Reich der (?:Mythen|Fabel|Legende|Märchen)|als (?:haltlos|absurd|unwahr|falsch|Lüge|Unsinn|Fake News)\b)/u

/** Subordinators of a condition after a directive cue (`forderte Moskau zur Deeskalation auf, wenn …`): the demand before them belongs to the quote. */
export const conditionOpeners: ReadonlySet<string> = new Set(['wenn', 'falls', 'sofern', 'solange'])

/** Words that negate a speech act before or after its verb (`sagte nicht`, `hat nie bestätigt`): no quote. */
export const negations: ReadonlySet<string> = new Set(['nicht', 'weder', 'nie', 'niemals'])

/** Lemmas of cues whose object alone is a reported demand (`forderte schriftliche Vorschläge`). */
export const demandCues: ReadonlySet<string> = new Set(['fordern', 'verlangen'])

/**
 * Lemmas of speech acts whose object names what was said (`wies die Vorwürfe
 * zurück`, `kündigte weitere Sanktionen an`), each with the prepositions its
 * object needs (`warnte vor …`, `rief zu … auf`), or `null` for a plain
 * object. Not `begrüßen` (also a greeting), `ablehnen` (also a vote or a
 * refusal by deed), `einräumen` (also to grant: `räumt dem Thema Priorität
 * ein`) nor verbs of attitude (`hoffen`); `fordern` and `verlangen` only with
 * a named subject (`Das Erdbeben forderte 300 Menschenleben`).
 */
export const speechActCues: ReadonlyMap<string, readonly string[] | null> = new Map<string, readonly string[] | null>([
  ['ankündigen', null], ['zurückweisen', null], ['bekanntgeben', null], ['bestätigen', null],
  ['dementieren', null], ['bestreiten', null], ['kritisieren', null], ['verurteilen', null], ['beklagen', null],
  ['bemängeln', null], ['vorwerfen', null], ['beschuldigen', null], ['zusagen', null], ['zusichern', null],
  ['versprechen', null], ['eingestehen', null], ['zugeben', null], ['vorschlagen', null],
  ['empfehlen', null], ['fordern', null], ['verlangen', null], ['bekräftigen', null],
  ['warnen', ['vor']], ['aufrufen', ['zu', 'zum', 'zur']], ['berichten', ['von', 'vom', 'über']], ['sprechen', ['von', 'vom']],
  ['begründen', ['mit']], ['appellieren', ['an']]
])
