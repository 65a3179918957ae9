/**
 * Adjective stems of nationality (`russisch-e/-en/-er`) with the country they
 * point to, used to name a ministry (`das russische Außenministerium` →
 * `Außenministerium Russlands`).
 */
export const demonymAdjectives: ReadonlyMap<string, string> = new Map([
  ['russisch', 'Russlands'], ['ukrainisch', 'der Ukraine'], ['amerikanisch', 'der USA'], ['us', 'der USA'],
  ['deutsch', 'Deutschlands'], ['französisch', 'Frankreichs'], ['britisch', 'Großbritanniens'],
  ['polnisch', 'Polens'], ['belarussisch', 'von Belarus'], ['weißrussisch', 'von Belarus'], ['chinesisch', 'Chinas'],
  ['türkisch', 'der Türkei'], ['litauisch', 'Litauens'], ['lettisch', 'Lettlands'], ['estnisch', 'Estlands'],
  ['finnisch', 'Finnlands'], ['schwedisch', 'Schwedens'], ['norwegisch', 'Norwegens'], ['georgisch', 'Georgiens'],
  ['italienisch', 'Italiens'], ['spanisch', 'Spaniens'], ['niederländisch', 'der Niederlande'], ['belgisch', 'Belgiens'],
  ['österreichisch', 'Österreichs'], ['ungarisch', 'Ungarns'], ['rumänisch', 'Rumäniens'], ['kanadisch', 'Kanadas'],
  ['japanisch', 'Japans'], ['kasachisch', 'Kasachstans'], ['dänisch', 'Dänemarks'], ['tschechisch', 'Tschechiens']
])

/**
 * Find the country of a nationality adjective (`russischen` → `Russlands`).
 *
 * @param word
 *   Lower-case adjective as written.
 * @returns
 *   The country in the genitive, or `undefined`.
 * @example
 *   countryOfAdjective('russische') // => 'Russlands'
 */
export function countryOfAdjective(word: string): string | undefined {
  const stem = word.toLowerCase().replace(/(?:e|en|er|es|em)$/, '')
  return demonymAdjectives.get(stem)
}
