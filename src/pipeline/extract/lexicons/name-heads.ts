/** A head noun of an organization name with its nominative and gender (which the adjective before it agrees with). */
export interface NameHead {
  /** Nominative singular as written (`Verband`). */
  readonly nominative: string
  /** Grammatical gender. */
  readonly gender: 'm' | 'f' | 'n'
  /** Whether it may also end a compound word (`Gewerkschaftsbund`, `Entwicklungsbank`). */
  readonly inCompound: boolean
  /** Whether a city's adjective alone before the bare head makes a name (`die Hamburger Stadtreinigung`, not `das Moskauer Gericht`). */
  readonly byCity: boolean
}

const heads: Array<[string, string[], 'm' | 'f' | 'n', boolean, boolean?]> = [
  ['Verband', ['verband', 'verbands', 'verbandes'], 'm', true],
  ['Bund', ['bund', 'bundes'], 'm', true],
  ['Club', ['club', 'clubs'], 'm', true],
  ['Klub', ['klub', 'klubs'], 'm', true],
  ['Verein', ['verein', 'vereins'], 'm', true],
  ['Rundfunk', ['rundfunk', 'rundfunks'], 'm', true],
  ['Gerichtshof', ['gerichtshof', 'gerichtshofs', 'gerichtshofes'], 'm', true],
  ['Halbmond', ['halbmond', 'halbmonds'], 'm', false],
  ['Bank', ['bank'], 'f', true],
  ['Partei', ['partei'], 'f', false],
  ['Stiftung', ['stiftung'], 'f', true],
  ['Akademie', ['akademie'], 'f', true],
  ['Union', ['union'], 'f', false],
  ['Allianz', ['allianz'], 'f', false],
  ['Agentur', ['agentur'], 'f', true],
  ['Universität', ['universität'], 'f', false],
  ['Hochschule', ['hochschule'], 'f', false],
  ['Gewerkschaft', ['gewerkschaft'], 'f', true],
  ['Fernsehen', ['fernsehen', 'fernsehens'], 'n', false],
  ['Institut', ['institut', 'instituts', 'institutes'], 'n', true],
  ['Gericht', ['gericht', 'gerichts', 'gerichtes'], 'n', true],
  ['Zentrum', ['zentrum', 'zentrums'], 'n', true],
  ['Komitee', ['komitee', 'komitees'], 'n', true],
  ['Kreuz', ['kreuz', 'kreuzes'], 'n', false],
  ['Hilfswerk', ['hilfswerk', 'hilfswerks', 'hilfswerkes'], 'n', true],
  ['Amt', ['amt', 'amts', 'amtes'], 'n', true],
  // `Deutsche Umwelthilfe`, `Deutsche Welthungerhilfe`, `Deutsche Börse`.
  ['Hilfe', ['hilfe'], 'f', true],
  ['Börse', ['börse'], 'f', true],
  // A city's public companies: `die Hamburger Stadtreinigung`, `die Berliner Verkehrsbetriebe`, `der Münchener Stadtwerke`.
  ['Stadtreinigung', ['stadtreinigung'], 'f', false, true],
  ['Stadtwerke', ['stadtwerke', 'stadtwerken'], 'f', false, true],
  ['Verkehrsbetriebe', ['verkehrsbetriebe', 'verkehrsbetrieben'], 'f', false, true],
  ['Wasserbetriebe', ['wasserbetriebe', 'wasserbetrieben'], 'f', false, true]
]

/**
 * Head nouns that a capitalized adjective before them makes the name of an
 * organization (`Deutscher Journalisten-Verband`, `Bayerisches Fernsehen`,
 * `Interamerikanische Entwicklungsbank`), by their lower-case forms.
 */
export const adjectiveNameHeads: ReadonlyMap<string, NameHead> = new Map(
  heads.flatMap(([nominative, forms, gender, inCompound, byCity = false]) => forms.map((form) => [form, { nominative, gender, inCompound, byCity }] as const))
)

/** Stems of adjectives without an adjective suffix that begin organization names (`Rotes Kreuz`, `Freie Wähler`, `Oberster Gerichtshof`). */
export const nameAdjectives: ReadonlySet<string> = new Set(['rot', 'frei', 'neu', 'oberst', 'hoh', 'grün', 'weiß', 'schwarz', 'blau', 'vereinigt', 'heilig', 'ständig'])
