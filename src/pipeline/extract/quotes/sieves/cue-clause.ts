import { conditionOpeners, decisionCues, directiveCues, negations, reportOpeners, subordinatorsRejected } from '../../lexicons/quote-words.js'
import { buildQuote, containsMark, gapText, hasKonjunktiv, zuInfinitive, type Draft } from '../clause.js'
import { mentionsIn, type ParagraphInfo } from '../context.js'
import { pronounSubjectBefore, subjectOf, viaAfter, viaBefore } from '../phrases.js'
import type { CueHit } from '../cues.js'
import { mainClauseStop } from '../main-clause.js'
import { thingSubject } from '../thing-subject.js'
import type { QuoteSieve, SentenceContext } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

const relativeOpeners = /^(?:der|die|das|dem|den|welche[rsnm]?|wo)$/
const articleWords = /^(?:der|die|das|den|dem)$/
const relativePronouns = /^(?:der|die|das|dem|den|denen|deren|dessen|welche[rsnm]?)$/
/** An auxiliary right after a cue participle: the cue closes a subordinate clause or is passive (`gefordert wird`, `geraten war`). */
const finiteAfter = /^(?:ist|sind|war|waren|wird|werden|wurde|wurden|worden|hat|haben|hatte|hatten|habe|sei|seien)$/
const passiveBefore = /^(?:ist|sind|war|waren|wird|werden|wurde|wurden)$/
const reflexiveNonSpeech: ReadonlySet<string> = new Set(['melden', 'ergeben'])

/**
 * A finite cue that coordinates a second main clause after the reported
 * clause that opens at part `open` (`…, bestritt jedoch …`, `…, und gab an,
 * …`): the cue and the part after the comma before it.
 */
function coordinatedCue(info: ParagraphInfo, cues: readonly CueHit[], open: number, to: number): { cue: CueHit; comma: number } | undefined {
  for (const cue of cues) {
    if (cue.index <= open + 1 || cue.index >= to || info.inQuote[cue.index] || cue.verb.joined.includes(info.parts[cue.index]!.lower)) continue
    const comma = /,/.test(gapText(info, cue.index - 1, cue.index)) ? cue.index : ['und', 'aber', 'sowie'].includes(info.parts[cue.index - 1]!.lower) && /,/.test(gapText(info, cue.index - 2, cue.index - 1)) ? cue.index - 1 : -1
    if (comma > open + 1) return { cue, comma }
  }
  return undefined
}

/** The opening part of a coordinated cue's own reported clause (after its comma: `dass`/`ob`, Konjunktiv, or a `zu` infinitive after a speech or directive cue), or `undefined`. */
function secondClause(info: ParagraphInfo, cue: CueHit, to: number, clauseEnd: number): number | undefined {
  let found = -1
  for (let j = cue.end + 1; j < to && j < cue.end + 8; j++) {
    const gap = gapText(info, j - 1, j)
    if (/[.!?;]/.test(gap)) return undefined
    if (/,/.test(gap)) {
      found = j
      break
    }
  }
  if (found < 0 || info.parts[found]!.start >= clauseEnd) return undefined
  const opener = info.parts[found]!.lower
  const reports = opener === 'dass' || opener === 'ob' || hasKonjunktiv(info, found, to, true) || ((directiveCues.has(cue.verb.lemma) || cue.verb.say) && zuInfinitive(info, found, to))
  return reports ? found : undefined
}

const subordinators = /^(?:nachdem|als|weil|da|wenn|falls|obwohl|während|bevor|sobald|seit|seitdem)$/

/**
 * Whether the cue at part `k` stands in a dependent clause that the main
 * clause goes on after: a relative clause (`X, der am Montag sagte, …`: a
 * relative pronoun after the last comma, followed by the cue or a lower-case
 * word, not an apposition like `X, die Sprecherin, sagte`), or an adverbial
 * one whose cue stands last (`Nachdem X gesagt hatte, …`; not `Da sagte X, …`).
 */
function inDependentClause(info: ParagraphInfo, from: number, k: number, end: number, found: number): boolean {
  let start = from
  for (let j = k; j > from; j--) {
    if (/[,;:]/.test(gapText(info, j - 1, j))) {
      start = j
      break
    }
  }
  if (start >= k) return false
  const opener = info.parts[start]!.lower
  if (start > from && /^(?:der|die|das|welche[rs]?)$/.test(opener)) return start + 1 === k || !info.parts[start + 1]!.upper
  return subordinators.test(opener) && (found === end + 1 || (found === end + 2 && finiteAfter.test(info.parts[end + 1]!.lower)))
}

