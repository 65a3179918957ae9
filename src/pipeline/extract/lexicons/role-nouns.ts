import { memoize } from '../memoize.js'

/**
 * Heads of role nouns: a word whose last hyphen part ends in one of these
 * (`Nato-Generalsekretär`, `Vizeaußenministerin`, `Kreml-Sprecher`) names a
 * role, not a person. Lower case, nominative singular; inflected endings are
 * accepted by `isRoleNoun`.
 */
export const roleHeads: readonly string[] = [
  'minister', 'ministerin', 'sprecher', 'sprecherin', 'sekretär', 'sekretärin', 'präsident', 'präsidentin',
  'kanzler', 'kanzlerin', 'botschafter', 'botschafterin', 'diplomat', 'diplomatin', 'leiter', 'leiterin',
  'chef', 'chefin', 'vorsitzende', 'vorsitzender', 'abgeordnete', 'abgeordneter', 'general', 'generalin',
  'admiral', 'kommandeur', 'befehlshaber', 'berater', 'beraterin', 'beauftragte', 'beauftragter', 'senator',
  'senatorin', 'premier', 'premierministerin', 'analyst', 'analystin', 'experte', 'expertin', 'politiker',
  'politikerin', 'korrespondent', 'korrespondentin', 'aktivist', 'aktivistin', 'kritiker', 'kritikerin',
  'bürgermeister', 'bürgermeisterin', 'gouverneur', 'gouverneurin', 'könig', 'königin', 'papst', 'direktor',
  'direktorin', 'gründer', 'gründerin', 'oberhaupt', 'unterhändler', 'unterhändlerin', 'vertreter', 'vertreterin',
  'oberst', 'kommandant', 'staatssekretär', 'staatssekretärin', 'fraktionschef', 'parteichef', 'sprecherin',
  'regierungschef', 'regierungschefin', 'staatschef', 'staatschefin', 'kremlchef', 'journalist', 'journalistin',
  'historiker', 'historikerin', 'forscher', 'forscherin', 'professor', 'professorin', 'oppositionsführer',
  'oppositionelle', 'oppositioneller', 'machthaber', 'diktator', 'autokrat', 'delegationsleiter',
  'delegationsleiterin', 'emissär', 'gesandte', 'gesandter', 'ombudsmann', 'richter', 'richterin', 'anwalt',
  'anwältin', 'staatsanwalt', 'staatsanwältin', 'vize', 'koordinator', 'koordinatorin', 'verteidigungsexperte',
  'militärexperte', 'generalstabschef', 'oberkommandierende', 'oberkommandierender', 'chefredakteur',
  'chefredakteurin', 'moderator', 'moderatorin', 'kommissar', 'kommissarin', 'vorstand', 'geschäftsführer',
  'politologe', 'politologin', 'ökonom', 'ökonomin', 'soziologe', 'soziologin', 'osteuropaexperte', 'russlandexperte', 'pressesprecher', 'pressesprecherin',
  'manager', 'managerin', 'intendant', 'intendantin', 'bischof', 'bischöfin', 'trainer', 'trainerin'
]

const headSet = new Set(roleHeads)
const endings = ['', 'en', 'n', 's', 'es', 'in', 'innen', 'e', 'er', 'em']

/** `isRoleNoun`, computed. */
function roleNounUncached(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false
  const last = word.split('-').at(-1)!.toLowerCase()
  if (last.length < 3) return false
  for (const ending of endings) {
    if (ending && !last.endsWith(ending)) continue
    const stem = ending ? last.slice(0, -ending.length) : last
    for (let cut = 0; cut <= stem.length - 3; cut++) {
      if (headSet.has(stem.slice(cut))) return true
    }
  }
  return false
}

const roleNounMemoized = memoize(roleNounUncached)

/**
 * Whether a word is a role noun: its last hyphen part ends in a role head,
 * optionally inflected (`Präsidenten`, `Außenministers`). Memoized: the
 * rules ask about the same words again and again.
 *
 * @param word
 *   A word as written, hyphens included.
 * @returns
 *   `true` for a role noun.
 * @example
 *   isRoleNoun('Nato-Generalsekretär') // => true
 */
export function isRoleNoun(word: string): boolean {
  // A word that starts with an ASCII letter other than a capital, a digit or a mark, or has fewer than three letters, is none: no lookup.
  const first = word.charCodeAt(0)
  if (word.length < 3 || (first < 0x80 && (first < 0x41 || first > 0x5a))) return false
  return roleNounMemoized(word)
}

/**
 * Nouns for nationals that news use for a person already named (`sagte der
 * Norweger`), lower case, nominative singular, with the stem of their
 * nationality adjective (`franzose`, `französin` → `französisch`): the origin
 * the person must show.
 */
export const demonymStems: ReadonlyMap<string, string> = new Map(
  [
    ['norwegisch', 'norweger norwegerin'], ['russisch', 'russe russin'], ['amerikanisch', 'amerikaner amerikanerin'], ['deutsch', 'deutsche'],
    ['französisch', 'franzose französin'], ['britisch', 'brite britin'], ['ukrainisch', 'ukrainer ukrainerin'], ['polnisch', 'pole polin'],
    ['niederländisch', 'niederländer niederländerin'], ['dänisch', 'däne dänin'], ['finnisch', 'finne finnin'], ['schwedisch', 'schwede schwedin'],
    ['belgisch', 'belgier belgierin'], ['italienisch', 'italiener italienerin'], ['spanisch', 'spanier spanierin'], ['türkisch', 'türke türkin'],
    ['chinesisch', 'chinese chinesin'], ['georgisch', 'georgier georgierin'], ['litauisch', 'litauer litauerin'], ['lettisch', 'lette lettin'],
    ['estnisch', 'este estin'], ['österreichisch', 'österreicher österreicherin'], ['kanadisch', 'kanadier kanadierin'], ['japanisch', 'japaner japanerin'],
    ['weißrussisch', 'weißrusse weißrussin'], ['belarussisch', 'belarusse belarussin'], ['ungarisch', 'ungar ungarin'], ['tschechisch', 'tscheche tschechin'],
    ['rumänisch', 'rumäne rumänin'], ['bulgarisch', 'bulgare bulgarin'], ['slowakisch', 'slowake slowakin'], ['schweizerisch', 'schweizer schweizerin'],
    ['kasachisch', 'kasache kasachin']
  ].flatMap(([stem, nouns]) => nouns!.split(' ').map((noun): [string, string] => [noun, stem!]))
)

/** The demonym nouns of `demonymStems` (`norweger`, `französin`, …). */
export const demonymNouns: ReadonlySet<string> = new Set(demonymStems.keys())
