/** Last parts of words that make an organization by their shape (`Außenministerium`, `Verteidigungsministeriums`). */
export const orgWordSuffixes: readonly string[] = ['ministerium', 'ministeriums']

/** Head nouns of multi-word organization names followed by `für …` (`Organisation für Sicherheit …`, `Bundesamt für …`). */
export const orgHeads: ReadonlySet<string> = new Set([
  'organisation', 'ausschuss', 'ausschusses', 'kommission', 'institut', 'instituts', 'institutes', 'stiftung', 'zentrum',
  'zentrums', 'bundesamt', 'bundesamtes', 'bundesamts', 'agentur', 'komitee', 'komitees', 'verband', 'verbands',
  'verbandes', 'akademie', 'behörde', 'gesellschaft', 'büro', 'büros', 'amt', 'amtes', 'rat', 'rates', 'ministerium', 'ministeriums',
  'bundesministerium', 'bundesministeriums', 'bundesagentur', 'bundesanstalt'
])

/**
 * Nouns that introduce the name of an organization right after them (`die
 * Fluggesellschaft Northwest Airlines`, `der Rüstungskonzern Halvorsen`, `die
 * Partei Neue Mitte`); also the last element of a hyphen compound
 * (`US-Fluggesellschaft`). Lower case.
 */
export const organizationClassifiers: ReadonlySet<string> = new Set(
  `konzern energiekonzern gaskonzern ölkonzern staatskonzern rüstungskonzern baukonzern autokonzern technologiekonzern
  fluggesellschaft gewerkschaft partei regierungspartei oppositionspartei splitterpartei
  menschenrechtsorganisation bürgerrechtsorganisation umweltschutzorganisation umweltorganisation hilfsorganisation
  nichtregierungsorganisation denkfabrik thinktank firma plattenfirma baufirma rüstungsfirma verlag reederei fluglinie
  billigfluglinie airline autohersteller flugzeugbauer bewegung bürgerbewegung protestbewegung oppositionsbewegung`.split(/\s+/).filter(Boolean)
)

/**
 * Last elements of compounds that are organization classifiers too
 * (`Medienkonzern`, `Bauerngewerkschaft`, `Kleinpartei`, `Hilfsorganisation`,
 * `Softwarefirma`): the compound introduces a name as the nouns above do.
 */
export const organizationClassifierEndings: readonly string[] = ['konzern', 'gewerkschaft', 'partei', 'organisation', 'firma']

/**
 * Authorities named by their seat (`Staatsanwaltschaft Görlitz`, `Amtsgericht
 * Tiergarten`, `Polizei Dortmund`): the head and the place after it make one
 * organization. Lower case; genitive forms map to the nominative.
 */
export const authorityHeads: ReadonlyMap<string, string> = new Map([
  ['staatsanwaltschaft', 'staatsanwaltschaft'], ['generalstaatsanwaltschaft', 'generalstaatsanwaltschaft'], ['polizei', 'polizei'],
  ['polizeipräsidium', 'polizeipräsidium'], ['polizeipräsidiums', 'polizeipräsidium'], ['polizeidirektion', 'polizeidirektion'],
  ['amtsgericht', 'amtsgericht'], ['amtsgerichts', 'amtsgericht'], ['amtsgerichtes', 'amtsgericht'], ['landgericht', 'landgericht'],
  ['landgerichts', 'landgericht'], ['landgerichtes', 'landgericht'], ['oberlandesgericht', 'oberlandesgericht'], ['oberlandesgerichts', 'oberlandesgericht'],
  ['verwaltungsgericht', 'verwaltungsgericht'], ['verwaltungsgerichts', 'verwaltungsgericht'], ['bezirksregierung', 'bezirksregierung'],
  ['stadtverwaltung', 'stadtverwaltung'], ['berufsfeuerwehr', 'berufsfeuerwehr'], ['feuerwehr', 'feuerwehr']
])