/** Whether the clause from part `open` to the sentence end is a `zu` infinitive without its comma: it ends in `zu` + infinitive or a `…zu…en` form. */
function closingZuInfinitive(info: ParagraphInfo, open: number, to: number): boolean {
  const last = info.parts[to - 1]!
  if (to - open < 3 || last.upper || info.inQuote[to - 1] || !zuInfinitive(info, open, to)) return false
  for (let j = open + 1; j < to; j++) if (/[,;:]/.test(gapText(info, j - 1, j))) return false
  return (info.parts[to - 2]!.lower === 'zu' && /^\p{Ll}+e?n$/u.test(last.text)) || /^\p{Ll}{2,}zu\p{Ll}{2,}e?n$/u.test(last.text)
}
const haveAuxiliaries = /^(?:hat|haben|hatte|hatten|habe)$/

/** Whether parts `[from, to)` are a name alone (capitalized words, one to three): an inverted subject after the cue. */
function invertedName(info: ParagraphInfo, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false
  for (let j = from; j < to; j++) if (!info.parts[j]!.upper || info.inQuote[j] || articleWords.test(info.parts[j]!.lower)) return false
  return info.mentions.some((mention) => mention.first === from && mention.last === to - 1) || to - from === 1
}

/**
 * Past a relative clause on an inverted name (`sagte X, der … hatte, …`): the
 * part after its closing comma, when the relative clause ends in a lower-case
 * verb and another clause follows; else `found` unchanged.
 */
function afterRelative(info: ParagraphInfo, subject: number, found: number, to: number): number {
  if (!invertedName(info, subject, found) || !/^(?:der|die|das|dem|den|deren|dessen)$/.test(info.parts[found]!.lower) || endsInNoun(info, found, to)) return found
  let end = found + 1
  while (end < to && !/[,;:.!?]/.test(gapText(info, end - 1, end))) end++
  if (end >= to || !/^\s*,\s*$/.test(gapText(info, end - 1, end)) || info.parts[end - 1]!.upper || info.inQuote[end]) return found
  // `die Delegationen seien abgereist`: a finite verb before the last word makes it a main clause (a relative clause has its verb last).
  if (hasKonjunktiv(info, found + 1, end - 1, true) || (end - found > 3 && finiteAfter.test(info.parts[found + 2]!.lower))) return found
  return end
}

/** Whether the clause from part `open` ends (at its next comma or the sentence end) in a capitalized word, as no relative clause does. */
function endsInNoun(info: ParagraphInfo, open: number, to: number): boolean {
  let end = open + 1
  while (end < to && !/[,;:]/.test(gapText(info, end - 1, end))) end++
  return end - open >= 4 && info.parts[end - 1]!.upper
}

/** Whether a passive or stative auxiliary (`wird`, `ist`) stands before part `k` in its clause (up to eight words back). */
function passiveAuxiliaryBefore(info: ParagraphInfo, from: number, k: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 8; j--) {
    if (/[,;:.!?]/.test(gapText(info, j, j + 1))) return false
    if (passiveBefore.test(info.parts[j]!.lower)) return true
  }
  return false
}
const prepositions = new Set(['in', 'bei', 'mit', 'von', 'für', 'auf', 'an', 'aus', 'nach', 'über', 'unter', 'vor', 'zu', 'durch', 'gegen', 'um', 'seit', 'wegen', 'trotz', 'hinter', 'neben', 'zwischen', 'ohne'])

/** Words that open an adverbial of time, place or addressee right after a cue (`erklärte am Montag`, `sagte vor dem Sicherheitsrat`). */
const adverbialOpeners = new Set(['am', 'im', 'in', 'vor', 'bei', 'beim', 'gegenüber', 'nach', 'auf', 'während', 'zum', 'zur', 'heute', 'gestern', 'morgen', 'erneut', 'zudem', 'außerdem', 'bereits', 'laut'])

/** Whether part `k` and the next open a relative clause with a preposition (`in dem`, `bei denen`, `mit welcher`). */
function prepositionRelative(info: ParagraphInfo, k: number): boolean {
  const next = info.parts[k + 1]
  if (!prepositions.has(info.parts[k]!.lower) || next === undefined || !relativePronouns.test(next.lower)) return false
  // `denen`, `deren`, `dessen`, `welcher` are relative; an article is one only without its noun after it (`in dem Land` opens a clause).
  return !articleWords.test(next.lower) || info.parts[k + 2]?.upper !== true
}

