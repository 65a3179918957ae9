/**
 * Nouns of states, events, figures and causes that never speak. As the
 * subject of a cue verb they use its other sense: `Die Lage erklärt, warum …`
 * (causes), `Der Anstieg schließt nicht aus, dass …` (leaves possible), `Die
 * Sperrung erfolgte mit dem Hinweis, …` (the note's giver is not named). A
 * report, a study or an investigation may speak and is not listed. Lower case,
 * singular and plural; of a hyphen compound the last element counts.
 */
export const thingNouns: ReadonlySet<string> = new Set(
  `lage situation entwicklung entwicklungen krise krisen tatsache tatsachen umstand umstände zustand
  vorfall vorfälle ereignis ereignisse unglück unfall unfälle brand explosion wetter klima
  anstieg rückgang zunahme abnahme zahl zahlen tempo preis preise kosten inflation zins zinsen
  verlauf geschichte vergangenheit erfahrung erfahrungen ergebnis ergebnisse
  sperrung schließung absage verschiebung verzögerung`.split(/\s+/).filter(Boolean)
)

/** Demonstrative pronouns that stand alone for a fact (`Das erklärt, warum …`), never for a speaker. */
export const factPronouns: ReadonlySet<string> = new Set(['das', 'dies', 'dieses'])