/**
 * Last elements of compounds that the known place after them names
 * (`Landesapothekerverband Baden-Württemberg`, `Ärztekammer Niedersachsen`,
 * `Landeskriminalamt Sachsen`, `Stadtwerke München`), with their nominative
 * (src/pipeline/extract/entities/seat-names.ts). Lower case.
 */
export const seatHeadEndings: ReadonlyMap<string, string> = new Map([
  ['verband', 'verband'], ['verbands', 'verband'], ['verbandes', 'verband'], ['kammer', 'kammer'], ['gewerkschaft', 'gewerkschaft'],
  ['gericht', 'gericht'], ['gerichts', 'gericht'], ['gerichtes', 'gericht'], ['kriminalamt', 'kriminalamt'], ['kriminalamts', 'kriminalamt'],
  ['kriminalamtes', 'kriminalamt'], ['landesamt', 'landesamt'], ['landesamts', 'landesamt'], ['landesamtes', 'landesamt'], ['polizei', 'polizei'],
  ['feuerwehr', 'feuerwehr'], ['staatsanwaltschaft', 'staatsanwaltschaft'], ['stadtwerke', 'stadtwerke'], ['verkehrsbetriebe', 'verkehrsbetriebe']
])

/** Connectors allowed inside such a name. */
export const orgConnectors: ReadonlySet<string> = new Set(['für', 'und', 'in', 'der', 'des', 'von', 'die', 'zur', 'zum', 'im'])

/**
 * Head words of events (`Arctic Energy Summit`, `Münchner
 * Sicherheitskonferenz`, `Olympic Games`): an acronym in brackets after a name
 * ending in one names the event, no organization (`(NSS)`). Lower case; a
 * German compound counts by its last word (`…konferenz`).
 */
export const eventHeads: ReadonlySet<string> = new Set(['summit', 'conference', 'games', 'cup', 'championship', 'festival', 'gipfel', 'konferenz', 'spiele', 'weltmeisterschaft', 'meisterschaft', 'messe'])

/**
 * Head words of things, works and facilities (`Internationale Raumstation`,
 * `Müllverbrennungsanlage`, `Justizvollzugsanstalt`, `Atomwaffensperrvertrag`):
 * an acronym in brackets after one names the thing, no organization (`(ISS)`,
 * `(MVA)`). Lower case; a compound counts by its last word.
 */
export const thingHeads: ReadonlySet<string> = new Set([
  'station', 'raumstation', 'anlage', 'kraftwerk', 'vollzugsanstalt', 'satellit', 'teleskop', 'rakete', 'vertrag', 'abkommen',
  'gesetz', 'verordnung', 'richtlinie', 'flugzeug', 'index'
])

/** All-caps words that are not organizations. */
export const capsStoplist: ReadonlySet<string> = new Set([
  'US', 'UK', 'OK', 'TV', 'PS', 'KI', 'PR', 'ID', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI',
  'CO', 'CO2', 'PDF', 'HTML', 'URL', 'SMS', 'PKW', 'LKW', 'GMBH', 'AG', 'USD', 'EUR', 'BIP', 'DDR', 'BRD', 'NS', 'SS', 'ICBM', 'ABM',
  // Common nouns in capitals: `IT-Sicherheit`, `die WM`, `die EM`.
  'IT', 'WM', 'EM',
  // Marks of transcripts and live pages in capitals (`INSERT: …`, `ATMO`, `LIVE`); nouns in capitals (`VIDEO`) are read in extract.ts.
  'INSERT', 'ATMO', 'OTON', 'AUDIO', 'TEASER', 'LIVE', 'NEU', 'NEWS', 'UPDATE', 'FOTO', 'TEXT', 'INFO',
  // Prefixes of ship names (`die USS Halvorsen`, `der HMS Kittiwake`): a ship, no organization.
  'USS', 'HMS', 'HMAS', 'HMCS', 'INS'
])

