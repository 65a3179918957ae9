/** Last parts of words that make an organization by their shape (`Außenministerium`, `Verteidigungsministeriums`). */
export const orgWordSuffixes: readonly string[] = ['ministerium', 'ministeriums']

/** Head nouns of multi-word organization names followed by `für …` (`Organisation für Sicherheit …`, `Bundesamt für …`). */
export const orgHeads: ReadonlySet<string> = new Set([
  'organisation', 'ausschuss', 'ausschusses', 'kommission', 'institut', 'instituts', 'institutes', 'stiftung', 'zentrum',
  'zentrums', 'bundesamt', 'bundesamtes', 'bundesamts', 'agentur', 'komitee', 'komitees', 'verband', 'verbands',
  'verbandes', 'akademie', 'behörde', 'gesellschaft', 'büro', 'büros', 'amt', 'amtes', 'rat', 'rates', 'ministerium', 'ministeriums'
])

/** Connectors allowed inside such a name. */
export const orgConnectors: ReadonlySet<string> = new Set(['für', 'und', 'in', 'der', 'des', 'von', 'die', 'zur', 'zum', 'im'])

/** All-caps words that are not organizations. */
export const capsStoplist: ReadonlySet<string> = new Set([
  'US', 'UK', 'OK', 'TV', 'PS', 'KI', 'PR', 'ID', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI',
  'CO', 'CO2', 'PDF', 'HTML', 'URL', 'SMS', 'PKW', 'LKW', 'GMBH', 'AG', 'USD', 'EUR', 'BIP', 'DDR', 'BRD', 'NS', 'SS', 'ICBM', 'ABM'
])

/** Head nouns of English organization names (`Atlantic Council`, `Institute for the Study of War`). */
export const englishOrgHeads: ReadonlySet<string> = new Set([
  'institute', 'institution', 'council', 'foundation', 'center', 'centre', 'endowment', 'fund', 'association', 'committee',
  'commission', 'corporation', 'forum', 'society', 'watch', 'university', 'agency', 'alliance', 'initiative', 'network', 'project', 'trust'
])

/** Connectors inside English organization names. */
export const englishConnectors: ReadonlySet<string> = new Set(['for', 'on', 'of', 'the', 'and', 'in', 'de', 'du', 'des', 'et', '&'])
