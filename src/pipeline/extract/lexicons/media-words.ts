/**
 * Names of outlets that are also German common nouns (`die Welt` "the
 * world", `die Zeit` "the time", `Bild` "picture", `Spiegel` "mirror"):
 * a match of one is a mention only with evidence that the outlet is meant
 * (src/pipeline/extract/entities/media-context.ts). Lower case, without the
 * article.
 */
export const commonNounOutlets: ReadonlySet<string> = new Set(['welt', 'zeit', 'bild', 'spiegel', 'stern', 'presse', 'standard', 'focus', 'tageszeitung'])

/** Nouns for a newspaper, magazine or portal: both lists below start from them. */
const printOutletNouns = `zeitung tageszeitung wochenzeitung sonntagszeitung boulevardzeitung magazin nachrichtenmagazin
  wochenmagazin nachrichtenportal onlineportal`.split(/\s+/).filter(Boolean)

/** Nouns that name what an outlet is, right before its name (`der Zeitung „Die Welt“`, `dem Nachrichtenmagazin Spiegel`). */
export const outletNouns: ReadonlySet<string> = new Set([...printOutletNouns, 'boulevardblatt', 'blatt', 'portal', 'springer-blatt'])

/** Words right before an outlet's name (articles and pronouns between allowed) that make it a source: `sagte er der Welt`, `laut Spiegel`, `berichtet die Zeit`. */
export const reportWordsBefore: ReadonlySet<string> = new Set(
  `berichtete berichtet berichteten berichten schrieb schreibt meldete meldet zitierte zitiert sagte sagt sagten erklärte erklärt
  betonte betont verriet verrät bestätigte bestätigt gegenüber laut interview gespräch exklusiv`.split(/\s+/).filter(Boolean)
)

/** Words right after an outlet's name that make it a source: `dem Spiegel zufolge`, `die Welt berichtete`. */
export const reportWordsAfter: ReadonlySet<string> = new Set(
  `zufolge berichtete berichtet berichteten schrieb schreibt meldete meldet zitierte zitiert veröffentlichte enthüllte`.split(/\s+/).filter(Boolean)
)

/** Words that may stand between a report word and the outlet's name (`sagte er am Montag der`). */
export const reportFillers: ReadonlySet<string> = new Set(
  `der die das dem den des er sie es ihr ihm man am nun jetzt auch zuvor kürzlich dies mit im einem einer in`.split(/\s+/).filter(Boolean)
)

/**
 * Nouns that introduce the name of an outlet or medium right after them
 * (`die Zeitung „Nordkurier“`, `der Fernsehsender Kanal 9`, `die
 * Nachrichtenagentur Bernama`): the name becomes a provisional organization
 * (src/pipeline/extract/entities/outlet-names.ts). Lower case, nominative
 * singular; a compound ending in one of the longer ones counts too
 * (`US-Nachrichtensender`, `Lokalzeitung`).
 */
export const outletClassifiers: ReadonlySet<string> = new Set([
  ...printOutletNouns,
  ...`zeitschrift nachrichtenagentur agentur presseagentur staatsagentur sender fernsehsender radiosender rundfunksender
  nachrichtensender staatssender privatsender fernsehkanal nachrichtenkanal internetportal website webseite
  onlineausgabe kanal blog nachrichtenseite`.split(/\s+/).filter(Boolean)
])

/**
 * Last elements of one-word outlet names (`„Automobilwoche“`, `„Lausitzer
 * Rundschau“`'s `Rundschau`, `„Morgenpost“`, `„Ärztezeitung“`): a quoted compound
 * ending in one, with a report word near it, is an outlet
 * (src/pipeline/extract/entities/outlet-names.ts). Not `presse` or
 * `nachrichten`, which quoted words of scorn end in (`„Lügenpresse“`). Lower case.
 */
export const outletNameEndings: readonly string[] = ['zeitung', 'woche', 'blatt', 'kurier', 'anzeiger', 'rundschau', 'post', 'bote', 'journal', 'magazin']

/** Words of reporting near a quoted one-word outlet (`wie die „Automobilwoche“ in ihrer Onlineausgabe berichtet`). */
export const reportWordsNear: ReadonlySet<string> = new Set([...reportWordsBefore, ...reportWordsAfter, 'onlineausgabe', 'ausgabe', 'angaben', 'bericht', 'berichten'])
