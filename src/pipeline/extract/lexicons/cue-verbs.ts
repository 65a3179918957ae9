/**
 * Verbs of saying and their forms. Each entry gives the lemma, its finite
 * forms (3rd person present and past, singular and plural, Konjunktiv), its
 * participle, and for separable verbs the particle that the finite form
 * leaves at the end of the clause (`teilte … mit`).
 */
export interface CueVerb {
  /** Infinitive (`mitteilen`). */
  readonly lemma: string
  /** Finite forms without the particle (`teilt`, `teilte`, `teilten`, `teile`). */
  readonly finite: readonly string[]
  /** Joined forms: participle and verb-final forms with the particle (`mitgeteilt`, `mitteilte`). */
  readonly joined: readonly string[]
  /** Particle of a separable verb, or `undefined`. */
  readonly particle?: string
  /** `true` for verbs that introduce a clause of speech on their own (`sagen`); `false` for ones that need `dass` or Konjunktiv (`hoffen`). */
  readonly say: boolean
  /** `true` for a verb too common to mark a speaker alone (`kam … zum Ergebnis`, `wurde bekannt`): a cue only with its particle, never a signal for speaker names. */
  readonly bound?: boolean
}

// [lemma, present 3sg, past 3sg, participle, particle?, say?]
// Regular weak verbs can be given by their stem alone: `sag` → sagt, sagte, sagten, gesagt, sage.
const weak = (stem: string, opts: { ge?: boolean; particle?: string; say?: boolean } = {}): CueVerb => {
  const ge = opts.ge ?? true
  const e = /[td]$|[^aeiouhlr]n$|chn$/.test(stem) ? 'e' : ''
  const present = `${stem}${e}t`
  const past = `${stem}${e}te`
  const participle = `${ge ? 'ge' : ''}${stem}${e}t`
  const particle = opts.particle
  // The plural present is the infinitive: `-n` after a stem in `-er`/`-el` (`fordern`, `bemängeln`), else `-en`.
  const plural = `${stem}${/(?<!i)e[rl]$/.test(stem) ? 'n' : 'en'}`
  const finite = [present, past, `${past}n`, `${stem}e`, plural]
  const joined = particle
    ? [`${particle}${present}`, `${particle}${past}`, `${particle}${past}n`, `${particle}${stem}e`, `${particle}${plural}`, `${particle}${ge ? 'ge' : ''}${stem}${e}t`]
    : [participle]
  return { lemma: `${particle ?? ''}${plural}`, finite, joined, particle, say: opts.say ?? true }
}
const strong = (lemma: string, forms: string[], participle: string, opts: { particle?: string; say?: boolean } = {}): CueVerb => {
  const particle = opts.particle
  // The 3rd person plural present is the infinitive without its particle (`werfen … vor`, `sprechen`), as `weak` gives it (`sagen`).
  const plural = lemma.includes(' ') ? undefined : particle && lemma.startsWith(particle) ? lemma.slice(particle.length) : particle ? undefined : lemma
  const finite = plural && !forms.includes(plural) ? [...forms, plural] : forms
  const joined = particle ? [...finite.map((form) => `${particle}${form}`), `${particle}${participle}`] : [participle]
  return { lemma, finite, joined, particle, say: opts.say ?? true }
}