/**
 * All-caps abbreviations of units, indices, technologies and common nouns that
 * are no organization (`1.400 MW`, `das AKW`, `der DAX`, `LNG`, `die DNA`).
 * Checked with `capsStoplist` before an acronym becomes a provisional
 * organization; lower-case units (`km`, `kWh`) never are one.
 */
export const unitAcronyms: ReadonlySet<string> = new Set([
  'KW', 'MW', 'GW', 'TW', 'KWH', 'MWH', 'GWH', 'TWH', 'AKW', 'KKW', 'DAX', 'MDAX', 'SDAX', 'TECDAX', 'LNG', 'CNG', 'PPM',
  'DNA', 'DNS', 'RNA', 'HIV', 'AIDS', 'SARS', 'COVID', 'MRT', 'GPS', 'SUV', 'CEO', 'CFO', 'IPO', 'ETF', 'NGO', 'WLAN', 'USB',
  'PC', 'CD', 'DVD', 'HD', 'MEZ', 'MESZ', 'UTC', 'GMT', 'KFZ', 'FAQ', 'KM', 'QM', 'BRT', 'BSP', 'MWST', 'UKW'
])

/** Head nouns of English organization names (`Atlantic Council`, `Institute for the Study of War`). */
export const englishOrgHeads: ReadonlySet<string> = new Set([
  'institute', 'institution', 'council', 'foundation', 'center', 'centre', 'endowment', 'fund', 'association', 'committee',
  'commission', 'corporation', 'forum', 'society', 'watch', 'university', 'agency', 'alliance', 'initiative', 'network', 'project', 'trust',
  'airlines', 'airways', 'bank', 'group', 'holdings', 'industries', 'systems', 'technologies', 'motors', 'company', 'party', 'league', 'federation',
  'organization', 'times', 'post', 'journal', 'herald', 'tribune'
])

/** Connectors inside English organization names. */
export const englishConnectors: ReadonlySet<string> = new Set(['for', 'on', 'of', 'the', 'and', 'in', 'de', 'du', 'des', 'et', '&'])

/**
 * Last elements of hyphen compounds that make an organization of a name
 * (`Waldai-Klub`, `Nato-Ukraine-Kommission`, `Konrad-Adenauer-Stiftung`),
 * with their nominative: the compound is one organization, not a mention
 * of the name inside it.
 */
export const compoundOrgHeads: ReadonlyMap<string, string> = new Map([
  ['rat', 'Rat'], ['rats', 'Rat'], ['rates', 'Rat'], ['kommission', 'Kommission'], ['komitee', 'Komitee'], ['komitees', 'Komitee'],
  ['club', 'Club'], ['clubs', 'Club'], ['klub', 'Klub'], ['klubs', 'Klub'], ['stiftung', 'Stiftung'], ['institut', 'Institut'],
  ['instituts', 'Institut'], ['institutes', 'Institut'], ['zentrum', 'Zentrum'], ['zentrums', 'Zentrum'], ['akademie', 'Akademie'],
  ['universität', 'Universität'], ['ausschuss', 'Ausschuss'], ['ausschusses', 'Ausschuss']
])

/** Genitive endings of head nouns in multi-word names, with their nominative (`Bundesamtes für …` → `Bundesamt für …`). */
export const orgHeadNominative: ReadonlyMap<string, string> = new Map([
  ['ausschusses', 'ausschuss'], ['instituts', 'institut'], ['institutes', 'institut'], ['zentrums', 'zentrum'], ['bundesamtes', 'bundesamt'],
  ['bundesamts', 'bundesamt'], ['verbands', 'verband'], ['verbandes', 'verband'], ['komitees', 'komitee'], ['büros', 'büro'], ['amtes', 'amt'],
  ['rates', 'rat'], ['ministeriums', 'ministerium'], ['bundesministeriums', 'bundesministerium']
])
