/**
 * Third-person Konjunktiv I forms that differ from the indicative, built from
 * a table of frequent verb stems (`stell` → `stelle`), plus irregular forms
 * (`sei`, `seien`). A form with a separable prefix (`hinstelle`) counts too.
 */
const irregular = ['sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'wisse', 'tue']
const stems = `geb steh geh lieg komm bleib brauch seh trag lass halt stell nehm zeig mach arbeit spiel gelt besteh
  handl verhandl führ betreib hinstell forder plan benötig erwart umfass dien fehl droh befind entsprech bedeut bedroh
  versuch verfolg beabsichtig vertret unterstütz verletz riskier akzeptier respektier bereit biet erhalt lieg reich
  setz sitz sprech find denk glaub hoff wünsch fürcht bestimm entscheid versteh erfüll schütz verteidig mobilisier
  zieh bring kenn lauf ruf schaff schein schließ schick such treff tret verlier wart wachs zahl
  beweg erreich verhinder provozier eskalier ignorier liefer stationier verleg greif berücksichtig
  gefährd garantier hab erklär verstoß nutz bau verletz unternehm verschärf gewinn kämpf herrsch
  lehn unterschätz überschätz beteilig beend begründ beton beobacht besitz bezahl dräng fühl folg gehör geling helf hör
  lern leb meld öffn pass prüf rechn red reagier sag sorg spür stimm stärk stör trau überleg überzeug unterschreib verlang
  verlass vermeid verstärk verzicht wähl wend wirk zwing nenn leist lös blockier kontrollier isolier destabilisier
  annektier attackier investier profitier existier funktionier interessier informier kooperier diskutier reduzier
  sanktionier kritisier dominier militarisier okkupier dementier bestätig vertrau verweiger erwäg beschließ bewert
  betracht wiederhol verschieb verbiet verpflicht beschränk ermöglich behalt verdien warn bestreit übernehm
  fall werf schlag fahr rat lad stoß sterb vergess mess les empfang fang häng schlaf berat verrat enthalt entfall gefall
  veröffentlich verfüg unterscheid übertreib steck weck schränk tauch freu steig sink beginn schweig leid streit vergleich
  beweis verweis rück zerfall`
  .split(/\s+/)
  .filter(Boolean)

const forms = new Set<string>(irregular)
for (const stem of stems) forms.add(`${stem}e`)
// `-eln` / `-ern` verbs: handle, fordere.
forms.add('handle').add('verhandle').add('fordere').add('ändere').add('verändere').add('äußere').add('erinnere').add('entwickle').add('verbessere').add('verschlechtere')
forms.delete('hatte')

const prefixes = ['ab', 'an', 'heran', 'voran', 'weiter', 'wieder', 'hinaus', 'auf', 'aus', 'bei', 'dar', 'ein', 'fest', 'fort', 'her', 'heraus', 'hin', 'hinzu', 'mit', 'nach', 'vor', 'weg', 'zu', 'zurück', 'zusammen', 'um', 'vorbei', 'statt', 'teil', 'klein', 'bereit', 'fest', 'frei', 'los', 'gegenüber']

/** Words that a prefix and a stem above would give but that are no verb: the postposition `zufolge` (`zu` + `folge`). */
const notVerbs: ReadonlySet<string> = new Set(['zufolge'])

/** Lower-case words in `-iere` that are no form of a verb in `-ieren`. */
const notIeren: ReadonlySet<string> = new Set(['schiere', 'schieren'])

/**
 * Whether a word is the third-person Konjunktiv I of a verb in `-ieren`
 * (`resultiere`, `reagiere`, `stationiere`): regular, so no stem list is needed;
 * the indicative is `-iert`.
 */
function isIerenForm(word: string): boolean {
  return word.length >= 7 && word.endsWith('iere') && !notIeren.has(word)
}

/** A word and the Konjunktiv I after it that make a wish formula, no reported speech (`Es lebe …`, `Gott sei Dank`, `koste es, was es wolle`). */
export const optativeFormulas: ReadonlySet<string> = new Set(['es lebe', 'gott sei', 'es wolle', 'gott behüte', 'gott bewahre', 'gott segne'])

/** Konjunktiv II forms that often stand in for plural Konjunktiv I in reported speech. */
export const konjunktivTwo: ReadonlySet<string> = new Set([
  'hätte', 'hätten', 'wäre', 'wären', 'würde', 'würden', 'könnte', 'könnten', 'müsste', 'müssten', 'sollte', 'sollten',
  'dürfte', 'dürften', 'gäbe', 'gäben', 'käme', 'kämen', 'ginge', 'läge', 'lägen', 'stünde', 'stünden', 'stände', 'bräuchte', 'bräuchten', 'gleichkäme',
  'bliebe', 'hielte', 'ließe', 'fände', 'fänden', 'sähe', 'sähen', 'nähme', 'nähmen', 'täte', 'täten', 'wüsste', 'wüssten', 'hieße', 'gälte'
])

/**
 * Whether a lower-case word is a Konjunktiv I form that differs from the
 * indicative (`sei`, `habe`, `werde`, `stelle`, `hinstelle`).
 *
 * @param word
 *   Lower-case word.
 * @returns
 *   `true` for a Konjunktiv I form.
 * @example
 *   isKonjunktivOne('könne') // => true
 */
export function isKonjunktivOne(word: string): boolean {
  if (notVerbs.has(word)) return false
  if (forms.has(word)) return true
  if (isIerenForm(word)) return true
  if (word.length < 5 || !word.endsWith('e')) return false
  for (const prefix of prefixes) {
    if (word.startsWith(prefix) && forms.has(word.slice(prefix.length))) return true
  }
  return false
}