/** The cue verbs. */
export const cueVerbs: readonly CueVerb[] = [
  weak('sag'), weak('erklär', { ge: false }), weak('beton', { ge: false }), weak('teil', { particle: 'mit' }),
  weak('äußer'), weak('bericht', { ge: false }), weak('bestätig', { ge: false }), weak('kündig', { particle: 'an' }),
  weak('füg', { particle: 'hinzu' }), weak('ergänz', { ge: false }), weak('mein'), weak('erläuter', { ge: false }),
  weak('führ', { particle: 'aus' }), weak('leg', { particle: 'dar' }), weak('bekräftig', { ge: false }),
  weak('versicher', { ge: false }), weak('verkünd', { ge: false }), weak('antwort'), weak('entgegn', { ge: false }),
  weak('erwider', { ge: false }), weak('frag'), weak('meld'), weak('erinner', { ge: false }),
  weak('stell', { particle: 'fest' }), strong('festhalten', ['hält', 'hielt', 'hielten', 'halte'], 'gehalten', { particle: 'fest', say: false }), weak('kommentier', { ge: false }),
  weak('schilder'), weak('twitter'), weak('formulier', { ge: false }), weak('bekund', { ge: false }),
  weak('stell', { particle: 'klar' }), weak('räum', { particle: 'ein' }), weak('dementier', { ge: false }),
  weak('warn'), weak('forder'), weak('forder', { particle: 'auf' }), weak('verlang', { ge: false }),
  weak('appellier', { ge: false }), weak('mahn'), weak('dräng'), weak('droh'), weak('plädier', { ge: false }),
  weak('kritisier', { ge: false }), weak('beklag', { ge: false }), weak('bemängel', { ge: false }),
  weak('beschuldig', { ge: false }), weak('verdächtig', { ge: false, say: false }), weak('verurteil', { ge: false }), weak('lob', { say: false }),
  weak('begrüß', { ge: false, say: false }), weak('sag', { particle: 'zu' }), weak('sicher', { particle: 'zu' }),
  weak('garantier', { ge: false }), weak('argumentier', { ge: false }), weak('begründ', { ge: false }),
  weak('behaupt', { ge: false }), weak('vermut', { ge: false, say: false }), weak('glaub', { say: false }),
  weak('befürcht', { ge: false, say: false }), weak('fürcht', { say: false }), weak('hoff', { say: false }),
  weak('erwart', { ge: false, say: false }), weak('schätz', { say: false }), weak('bezweifel', { ge: false, say: false }),
  weak('spekulier', { ge: false }), weak('urteil'), weak('bilanzier', { ge: false }), weak('konstatier', { ge: false }),
  weak('bezeichn', { ge: false, say: false }), weak('wert', { say: false }), weak('deut', { particle: 'an' }),
  weak('erwähn', { ge: false }), weak('beteuer', { ge: false }), weak('zitier', { ge: false }),
  weak('unterstell', { ge: false }), weak('beharr', { ge: false }), weak('präzisier', { ge: false }),
  weak('signalisier', { ge: false }), weak('versprech', { ge: false }), weak('wiederhol', { ge: false }),
  weak('erklär', { particle: 'ab' }), weak('vermeld', { ge: false }),
  strong('eingestehen', ['gesteht', 'gestand', 'gestanden', 'gestehe'], 'gestanden', { particle: 'ein' }),
  strong('anbieten', ['bietet', 'bot', 'boten', 'biete'], 'geboten', { particle: 'an', say: false }),
  strong('bitten', ['bittet', 'bat', 'baten'], 'gebeten', { say: false }),
  strong('sprechen', ['spricht', 'sprach', 'sprachen', 'spreche'], 'gesprochen', { say: false }),
  strong('nennen', ['nennt', 'nannte', 'nannten', 'nenne'], 'genannt', { say: false }),
  strong('schreiben', ['schreibt', 'schrieb', 'schrieben', 'schreibe'], 'geschrieben'),
  strong('hinweisen', ['weist', 'wies', 'wiesen', 'weise'], 'gewiesen', { particle: 'hin' }),
  strong('verweisen', ['verweist', 'verwies', 'verwiesen', 'verweise'], 'verwiesen'),
  strong('zurückweisen', ['weist', 'wies', 'wiesen', 'weise'], 'gewiesen', { particle: 'zurück' }),
  strong('vorwerfen', ['wirft', 'warf', 'warfen', 'werfe'], 'geworfen', { particle: 'vor' }),
  strong('unterstreichen', ['unterstreicht', 'unterstrich', 'unterstrichen', 'unterstreiche'], 'unterstrichen'),
  strong('hervorheben', ['hebt', 'hob', 'hoben', 'hebe'], 'gehoben', { particle: 'hervor' }),
  strong('angeben', ['gibt', 'gab', 'gaben', 'gebe'], 'gegeben', { particle: 'an' }),
  strong('bekanntgeben', ['gibt', 'gab', 'gaben', 'gebe'], 'gegeben', { particle: 'bekannt' }),
  strong('zugeben', ['gibt', 'gab', 'gaben', 'gebe'], 'gegeben', { particle: 'zu' }),
  strong('bestreiten', ['bestreitet', 'bestritt', 'bestritten', 'bestreite'], 'bestritten'),
  strong('widersprechen', ['widerspricht', 'widersprach', 'widersprachen', 'widerspreche'], 'widersprochen'),
  strong('empfehlen', ['empfiehlt', 'empfahl', 'empfahlen', 'empfehle'], 'empfohlen'),
  strong('raten', ['rät', 'riet', 'rieten', 'rate'], 'geraten', { say: false }),
  strong('vorschlagen', ['schlägt', 'schlug', 'schlugen', 'schlage'], 'geschlagen', { particle: 'vor' }),
  strong('versprechen', ['verspricht', 'versprach', 'versprachen', 'verspreche'], 'versprochen'),
  strong('annehmen', ['nimmt', 'nahm', 'nahmen', 'nehme'], 'genommen', { particle: 'an', say: false }),
  strong('aufrufen', ['ruft', 'rief', 'riefen', 'rufe'], 'gerufen', { particle: 'auf' }),
  strong('heißen', ['heißt', 'hieß', 'hießen'], 'geheißen'),
  strong('verlauten', ['verlautet', 'verlautete'], 'verlautet'),
  strong('beschreiben', ['beschreibt', 'beschrieb', 'beschrieben'], 'beschrieben'),
  strong('deutlich machen', ['macht', 'machte', 'machten', 'mache'], 'gemacht', { particle: 'deutlich' }),
  strong('klar machen', ['macht', 'machte', 'machten', 'mache'], 'gemacht', { particle: 'klar' }),
  strong('zeigen', ['zeigte', 'zeigt', 'zeigten'], 'gezeigt', { particle: 'überzeugt', say: false }),
  strong('ablehnen', ['lehnt', 'lehnte', 'lehnten'], 'gelehnt', { particle: 'ab', say: false }),
  strong('ausgehen', ['geht', 'ging', 'gingen', 'gehe'], 'gegangen', { particle: 'aus', say: false }),
  strong('einwenden', ['wendet', 'wandte', 'wandten', 'wende'], 'gewandt', { particle: 'ein' }),
  // Multiword cues: `zeigte sich zuversichtlich, dass …`, `ist der Meinung, …`, `vertritt die Ansicht, …`.
  ...['zuversichtlich', 'optimistisch', 'besorgt', 'enttäuscht', 'erleichtert', 'skeptisch', 'sicher', 'zufrieden', 'beunruhigt', 'erfreut', 'verwundert'].map((state) =>
    strong('zeigen', ['zeigte', 'zeigt', 'zeigten', 'zeige'], 'gezeigt', { particle: state, say: false })),
  // `ist zuversichtlich, dass …`: a stated expectation with its clause (not `ist überzeugt`, a belief; never `es ist sicher`: no state of a speaker).
  ...['zuversichtlich', 'optimistisch', 'besorgt', 'skeptisch'].map((state) =>
    strong(`${state} sein`, ['ist', 'war', 'sind', 'waren'], 'gewesen', { particle: state, say: false })),
  // Findings, documents and decisions with their clause (`Die Ermittlungen ergaben, dass …`, `Der Beschluss sieht vor, dass …`,
  // `legte fest, dass …`, `kam zu dem Ergebnis, dass …`, `hat entschieden, … zu …`, `haben sich darauf verständigt, … zu …`).
  strong('ergeben', ['ergibt', 'ergab', 'ergaben'], 'ergeben', { say: false }),
  strong('vorsehen', ['sieht', 'sah', 'sahen'], 'gesehen', { particle: 'vor', say: false }),
  weak('leg', { particle: 'fest', say: false }),
  ...['ergebnis', 'schluss'].map((noun) => ({ ...strong(`zum ${noun} kommen`, ['kommt', 'kam', 'kamen', 'komme'], 'gekommen', { particle: noun, say: false }), bound: true })),
  strong('daraus schließen', ['schließt', 'schloss', 'schlossen', 'schließe', 'schließen'], 'geschlossen', { particle: 'daraus', say: false }),
  // `Des Weiteren wurde bekannt, dass …`: news of no named source.
  { ...strong('bekannt werden', ['wird', 'wurde', 'wurden'], 'geworden', { particle: 'bekannt', say: false }), bound: true },
  // `Zunächst war die Rede davon, dass …`: talk of no named source.
  { ...strong('die rede sein', ['ist', 'war', 'sei'], 'gewesen', { particle: 'rede', say: false }), bound: true },
  strong('entscheiden', ['entscheidet', 'entschied', 'entschieden', 'entscheide'], 'entschieden', { say: false }),
  strong('beschließen', ['beschließt', 'beschloss', 'beschlossen', 'beschließe'], 'beschlossen', { say: false }),
  weak('verständig', { ge: false, say: false }), weak('plan', { say: false }),
  // `schloss nicht aus, dass …`.
  strong('ausschließen', ['schließt', 'schloss', 'schlossen', 'schließe'], 'geschlossen', { particle: 'aus', say: false }),
  ...['meinung', 'ansicht', 'auffassung', 'überzeugung'].flatMap((noun) => [
    strong(`der ${noun} sein`, ['ist', 'war', 'sind', 'waren', 'sei', 'seien'], 'gewesen', { particle: noun, say: false }),
    strong(`die ${noun} vertreten`, ['vertritt', 'vertrat', 'vertraten', 'vertrete'], 'vertreten', { particle: noun, say: false })
  ]),
  strong('den standpunkt vertreten', ['vertritt', 'vertrat', 'vertraten', 'vertrete'], 'vertreten', { particle: 'standpunkt', say: false })
]

