/**
 * Head nouns of organization names whose genitive complement is part of the
 * name (`Gewerkschaft der Polizei`, `Bund der Steuerzahler`, `Partei der
 * Arbeit`, `Verband der Automobilindustrie`), by their lower-case forms, with
 * the nominative.
 */
export const genitiveHeads: ReadonlyMap<string, string> = new Map([
  ['bund', 'Bund'], ['bundes', 'Bund'], ['bundesverband', 'Bundesverband'], ['bundesverbands', 'Bundesverband'], ['bundesverbandes', 'Bundesverband'],
  ['verband', 'Verband'], ['verbands', 'Verband'], ['verbandes', 'Verband'], ['gewerkschaft', 'Gewerkschaft'], ['partei', 'Partei'],
  ['zentralrat', 'Zentralrat'], ['zentralrats', 'Zentralrat'], ['zentralrates', 'Zentralrat'], ['vereinigung', 'Vereinigung'],
  ['komitee', 'Komitee'], ['komitees', 'Komitee'], ['liga', 'Liga'], ['arbeitsgemeinschaft', 'Arbeitsgemeinschaft'], ['bündnis', 'Bündnis'],
  ['bündnisses', 'Bündnis']
])

/**
 * Heads of `genitiveHeads` that are everyday words too (`der Bund der Ehe`,
 * `die Partei der Nichtwähler`, `die Liga der Demokratien`, `das Bündnis der
 * Willigen`): with one of them the phrase is a name only when an acronym in
 * brackets follows (`der Bund der Steuerzahler (BdSt)`), by nominative.
 */
export const everydayGenitiveHeads: ReadonlySet<string> = new Set(['Bund', 'Partei', 'Liga', 'Bündnis', 'Komitee'])