/** `X sagte (…), (dass) clause.`: the clause after the comma that follows a cue is the cue's subject's. */
export const cueClause: QuoteSieve = {
  name: 'cue-clause',
  doc: '`X sagte, (dass) …` / `X forderte, … zu …`: the clause after the cue is the subject\'s (a speech verb takes any clause but a relative one; other cues need `dass`/`ob`, Konjunktiv or a `zu` infinitive).',
  exclusive: true,
  decide(context) {
    const { article, info, from, to, cues, wie, clauseEnd } = context
    for (const cue of cues) {
      if (cue.verb.lemma === 'heißen' || cue.verb.lemma === 'verlauten') continue
      // A participle after `ist`/`wird` in its clause (`Damit ist gesagt, …`, `wurden in der Luft festgestellt, …`) is a state or a passive:
      // it names no subject (`passive-cue`).
      if (cue.index === cue.end && cue.verb.joined.at(-1) === info.parts[cue.index]!.lower && passiveAuxiliaryBefore(info, from, cue.index)) continue
      // `konnte weder bestätigen noch …`, `sagte nicht, dass …`: a negated cue reports nothing.
      const before = cue.index > from ? info.parts[cue.index - 1]!.lower : ''
      const wederNoch = before === 'noch' && info.parts.slice(Math.max(from, cue.index - 5), cue.index - 1).some((part) => part.lower === 'weder')
      if (negations.has(before) || wederNoch || (negations.has(info.parts[cue.end + 1]?.lower ?? '') && /,/.test(info.text.slice(info.parts[cue.end + 1]!.end, info.parts[cue.end + 2]?.start ?? info.parts[cue.end + 1]!.end)))) continue
      // `meldete er sich bei …`: `sich melden` is getting in touch, no speech.
      if (reflexiveNonSpeech.has(cue.verb.lemma) && info.parts.slice(cue.index + 1, Math.min(to, cue.index + 4)).some((part) => part.lower === 'sich')) continue
      let found = -1
      for (let j = cue.end + 1; j < to && j < cue.end + 14; j++) {
        const gap = gapText(info, j - 1, j)
        if (/[.!?;]/.test(gap)) break
        if (/[,:]/.test(gap)) {
          found = j
          break
        }
      }
      // `hatte angekündigt bei der Wahl anzutreten`: a directive participle after `hat`, then its `zu` infinitive without the comma.
      let noComma = false
      // `haben dazu aufgerufen die Kontrollen zu verstärken und angekündigt, …`: the infinitive may end before `und` and a coordinated cue.
      const andCue = cues.find((other) => other.index > cue.end + 3 && info.parts[other.index - 1]!.lower === 'und')
      const infinitiveTo = andCue ? andCue.index - 1 : to
      if (found < 0 || (andCue && info.parts[found]!.start > info.parts[andCue.index]!.start)) {
        if (directiveCues.has(cue.verb.lemma) && cue.index === cue.end && cue.verb.joined.includes(info.parts[cue.index]!.lower) &&
          info.parts.slice(from, cue.index).some((part) => haveAuxiliaries.test(part.lower)) && closingZuInfinitive(info, cue.end + 1, infinitiveTo)) {
          found = cue.end + 1
          noComma = true
        }
      }
      if (found < 0) continue
      // `sagte Stoltenberg, der Russland kritisiert hatte, man sei …`: a relative clause on the inverted subject is no part of the words.
      if (!noComma) found = afterRelative(info, cue.end + 1, found, to)
      const opener = info.parts[found]!
      // `X, die … angegeben hatte, sagte, dass …`: a cue in a relative clause leaves the clause to the next cue.
      if (cues.some((other) => other.index === found || (other.index > cue.index && other.index <= found + 1 && other.index < to && /,/.test(gapText(info, other.index, other.index + 1))))) continue
      // `forderte Moskau zur Deeskalation auf, wenn …`: the demand and its condition are one quote.
      const condition = directiveCues.has(cue.verb.lemma) && conditionOpeners.has(opener.lower)
      if (!condition && subordinatorsRejected.has(opener.lower) && !containsMark(info, opener.start, clauseEnd)) continue
      // `wiederholt, wenn die Einwohner informiert sind`: a condition after a speech verb reports words only in Konjunktiv (`sagte, wenn Russland angreife, …`).
      if (!condition && opener.lower === 'wenn' && !hasKonjunktiv(info, found, to, true) && !containsMark(info, opener.start, clauseEnd)) continue
      // `ergänzt, bei denen …`, `mit, in dem …`: a preposition and a relative pronoun open a relative clause.
      if (prepositionRelative(info, found)) continue
      // `forderte Y auf, das Gebäude nicht zu verlassen`: a directive or commissive cue with a `zu` infinitive.
      // A quotation right after the comma (`rät dazu, „Reisen zu verschieben“`) is the directive's words too.
      const zuClause = directiveCues.has(cue.verb.lemma) && (zuInfinitive(info, found, to) || info.inQuote[found] === true)
      // `zitiert X Y, einen Insider, der …`: after `zitieren` an apposition of the one quoted follows; only a clause of reported words counts.
      const quoting = cue.verb.lemma === 'zitieren' && !reportOpeners.has(opener.lower) && !hasKonjunktiv(info, found, to, true) && !containsMark(info, opener.start, clauseEnd)
      // `entscheiden muss, ob …`: a decision still open reports nothing.
      const openQuestion = decisionCues.has(cue.verb.lemma) && !zuClause && opener.lower !== 'dass'
      const ok = !quoting && !openQuestion && (zuClause || condition || (cue.verb.say
        ? reportOpeners.has(opener.lower) || hasKonjunktiv(info, found, to, true) || containsMark(info, opener.start, clauseEnd) || !relativeOpeners.test(opener.lower) ||
          // `erklärte, die Ermittlungen dauerten an`: right after the cue an article opens no relative clause.
          (found === cue.end + 1 && articleWords.test(opener.lower) && info.parts[found + 1]?.upper === true && !articleWords.test(info.parts[found + 1]!.lower)) ||
          // `erklärte vor dem Sicherheitsrat, die Vereinigten Staaten schürten Hysterie`: after words between the cue and the comma, the same when the clause ends in a noun.
          // (Only after an adverbial there: `verurteilten die Gewalt, die Einschränkungen der Presse …` lists objects.)
          (found > cue.end + 1 && adverbialOpeners.has(info.parts[cue.end + 1]!.lower) && articleWords.test(opener.lower) && info.parts[found + 1]?.upper === true && !articleWords.test(info.parts[found + 1]!.lower) && endsInNoun(info, found, to)) ||
          // `sagte Rice, die USA hielten sich an die Konvention`: after an inverted name, an article and a noun open a main clause when
          // the clause does not end in a verb as a relative clause does (`sagte Rice, die Russland kritisiert hatte, …`).
          (invertedName(info, cue.end + 1, found) && articleWords.test(opener.lower) && info.parts[found + 1]?.upper === true && endsInNoun(info, found, to))
        : opener.lower === 'dass' || opener.lower === 'ob' || hasKonjunktiv(info, found, to)))
      if (!ok) continue
      let speaker = wie?.speaker ?? subjectOf(article, info, from, cue, to)
      let via = viaAfter(info, cue.index + 1, found) ?? viaBefore(info, from, cue.index, speaker?.speaker ?? null)
      // `zitierte Interfax das Ministerium mit den Worten, …`: the quoted one speaks, the quoting one relays.
      if (cue.verb.lemma === 'zitieren' && speaker?.speaker) {
        const quoting = speaker.speaker
        const quoted = mentionsIn(info, cue.index + 1, found).find((mention) => mention.last < found && mention.mention.entity !== quoting)
        if (quoted) {
          via = quoting
          speaker = { speaker: quoted.mention.entity, description: null, resolution: 'name', confidence: 0.8 }
        }
      }
      // A subject the resolver cannot read (`Der Nachfolger des …-Chefs X, Y, hat angekündigt`): the clause is still reported speech, by a speaker
      // left unnamed, when the cue is the main clause's (not `…, dessen Rücktritt gefordert wird,` or `in die sie geraten war,`).
      if (!speaker && cue.index > from && !finiteAfter.test(info.parts[cue.end + 1]?.lower ?? '')) {
        // `Er traf X, sprach … und sagte, …`: a pronoun earlier in the sentence is the subject of the coordinated cue.
        const pronoun = pronounSubjectBefore(info, from, cue.index)
        speaker = pronoun === undefined ? { speaker: null, description: null, resolution: 'unnamed', confidence: 0.3 } : resolvePhrase(article, info, pronoun, pronoun + 1)
      }
      // `…, bei dem sie gesagt hatte, sie habe …`: a pronoun right before a speech participle is the subject of the cue's own clause, even before
      // its auxiliary (a passive has none); its clause must report words (`dass`/`ob`, Konjunktiv).
      if (!speaker && cue.verb.say && cue.index - 1 > from && /^(?:er|sie)$/.test(info.parts[cue.index - 1]!.lower) && (reportOpeners.has(opener.lower) || hasKonjunktiv(info, found, to, true))) {
        speaker = resolvePhrase(article, info, cue.index - 1, cue.index) ?? { speaker: null, description: null, resolution: 'unnamed', confidence: 0.3 }
      }
      if (!speaker) continue
      // `Die Lage erklärt, warum …`, `Das schließt nicht aus, dass …`: a thing as the subject gives the cue its other sense (cause, possibility).
      if (speaker.speaker === null && thingSubject(info, from, cue.index)) continue
      // A place is a speaker only of a speech act (`Moskau erklärte`), not of an attitude (`der Westen befürchtet`).
      if (!cue.verb.say && speaker.speaker && article.entities.get(speaker.speaker)?.type === 'place') continue
      // `sagte, …, (und) gab an, …`: a second finite cue after a comma coordinates a main clause of the same subject; the first clause ends before it.
      let next = coordinatedCue(info, cues, found, to)
      // `Die Anwältin, die erklärte, die Beweise reichten nicht aus, beantragte …`, `Nachdem X gesagt hatte, …, reiste er ab`: after a cue in a
      // dependent clause the main clause goes on.
      const infinitiveEnd = noComma && andCue ? info.parts[andCue.index - 2]!.end : undefined
      const end = infinitiveEnd ?? (next ? info.parts[next.comma - 1]!.end : inDependentClause(info, from, cue.index, cue.end, found) ? mainClauseStop(info, found, to, clauseEnd) : clauseEnd)
      const built = buildQuote(info, condition ? info.parts[cue.index + 1]!.start : opener.start, end, speaker, cue.text, via)
      const why = `clause after \`${cue.text}\`${zuClause ? ' (a `zu` infinitive)' : ''}, the cue's subject speaks (${speaker.resolution})`
      if (!built) return { quotes: [], why: `${why}, but the clause is too short` }
      // Each coordinated cue's own clause (`dass`/`ob`, Konjunktiv or a `zu` infinitive after its comma) is the same speaker's,
      // up to the next coordinated cue (`bestätigte, …, kündigte an, …, und sagte, …`).
      const drafts: Draft[] = [built.quote]
      const coordinated: string[] = []
      const after = infinitiveEnd === undefined ? undefined : coordinatedClauses(context, infinitiveEnd, built.quote)
      if (after) {
        drafts.push(...after.quotes)
        coordinated.push(`\`${after.cue.text}\``)
      }
      while (next) {
        const second = secondClause(info, next.cue, to, clauseEnd)
        const following = coordinatedCue(info, cues, second ?? next.cue.index, to)
        // `lobte die Gastgeber und sagte, …`: a cue between the coordinated one and the clause is the clause's own.
        const own = second === undefined ? next.cue : cues.filter((hit) => hit.index > next!.cue.index && hit.index < second && !info.inQuote[hit.index]).at(-1) ?? next.cue
        const also = second !== undefined ? buildQuote(info, info.parts[second]!.start, following ? info.parts[following.comma - 1]!.end : clauseEnd, speaker, own.text, via) : undefined
        if (also) {
          drafts.push(also.quote)
          coordinated.push(`\`${own.text}\``)
        }
        next = following
      }
      return { quotes: drafts, remember: built.speaker, why: coordinated.length ? `${why}; and the clause after the coordinated ${coordinated.join(', ')}` : why }
    }
    return undefined
  }
}

/**
 * The clauses of a cue coordinated after offset `after` (`X sprach von „…“
 * und forderte Y auf, … zu …`, `bezeichnete Y als „…“ und fügte hinzu, …`):
 * `cue-clause` on the cues after it, when the first follows `und`/`sowie`,
 * each quote given the first quote's speaker.
 *
 * @param context
 *   The sentence.
 * @param after
 *   Offset after which the coordinated cue stands (the first quote's end).
 * @param first
 *   The first quote, whose speaker the clauses take.
 * @returns
 *   The quotes and the coordinated cue, or `undefined` when there is none.
 */
export function coordinatedClauses(context: SentenceContext, after: number, first: Draft): { quotes: Draft[]; cue: CueHit } | undefined {
  const { info, cues } = context
  const following = cues.filter((cue) => info.parts[cue.index]!.start > after)
  const cue = following[0]
  if (!cue || !['und', 'sowie'].includes(info.parts[cue.index - 1]!.lower) || info.parts[cue.index - 1]!.start < after) return undefined
  const quotes = (cueClause.decide({ ...context, cues: following })?.quotes ?? []).map((quote) => ({ ...quote, speaker: first.speaker, description: first.description, confidence: first.confidence }))
  return quotes.length ? { quotes, cue } : undefined
}