/** A cue found by form: the verb and whether the form was split (needs the particle later). */
export interface CueForm {
  readonly verb: CueVerb
  readonly split: boolean
}

const byForm = new Map<string, CueForm[]>()
const withBound = new Map<string, CueForm[]>()
const noForms: readonly CueForm[] = []
const add = (map: Map<string, CueForm[]>, form: string, entry: CueForm) => {
  const list = map.get(form) ?? []
  list.push(entry)
  map.set(form, list)
}
for (const verb of cueVerbs) {
  for (const form of verb.finite) {
    if (!verb.bound) add(byForm, form, { verb, split: Boolean(verb.particle) })
    add(withBound, form, { verb, split: Boolean(verb.particle) })
  }
  for (const form of verb.joined) {
    if (!verb.bound) add(byForm, form, { verb, split: false })
    add(withBound, form, { verb, split: false })
  }
  // A phrasal cue keeps its particle a word of its own before the participle too (`hatte den Standpunkt vertreten`,
  // `hat sich zuversichtlich gezeigt`): the participle is a split form whose particle the cue search finds right before it.
  const particle = verb.particle
  if (particle && (verb.lemma.includes(' ') || !verb.lemma.startsWith(particle))) {
    const participle = verb.joined.at(-1)!.slice(particle.length)
    if (!verb.finite.includes(participle)) {
      if (!verb.bound) add(byForm, participle, { verb, split: true })
      add(withBound, participle, { verb, split: true })
    }
  }
}

/** The cue verb forms of a lower-case word, bound verbs included (`kam` of `kam zum Ergebnis`): for the cue search, which checks the particle. */
export function cueFormsWithBoundOf(word: string): readonly CueForm[] {
  return withBound.get(word) ?? noForms
}

/**
 * Look up a lower-case word among the cue verb forms (bound verbs left out).
 *
 * @param word
 *   Lower-case word.
 * @returns
 *   The verbs it may be a form of (empty when none).
 * @example
 *   cueFormsOf('sagte')[0]?.verb.lemma // => 'sagen'
 */
export function cueFormsOf(word: string): readonly CueForm[] {
  return byForm.get(word) ?? noForms
}
