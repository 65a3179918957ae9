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
  ['japanisch', 'Japans'], ['kasachisch', 'Kasachstans'], ['dänisch', 'Dänemarks'], ['tschechisch', 'Tschechiens'],
  ['slowakisch', 'der Slowakei'], ['bulgarisch', 'Bulgariens'], ['griechisch', 'Griechenlands'], ['moldauisch', 'der Republik Moldau'],
  ['armenisch', 'Armeniens'], ['aserbaidschanisch', 'Aserbaidschans'], ['serbisch', 'Serbiens'], ['kroatisch', 'Kroatiens'],
  ['israelisch', 'Israels'], ['iranisch', 'des Iran'], ['syrisch', 'Syriens'], ['indisch', 'Indiens'], ['australisch', 'Australiens'],
  ['mexikanisch', 'Mexikos'], ['brasilianisch', 'Brasiliens'], ['südkoreanisch', 'Südkoreas'], ['nordkoreanisch', 'Nordkoreas'],
  ['portugiesisch', 'Portugals'], ['irisch', 'Irlands'], ['isländisch', 'Islands'], ['schweizerisch', 'der Schweiz']
])

/** Capitals and countries with the stem of their nationality adjective (`in London` → `britisch`), for `das Verteidigungsministerium in London`. */
export const placeAdjectives: ReadonlyMap<string, string> = new Map([
  ['moskau', 'russisch'], ['russland', 'russisch'], ['kiew', 'ukrainisch'], ['kyjiw', 'ukrainisch'], ['ukraine', 'ukrainisch'],
  ['washington', 'amerikanisch'], ['usa', 'amerikanisch'], ['berlin', 'deutsch'], ['deutschland', 'deutsch'], ['london', 'britisch'],
  ['großbritannien', 'britisch'], ['paris', 'französisch'], ['frankreich', 'französisch'], ['warschau', 'polnisch'], ['polen', 'polnisch'],
  ['minsk', 'belarussisch'], ['belarus', 'belarussisch'], ['peking', 'chinesisch'], ['china', 'chinesisch'], ['ankara', 'türkisch'],
  ['vilnius', 'litauisch'], ['litauen', 'litauisch'], ['riga', 'lettisch'], ['lettland', 'lettisch'], ['tallinn', 'estnisch'],
  ['estland', 'estnisch'], ['helsinki', 'finnisch'], ['finnland', 'finnisch'], ['stockholm', 'schwedisch'], ['schweden', 'schwedisch'],
  ['oslo', 'norwegisch'], ['norwegen', 'norwegisch'], ['tiflis', 'georgisch'], ['georgien', 'georgisch'], ['rom', 'italienisch'],
  ['italien', 'italienisch'], ['madrid', 'spanisch'], ['spanien', 'spanisch'], ['wien', 'österreichisch'], ['budapest', 'ungarisch'],
  ['ungarn', 'ungarisch'], ['bukarest', 'rumänisch'], ['rumänien', 'rumänisch'], ['ottawa', 'kanadisch'], ['kanada', 'kanadisch'],
  ['tokio', 'japanisch'], ['japan', 'japanisch'], ['kopenhagen', 'dänisch'], ['dänemark', 'dänisch'], ['prag', 'tschechisch'],
  ['tschechien', 'tschechisch']
])

/**
 * Adjective stems of German states with the state's name as it follows a
 * ministry's (a genitive where German forms one), to name a state ministry
 * (`das bayerische Innenministerium` → `Innenministerium Bayerns`, `das
 * nordrhein-westfälische …` → `… Nordrhein-Westfalen`).
 */
export const stateAdjectives: ReadonlyMap<string, string> = new Map([
  ['bayerisch', 'Bayerns'], ['sächsisch', 'Sachsens'], ['niedersächsisch', 'Niedersachsens'], ['hessisch', 'Hessens'],
  ['thüringisch', 'Thüringens'], ['brandenburgisch', 'Brandenburgs'], ['saarländisch', 'des Saarlandes'],
  ['rheinland-pfälzisch', 'Rheinland-Pfalz'], ['nordrhein-westfälisch', 'Nordrhein-Westfalen'],
  ['baden-württembergisch', 'Baden-Württemberg'], ['schleswig-holsteinisch', 'Schleswig-Holstein'],
  ['mecklenburg-vorpommersch', 'Mecklenburg-Vorpommern'], ['sachsen-anhaltisch', 'Sachsen-Anhalt']
])

/** Adjectives of German state capitals (lower case) with their state's adjective stem: `das Schweriner Umweltministerium` is the state's. */
export const stateCapitalAdjectives: ReadonlyMap<string, string> = new Map([
  ['schweriner', 'mecklenburg-vorpommersch'], ['kieler', 'schleswig-holsteinisch'], ['düsseldorfer', 'nordrhein-westfälisch'],
  ['mainzer', 'rheinland-pfälzisch'], ['wiesbadener', 'hessisch'], ['stuttgarter', 'baden-württembergisch'], ['münchner', 'bayerisch'],
  ['münchener', 'bayerisch'], ['erfurter', 'thüringisch'], ['dresdner', 'sächsisch'], ['magdeburger', 'sachsen-anhaltisch'],
  ['potsdamer', 'brandenburgisch'], ['saarbrücker', 'saarländisch']
])

/** Stem of a German state's adjective as written (`bayerischen` → `bayerisch`), or `undefined`. */
export function stateAdjectiveStem(word: string): string | undefined {
  const stem = word.toLowerCase().replace(/(?:e|en|er|es|em)$/, '')
  return stateAdjectives.has(stem) ? stem : undefined
}

/** The nationality stem of a compound's first part (`US-Außenministerium` → `amerikanisch`), or `undefined`. */
export function adjectiveOfPrefix(part: string): string | undefined {
  if (part === 'US') return 'amerikanisch'
  return placeAdjectives.get(part.toLowerCase())
}

/** Stem of a nationality adjective as written (`russischen` → `russisch`), or `undefined`. */
export function adjectiveStem(word: string): string | undefined {
  const stem = word.toLowerCase().replace(/(?:e|en|er|es|em)$/, '')
  return demonymAdjectives.has(stem) && stem !== 'us' ? stem : undefined
}

/**
 * Names an organization of a country may have in the registry, for a head noun
 * and a nationality stem: `Außenministerium Russlands`, `russisches
 * Außenministerium`, `US-Außenministerium`.
 *
 * @param head
 *   Head noun in the nominative (`Außenministerium`).
 * @param stem
 *   Nationality stem (`russisch`).
 * @returns
 *   Candidate names, the canonical one first.
 * @example
 *   countryNames('Außenministerium', 'russisch')[0] // => 'Außenministerium Russlands'
 */
export function countryNames(head: string, stem: string): string[] {
  const country = demonymAdjectives.get(stem)
  const names = country ? [`${head} ${country}`] : []
  names.push(`${stem}es ${head}`, `${stem}e ${head}`)
  if (stem === 'amerikanisch') names.push(`US-${head}`, `${head} der Vereinigten Staaten`)
  return names
}
