import { cueFormsOf } from '../lexicons/cue-verbs.js'
import { mentionsIn, type ArticleInfo, type ParagraphInfo, type PartMention } from './context.js'
import { findCues, type CueHit } from './cues.js'
import { gapText } from './clause.js'
import { genderOf, resolvePhrase, type Speaker } from './speaker.js'

/** The end of the noun phrase after a verb: up to punctuation, `laut`, a preposition of time/place or a lower-case word. */
export function phraseEnd(info: ParagraphInfo, from: number, to: number): number {
  let j = from
  while (j < to) {
    // A middle initial (`George W. Bush`) does not end the phrase.
    if (j > from && /[,;:.!?(–—]/.test(gapText(info, j - 1, j)) && !(gapText(info, j - 1, j) === '. ' && /^\p{Lu}$/u.test(info.parts[j - 1]!.text))) break
    const part = info.parts[j]!
    if (j > from && ['laut', 'am', 'im', 'in', 'auf', 'bei', 'beim', 'nach', 'vor', 'gegenüber', 'zu', 'zum', 'zur', 'mit', 'und', 'jedoch', 'aber', 'dann', 'erneut', 'außerdem', 'weiter', 'zudem', 'noch', 'auch', 'dem', 'den', 'einem', 'einer'].includes(part.lower)) break
    j++
  }
  return j
}

export function viaAfter(info: ParagraphInfo, from: number, to: number): string | null {
  for (let j = from; j < to && j < from + 8; j++) {
    const part = info.parts[j]!
    if (part.lower === 'laut' || (part.lower === 'gegenüber' && false)) {
      const mention = mentionsIn(info, j + 1, j + 5).find((m) => !m.inQuote)
      if (mention) return mention.mention.entity
    }
    if (/[.!?]/.test(j > from ? gapText(info, j - 1, j) : '')) break
  }
  return null
}

/** Words that may follow a name in apposition at the end of a speaker phrase (`…, Maria Roe heute in Genf`). */
const afterApposition = new Set(['heute', 'gestern', 'morgen', 'am', 'im', 'in', 'bei', 'beim', 'auf', 'vor', 'nach', 'anlässlich', 'während', 'gegenüber', 'zufolge', 'laut'])

/**
 * A name in apposition after a speaker phrase without a person (`die
 * Sprecherin des Außenministeriums, Maria Sacharowa, am Mittwoch`): a person
 * right after the comma that ends the phrase, followed by a comma or the end.
 */
export function apposition(info: ParagraphInfo, from: number, end: number, to: number): Speaker | undefined {
  // `der Oberbefehlshaber der Nato in Europa, General X`: a place after `in`/`im` before the comma belongs to the phrase.
  if (end + 2 < to && ['in', 'im'].includes(info.parts[end]!.lower) && info.parts[end + 1]!.upper && /^\s+$/.test(gapText(info, end, end + 1))) end += 2
  if (end >= to || end <= from || !/^\s*,\s*$/.test(gapText(info, end - 1, end))) return undefined
  if (mentionsIn(info, from, end).some((mention) => mention.type === 'person' && !mention.inQuote)) return undefined
  // A title may stand before the name (`…, General X`).
  const person = mentionsIn(info, end, end + 2).find((mention) => mention.type === 'person' && !mention.inQuote && (mention.first === end || (end + 1 < to && info.parts[end]!.upper && /^\s+$/.test(gapText(info, end, end + 1)))))
  if (!person) return undefined
  // `…, General George Casey heute vor der Presse`: an adverb or preposition of time or place may follow the name, never a verb.
  if (person.last + 1 < to && !/[,.;]/.test(gapText(info, person.last, person.last + 1)) && !afterApposition.has(info.parts[person.last + 1]!.lower)) return undefined
  return { speaker: person.mention.entity, description: null, resolution: 'name', confidence: 0.9 }
}

/** `Laut Interfax erklärte X, …`: the medium in a `laut` phrase before the cue relays the speaker. */
export function viaBefore(info: ParagraphInfo, from: number, cueIndex: number, speaker: string | null): string | null {
  for (let j = from; j < cueIndex; j++) {
    if (info.parts[j]!.lower !== 'laut' || info.inQuote[j]) continue
    const mention = mentionsIn(info, j + 1, cueIndex).find((m) => !m.inQuote && m.mention.entity !== speaker)
    if (mention) return mention.mention.entity
  }
  return null
}

/** Adverbs that open a sentence before its verb, so that the subject follows the verb (`Danach sagte …`, `Erst gestern erklärte …`). */
const openingAdverbs = new Set(['danach', 'dann', 'erst', 'später', 'zuvor', 'zudem', 'außerdem', 'auch', 'bereits', 'schon', 'nun', 'jetzt', 'heute', 'gestern', 'inzwischen', 'unterdessen', 'daraufhin', 'dabei', 'dazu', 'deshalb', 'daher', 'zugleich', 'gleichzeitig', 'ebenfalls', 'zuletzt', 'schließlich', 'zunächst', 'kürzlich', 'jüngst', 'damals', 'anschließend', 'indes', 'allerdings', 'jedoch', 'vergangene', 'vergangenen', 'letzte', 'letzten'])

/** Whether the sentence part `start` opens an adverbial (an adverb or a preposition), not a noun phrase: the subject then follows the verb. */
export function adverbialOpener(info: ParagraphInfo, start: number): boolean {
  const lower = info.parts[start]!.lower
  return openingAdverbs.has(lower) || prepositionWords.has(lower) || ['am', 'als'].includes(lower)
}

/** Feminine nouns of outlets that stand in the dative after a cue (`sagte der Zeitung`): the addressee, not the speaker. */
const addresseeNouns = new Set(['zeitung', 'tageszeitung', 'wochenzeitung', 'nachrichtenagentur', 'agentur', 'presse', 'zeitschrift', 'illustrierten', 'bild'])

/** Articles that open a nominative noun phrase (`ein Sprecher`, `die Ministerin`) after a dative addressee. */
const nominativeOpeners = new Set(['ein', 'eine', 'der', 'die', 'das'])

/**
 * The part after a dative addressee that opens the phrase after a cue
 * (`sagte der Zeitung ein Sprecher`, `sagte der Deutschen Presse-Agentur eine
 * Sprecherin`): `der`, adjectives, then an outlet noun or a named
 * organization, and right after it (no punctuation) a nominative article or a
 * person's name, which is the subject. `undefined` when part `at` opens no
 * such addressee.
 */
export function dativeAddresseeEnd(info: ParagraphInfo, at: number, to: number): number | undefined {
  if (info.parts[at]?.lower !== 'der' || info.inQuote[at]) return undefined
  let j = at + 1
  while (j < to && !info.parts[j]!.upper && /^[a-zäöüß]+(?:e|en)$/u.test(info.parts[j]!.text)) j++
  if (j >= to) return undefined
  let end: number | undefined
  if (addresseeNouns.has(info.parts[j]!.lower)) end = j + 1
  else {
    const outlet = mentionsIn(info, at, j + 1).find((mention) => mention.type === 'organization' && !mention.inQuote && mention.first <= j && mention.last >= j && !info.parts[mention.last]!.hyphenAfter)
    if (outlet) end = outlet.last + 1
  }
  if (end === undefined || end >= to || /[,;:.!?()–—]/.test(gapText(info, end - 1, end))) return undefined
  const subject = info.parts[end]!
  if (nominativeOpeners.has(subject.lower) || mentionsIn(info, end, end + 1).some((mention) => mention.type === 'person' && mention.first === end)) return end
  return undefined
}

const subordinators = new Set(['indem', 'weil', 'nachdem', 'als', 'da', 'wobei', 'während', 'obwohl', 'wenn', 'bevor'])

const auxiliaries = new Set(['hat', 'hatte', 'habe', 'hätte', 'haben', 'hatten'])

/**
 * `hatte X (in einem Interview) erklärt`: an auxiliary at part `k` and a cue
 * participle that closes the clause within a few words; the speaker stands
 * between them.
 */
export function auxiliaryCue(info: ParagraphInfo, k: number, to: number): CueHit | undefined {
  const part = info.parts[k]
  if (!part || info.inQuote[k] || !auxiliaries.has(part.lower)) return undefined
  const cue = findCues(info, k + 1, Math.min(to, k + 20)).find((hit) => hit.index > k + 1)
  if (!cue || cue.index !== cue.end) return undefined
  for (let j = k + 1; j < cue.index; j++) if (['nicht', 'nie', 'niemals', 'kein', 'keine'].includes(info.parts[j]!.lower) || /[,;:.!?]/.test(gapText(info, j - 1, j))) return undefined
  if (cue.index + 1 < to && !/[,;:.!?]/.test(gapText(info, cue.index, cue.index + 1))) return undefined
  return cue
}

/** Relative pronouns that open a relative clause after a noun. */
const relativePronouns = new Set(['der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'denen', 'welcher', 'welche', 'welches', 'welchen', 'welchem'])
/** A lower-case word after a relative pronoun (an article, adverb, pronoun) shows it opens a clause, not an apposition (`den die Zeitung …`, `der am Montag …`). */
const clauseSecondWords = /^[a-zäöüß]/u

/**
 * Where the noun phrase before a relative clause starts, when parts `[start,
 * cue)` are a relative clause closed by a comma right before the cue (`Ein
 * Beamter, den die Zeitung zitiert, sagte`): the part after the comma
 * before it, or `from`. `undefined` when there is none, or when the clause is an
 * apposition (`Emily Lau, die Vorsitzende der Partei, sagte`).
 */
function relativeClauseBefore(info: ParagraphInfo, from: number, start: number, cue: number): number | undefined {
  if (start <= from || start + 1 >= cue || info.inQuote[start]) return undefined
  const pronoun = info.parts[start]!
  const second = info.parts[start + 1]!
  // An apposition is nominative with a capitalized noun second (`die Vorsitzende`); `der am Montag …`, `den die Zeitung …`, `den Putin ernannte` open a clause.
  const oblique = !['der', 'die', 'das', 'welcher', 'welche', 'welches'].includes(pronoun.lower)
  if (!relativePronouns.has(pronoun.lower) || !(oblique || clauseSecondWords.test(second.text)) || !/,\s*$/.test(gapText(info, cue - 1, cue))) return undefined
  if (!oblique) {
    // `die nordrhein-westfälische Justizministerin`: adjectives and then a noun make an apposition.
    let k = start + 1
    while (k < cue && !info.parts[k]!.upper && (info.parts[k]!.hyphenAfter || /^[a-zäöüß]+(?:e|en|er|es|em)$/u.test(info.parts[k]!.text))) k++
    if (k > start + 1 && k < cue && info.parts[k]!.upper) return undefined
  }
  let head = start - 1
  while (head > from && !/[,;:]/.test(gapText(info, head - 1, head))) head--
  // `In einem Ton, der …, schlug Lawrow vor`: a prepositional phrase before the clause is no subject; the subject follows the cue.
  if (head >= start || prepositionWords.has(info.parts[head]!.lower)) return undefined
  const after = info.parts[cue + 1]
  if (after && !/[,;:]/.test(gapText(info, cue, cue + 1)) && (after.upper || after.lower === 'er' || after.lower === 'sie')) return undefined
  return head
}

/** Prepositions that open an adverbial before the verb (`In einem Ton, der …, sagte X`). */
const prepositionWords = new Set(['in', 'im', 'mit', 'nach', 'bei', 'beim', 'auf', 'an', 'am', 'vor', 'seit', 'während', 'trotz', 'wegen', 'aus', 'von', 'vom', 'zu', 'zum', 'zur', 'über', 'unter', 'für', 'gegen', 'ohne', 'um', 'durch'])

/** Adverbs between `zitiert` and its object (`zitiert dazu X`). */
const objectFillers = new Set(['dazu', 'auch', 'außerdem', 'zudem', 'ferner', 'ebenfalls', 'hierzu', 'darin'])

/**
 * The object of `zitieren` after the cue: a name (`zitierte Sergej Lawrow mit
 * den Worten`), a role noun for a person named before (`zitiert den
 * Minister`), or an unnamed source described by its phrase (`zitiert einen
 * Augenzeugen`).
 */
function quotedObject(article: ArticleInfo, info: ParagraphInfo, cue: CueHit, to: number): Speaker | undefined {
  let from = cue.index + 1
  while (from < to && objectFillers.has(info.parts[from]!.lower)) from++
  const object = info.parts[from]
  if (!object || info.inQuote[from] || /[,;:]/.test(gapText(info, from - 1, from))) return undefined
  let end = from + 1
  while (end < to && end < from + 6 && !/[,;:.!?]/.test(gapText(info, end - 1, end)) && !['mit', 'im', 'in', 'am', 'auf', 'bei', 'nach', 'so', 'wie', 'als'].includes(info.parts[end]!.lower)) end++
  // `zitierte Sergej Lawrow mit den Worten`, `zitiert den Außenminister Sergej Lawrow`: a name as the object.
  const named = mentionsIn(info, from, end).find((mention) => !mention.inQuote && mention.type !== 'place')
  if (named) return named.first <= from + 2 ? { speaker: named.mention.entity, description: null, resolution: 'name', confidence: 0.8 } : undefined
  if (!['den', 'einen', 'die', 'eine', 'das', 'ein'].includes(object.lower)) return undefined
  const resolved = resolvePhrase(article, info, from, end, { unnamed: true })
  if (!resolved || (resolved.speaker === null && !resolved.description)) return undefined
  return resolved
}

/**
 * Whether parts `[from, start)` are a person's name and a comma, so that the
 * phrase from `start` to the cue is an apposition to that name (`Jane Roe,
 * Direktorin des Instituts, sagte`): the name opens the sentence (after at
 * most an article) and the comma follows it.
 */
function appositionOf(info: ParagraphInfo, from: number, start: number): boolean {
  const opener = mentionsIn(info, from, from + 2).find((mention) => mention.type === 'person' && !mention.inQuote)
  return opener !== undefined && opener.last + 1 === start && /,/.test(gapText(info, opener.last, start)) && (opener.first === from || ['der', 'die'].includes(info.parts[from]!.lower))
}

/** Lower-case words of the noun phrase before an apposition besides adjectives: articles and the prepositions of its attributes. */
const apposedPhraseWords = new Set(['der', 'des', 'dem', 'den', 'von', 'vom', 'am', 'im', 'aus', 'bei', 'beim', 'zu', 'zum', 'zur', 'für', 'in'])

/**
 * `Der Nachfolger des Airbus-Chefs X, Louis Gallois, hat angekündigt, …`: a
 * person between commas that closes an article-led noun phrase opening the
 * sentence, right before the verb (only lower-case words between it and the
 * cue at `cue`), is the subject that phrase describes. `undefined` otherwise.
 */
function appositionBeforeVerb(info: ParagraphInfo, from: number, start: number, cue: number): PartMention | undefined {
  if (start <= from + 2 || !['der', 'die', 'das', 'ein', 'eine'].includes(info.parts[from]!.lower) || !/^\s*,\s*$/.test(gapText(info, start - 1, start))) return undefined
  for (let j = start; j < cue; j++) if (info.parts[j]!.upper || info.inQuote[j]) return undefined
  const person = mentionsIn(info, from + 2, start).find((mention) => mention.type === 'person' && !mention.inQuote && mention.last === start - 1)
  if (!person || !/^\s*,\s*$/.test(gapText(info, person.first - 1, person.first))) return undefined
  // Only the opening noun phrase stands before the apposition: no other comma, and no lower-case word but articles, prepositions and
  // adjectives (`des am Montag zurückgetretenen Chefs`), never a verb (`Der Minister traf X, Y, und sagte`).
  for (let j = from + 1; j < person.first; j++) {
    const part = info.parts[j]!
    if (/[,;:.!?()]/.test(gapText(info, j - 1, j))) return undefined
    if (!part.upper && !apposedPhraseWords.has(part.lower) && !(/^[a-zäöüß]+(?:e|en|er|es|em)$/u.test(part.lower) && cueFormsOf(part.lower).length === 0 && !/te[nt]?$/u.test(part.lower))) return undefined
  }
  if (['und', 'oder', 'sowie'].includes(info.parts[start]!.lower)) return undefined
  return person
}

/**
 * `Die Nato reagierte, indem sie erklärte: …`: the organization that opens the
 * main clause over parts `[from, end)` with the article of the pronoun's
 * gender (`die` for `sie`, `der` for `er`) is what the pronoun of the
 * subordinate clause refers to; a person there, or a person named between it
 * and the subordinator, is left to the pronoun rules.
 */
function mainClauseOrganization(article: ArticleInfo, info: ParagraphInfo, from: number, end: number, articleWord: 'der' | 'die'): Speaker | undefined {
  if (info.parts[from]?.lower !== articleWord || info.inQuote[from]) return undefined
  // `Die Nato`, `Die Vereinigung für Anlegerschutz (VfA)`: the name, or its acronym in parentheses right after the opening noun phrase.
  const subject = mentionsIn(info, from + 1, Math.min(end, from + 6)).find((mention) => !mention.inQuote)
  if (!subject || subject.type !== 'organization') return undefined
  for (let j = from + 1; j < subject.first; j++) {
    if (/[,;:]/.test(gapText(info, j, j + 1))) return undefined
    if (!info.parts[j]!.upper && !/^[a-zäöüß]+(?:e|en|er|es)$/u.test(info.parts[j]!.text) && !['für', 'der', 'des', 'von', 'vom', 'und'].includes(info.parts[j]!.lower)) return undefined
  }
  // `Die Nato kritisierte Annalena Baerbock, weil sie …`: a person between the organization and the subordinator is the pronoun's nearer antecedent.
  if (mentionsIn(info, subject.last + 1, end).some((mention) => mention.type === 'person' && !mention.inQuote)) return undefined
  return { speaker: subject.mention.entity, description: null, resolution: 'pronoun', confidence: 0.7, coreference: `the subject of the main clause, \`${subject.mention.text}\`` }
}

/**
 * Whether a name right before `, der`/`, die` is what the relative pronoun
 * stands for: not when it hangs on a head noun before it (`Der Anwalt von
 * Petra Klein, der …`, `die Tochter des Ministers X, die …`: the pronoun is
 * the head's), and for a person only when the pronoun's gender fits.
 */
function relativeAntecedent(article: ArticleInfo, info: ParagraphInfo, antecedent: ReturnType<typeof mentionsIn>[number], gender: 'f' | 'm'): boolean {
  const before = info.parts[antecedent.first - 1]?.lower
  if (before && ['von', 'vom', 'des', 'der', 'dem'].includes(before) && antecedent.first - 2 >= 0 && info.parts[antecedent.first - 2]!.upper) return false
  // `die Tochter des Präsidenten X`: a genitive role before the name.
  const beforeRole = info.parts[antecedent.first - 2]?.lower
  if (before && info.parts[antecedent.first - 1]!.upper && beforeRole && ['des', 'der'].includes(beforeRole) && antecedent.first - 3 >= 0 && info.parts[antecedent.first - 3]!.upper) return false
  if (antecedent.type !== 'person') return true
  const entity = article.entities.get(antecedent.mention.entity)
  const known = genderOf(entity?.name ?? antecedent.mention.text, antecedent.mention.role ? [antecedent.mention.role] : [])
  return known === undefined || known === gender
}

/**
 * The first personal pronoun (`er`, `sie`) outside quotation marks in parts
 * `[from, to)` (`Er traf X, sprach über Y und sagte, …`): when the resolver
 * finds no subject of a cue, that pronoun is it, and a sieve resolves it
 * instead of reporting the clause as unnamed.
 */
export function pronounSubjectBefore(info: ParagraphInfo, from: number, to: number): number | undefined {
  for (let j = from; j < to; j++) if ((info.parts[j]!.lower === 'er' || info.parts[j]!.lower === 'sie') && !info.inQuote[j]) return j
  return undefined
}

/** Subject of a cue verb: a name before it that is not inside a prepositional phrase, else the phrase right after it. */
export function subjectOf(article: ArticleInfo, info: ParagraphInfo, from: number, cue: CueHit, to: number): Speaker | undefined {
  let start = from
  // `… Agency, NEA) sagte`: a parenthesis that closes right before the cue counts too.
  let depth = cue.index > from ? (gapText(info, cue.index - 1, cue.index).match(/\)/g) ?? []).length : 0
  for (let j = cue.index - 1; j > from; j--) {
    const gap = gapText(info, j - 1, j)
    // Commas inside parentheses (`… Authority, NEMA)`) do not end the subject.
    for (const char of gap) {
      if (char === ')') depth++
      else if (char === '(' && depth > 0) depth--
    }
    if (depth === 0 && /[,;:]/.test(gap.replace(/\([^()]*\)?/g, '')) && !info.inQuote[j]) {
      start = j
      break
    }
  }
  // A plural verb (`sagten`, `forderten`) makes `sie` a group.
  const plural = /en$/.test(info.parts[cue.index]!.lower)
  // `Der Sprecher des Weißen Hauses beeilte sich, gegenüber Journalisten zu erklären, …`: a `zu` infinitive in a clause of its own
  // has the subject of the main clause; the addressee in the infinitive clause does not speak.
  if (start > from && cue.index - 1 >= start && info.parts[cue.index - 1]!.lower === 'zu' && !info.parts[start]!.upper && (['der', 'die', 'das', 'ein', 'eine'].includes(info.parts[from]!.lower) || mentionsIn(info, from, from + 1).length > 0)) {
    const end = phraseEnd(info, from, start)
    const main = end > from ? resolvePhrase(article, info, from, end, { unnamed: true, skipPrepositional: true, plural: /en$/.test(info.parts[end]?.lower ?? '') }) : undefined
    if (main && (main.speaker !== null || main.description)) return main
  }
  // `…, ein General, Kommandeur X, der vor dem Parlament betonte, …`: the relative pronoun of the cue's own clause stands for the name before its comma.
  if (start > from + 1 && ['der', 'die'].includes(info.parts[start]!.lower) && !info.inQuote[start] && /,\s*$/.test(gapText(info, start - 1, start)) && info.parts[start + 1] && !info.parts[start + 1]!.upper && start + 1 < cue.index) {
    const antecedent = mentionsIn(info, Math.max(from, start - 6), start).filter((mention) => !mention.inQuote && mention.last === start - 1 && (mention.type === 'person' || mention.type === 'organization')).at(-1)
    if (antecedent && relativeAntecedent(article, info, antecedent, info.parts[start]!.lower === 'der' ? 'm' : 'f')) {
      return { speaker: antecedent.mention.entity, description: null, resolution: 'name', confidence: 0.8, coreference: `the relative pronoun \`${info.parts[start]!.text}\` → \`${antecedent.mention.text}\`, the name before its comma` }
    }
  }
  // `Ein Beamter, den die Zeitung zitiert, sagte, …`: a relative clause between the subject and the cue; a name in it never speaks.
  const relative = relativeClauseBefore(info, from, start, cue.index)
  if (relative !== undefined) {
    const subject = resolvePhrase(article, info, relative, start, { unnamed: true, skipPrepositional: true, plural })
    if (subject) return subject
  }
  const pre = resolvePhrase(article, info, start, cue.index, { skipPrepositional: true, plural })
  // `Die Zeitung zitiert einen Augenzeugen mit den Worten: …`: the one quoted speaks, not the quoting subject.
  if (cue.verb.lemma === 'zitieren' && pre?.resolution === 'name') {
    const quoted = quotedObject(article, info, cue, to)
    if (quoted) return quoted
  }
  // `Den Währungsfonds forderte er auf, …`: a nominative pronoun right after the cue is the subject, and the name before it an object
  // (`sie` only after a noun phrase in the accusative or dative: `Den Minister forderte sie auf`).
  const after = info.parts[cue.index + 1]
  if (pre?.resolution === 'name' && after && !info.inQuote[cue.index + 1] && /^\s+$/.test(gapText(info, cue.index, cue.index + 1)) && (after.lower === 'er' || (after.lower === 'sie' && !plural && ['den', 'dem', 'einen', 'einem'].includes(info.parts[start]!.lower)))) {
    const pronoun = resolvePhrase(article, info, cue.index + 1, cue.index + 2, { plural })
    if (pronoun) return pronoun
  }
  // `Emily Lau, die Vorsitzende der Partei, sagte, …`, `John Doe, ein Abgeordneter aus Ohio, sagte`, `Jane Roe, Direktorin des Instituts X, sagte`:
  // a person opening the sentence, with an apposition or relative clause before the cue, speaks; the apposition's unnamed noun or organization does not.
  const personPre = pre?.speaker ? article.entities.get(pre.speaker)?.type === 'person' : false
  if (start > from && (!pre || pre.confidence < 0.6 || pre.resolution === 'role' || (!personPre && appositionOf(info, from, start)))) {
    const opener = mentionsIn(info, from, from + 2).find((mention) => mention.type === 'person' && !mention.inQuote && (mention.first === from || ['der', 'die'].includes(info.parts[from]!.lower)))
    if (opener && /,/.test(gapText(info, opener.last, opener.last + 1)) || opener && info.parts[opener.last + 1] && ['von', 'vom'].includes(info.parts[opener.last + 1]!.lower)) {
      return { speaker: opener!.mention.entity, description: null, resolution: 'name', confidence: 0.85 }
    }
  }
  // `Der Nachfolger des Airbus-Chefs X, Louis Gallois, hat angekündigt`: the person in apposition before the verb speaks.
  if (!pre?.speaker) {
    const apposed = appositionBeforeVerb(info, from, start, cue.index)
    if (apposed) return { speaker: apposed.mention.entity, description: null, resolution: 'name', confidence: 0.8 }
  }
  if (pre && pre.resolution !== 'role') return pre
  const afterEnd = phraseEnd(info, cue.index + 1, to)
  const next = info.parts[cue.index + 1]
  // `sagte, man werde die Ukraine …`: after a comma the reported clause begins, and its subject is not the speaker.
  // A pronoun opening it (`sagte, er werde …`) still points back to the speaker.
  const clauseAfterCue = next !== undefined && /[,:]/.test(gapText(info, cue.index, cue.index + 1))
  if (clauseAfterCue && !pre && (next.lower === 'er' || next.lower === 'sie')) {
    // … unless a noun phrase before the cue describes the speaker (`Die Regierung erklärte, sie werde …`).
    const described = info.parts[start]!.upper ? resolvePhrase(article, info, start, cue.index, { unnamed: true, skipPrepositional: true, plural }) : undefined
    if (described?.description) return described
  }
  // `Am Montag sagte der Deutschen Presse-Agentur ein Sprecher, …`: a dative outlet after the cue is the addressee; the phrase after it speaks.
  const addresseeEnd = !pre && next && !clauseAfterCue ? dativeAddresseeEnd(info, cue.index + 1, afterEnd) : undefined
  if (addresseeEnd !== undefined) {
    const subject = resolvePhrase(article, info, addresseeEnd, Math.min(afterEnd, cue.end > cue.index ? cue.end : afterEnd), { unnamed: true, plural })
    if (subject && (subject.speaker !== null || subject.description)) return subject
  }
  // `Danach kündigte das Bündnis an, …`: with nothing before the cue that names a speaker, an article-led noun phrase right after it is the subject
  // (a dative addressee, `sagte der Zeitung X`, excepted).
  if (!pre && next && !clauseAfterCue && adverbialOpener(info, start) && ['der', 'die', 'das'].includes(next.lower) && info.parts[cue.index + 2]?.upper && !addresseeNouns.has(info.parts[cue.index + 2]!.lower)) {
    const inverted = resolvePhrase(article, info, cue.index + 1, Math.min(afterEnd, cue.end > cue.index ? cue.end : afterEnd), { unnamed: true, plural })
    if (inverted && (inverted.speaker !== null || inverted.description)) return inverted
  }
  // `teilte über Twitter mit`: a prepositional phrase after the cue names the channel, not the speaker.
  if (next && (!clauseAfterCue || (!pre && (next.lower === 'er' || next.lower === 'sie'))) && !['dem', 'den', 'des', 'einem', 'einer', 'über', 'via', 'per', 'auf', 'bei', 'beim', 'im', 'in', 'vor', 'nach', 'gegenüber'].includes(next.lower)) {
    const post = resolvePhrase(article, info, cue.index + 1, Math.min(afterEnd, cue.end > cue.index ? cue.end : afterEnd), { plural })
    // `Der Staatschef kündigte einen Vorschlag an`: an unnamed phrase after the cue is its object when a role noun before it is the subject.
    if (post && !(pre && post.speaker === null)) return post
  }
  if (pre) return pre
  // `…, indem sie … aufforderte:`: the pronoun right after a subordinator is the subject.
  const opener = info.parts[start]!
  const pronoun = info.parts[start + 1]
  if (start + 1 < cue.index && subordinators.has(opener.lower) && pronoun && (pronoun.lower === 'er' || pronoun.lower === 'sie') && !info.inQuote[start + 1]) {
    return mainClauseOrganization(article, info, from, start, pronoun.lower === 'er' ? 'der' : 'die') ?? resolvePhrase(article, info, start + 1, start + 2, { plural })
  }
  const first = info.parts[start]!
  if (start < cue.index && !first.upper) return undefined
  return resolvePhrase(article, info, start, cue.index, { unnamed: true, skipPrepositional: true, plural })
}


/**
 * The source of `hieß es` / `verlautete`: an `aus`/`in` phrase over parts
 * `[from, to)` (`aus dem Auswärtigen Amt`, `in einer Erklärung des
 * Ministeriums`); a name in it speaks, else the phrase describes an unnamed
 * source (`aus Nato-Kreisen`).
 */
export function sourcePhrase(info: ParagraphInfo, from: number, to: number): Speaker {
  let start = from
  while (start < to && !['aus', 'in', 'im'].includes(info.parts[start]!.lower)) start++
  if (start >= to) return { speaker: null, description: null, resolution: 'unnamed', confidence: 0.5 }
  const end = Math.min(to, start + 6)
  // `in einer Erklärung des Präsidenten Barack Obama`: a name that starts within the phrase may end a little after it.
  const named = mentionsIn(info, start + 1, end).find((mention) => !mention.inQuote && mention.last < Math.min(to, start + 9) && (mention.type === 'organization' || mention.type === 'person') && !info.parts[mention.last]!.hyphenAfter)
  if (named) return { speaker: named.mention.entity, description: null, resolution: 'source-phrase', confidence: 0.8 }
  // The description ends with its last capitalized word (`aus Regierungskreisen in Moskau`, not `… in`).
  let last = Math.min(end, start + 3) - 1
  for (let k = end - 1; k > start; k--) {
    if (/[,;:.!?]/.test(gapText(info, k - 1, k))) last = Math.min(last, k - 1)
  }
  if (last + 1 < end && !info.parts[last]!.upper && info.parts[last + 1]!.upper && !/[,;:.!?]/.test(gapText(info, last, last + 1))) last++
  while (last > start && !info.parts[last]!.upper) last--
  return { speaker: null, description: info.text.slice(info.parts[start]!.start, info.parts[last]!.end), resolution: 'unnamed', confidence: 0.5 }
}

/** The end of a noun phrase: determiners and adjectives, a run of capitalized words, and a genitive or `von` phrase after it. */
export function nounPhraseEnd(info: ParagraphInfo, from: number, to: number): number {
  let j = from
  while (j < to && !info.parts[j]!.upper && j < from + 3) j++
  while (j < to && (info.parts[j]!.upper || info.parts[j - 1]?.hyphenAfter)) j++
  if (j < to && ['des', 'der', 'von', 'vom'].includes(info.parts[j]!.lower) && !/[,;:.]/.test(gapText(info, j - 1, j))) {
    let k = j + 1
    while (k < to && !info.parts[k]!.upper && k < j + 3) k++
    if (k < to && info.parts[k]!.upper) {
      while (k < to && (info.parts[k]!.upper || info.parts[k - 1]!.hyphenAfter)) k++
      j = k
    }
  }
  return j
}

/** An unnamed source described by parts `[from, to)` (`ersten Angaben`, `Medienberichten`). */
export function unnamedPhrase(info: ParagraphInfo, from: number, to: number): Speaker | undefined {
  if (from >= to) return undefined
  return { speaker: null, description: info.text.slice(info.parts[from]!.start, info.parts[to - 1]!.end), resolution: 'unnamed', confidence: 0.5 }
}

