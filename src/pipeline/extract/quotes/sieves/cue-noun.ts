import { cueNouns, instrumentArticles, ownSpeechVerbs, rejectingVerbs } from '../../lexicons/cue-nouns.js'
import { rejectingCues } from '../../lexicons/quote-words.js'
import { buildQuote, gapText, hasKonjunktiv, make, zuInfinitive } from '../clause.js'
import { mentionsIn, type ArticleInfo, type ParagraphInfo } from '../context.js'
import { subjectOf } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase, type Speaker } from '../speaker.js'
import { thingSubject } from '../thing-subject.js'

const possessives = /^(?:sein|ihr|unser)(?:e|en|er|em|es)?$/
const genitiveOpeners = new Set(['des', 'der', 'von', 'vom'])
const relativeOpeners = new Set(['der', 'die', 'das', 'dem', 'den', 'welche', 'welcher', 'welches', 'welchen', 'wo', 'womit', 'wonach', 'worin'])
const clauseOpeners = new Set(['weil', 'wenn', 'da', 'falls', 'obwohl', 'dass', 'ob', 'um', 'sondern', 'aber', 'und', 'oder', 'sowie', 'so', 'zumal', 'damit', 'während', 'nachdem', 'bevor', 'sobald', 'solange', 'sofern', 'die', 'der', 'das', 'den', 'dem', 'welche', 'welcher', 'was', 'wo', 'wie', 'denn', 'doch', 'jedoch', 'zumindest', 'etwa'])
const determiners = /^(?:der|die|das|den|dem|des|eine[rnms]?|ein|diese[rnms]?|jene[rnms]?|erneute[nrms]?|neue[nrms]?|jüngste[nrms]?|zentrale[nrms]?|alte[nrms]?)$/

/** The part of the first comma (or colon) after part `k`, within the sentence, or -1. */
function nextComma(info: ParagraphInfo, k: number, to: number): number {
  for (let j = k + 1; j < to; j++) {
    const gap = gapText(info, j - 1, j)
    if (/[;.!?]/.test(gap)) return -1
    if (/,/.test(gap)) return j
  }
  return -1
}

/**
 * Where the clause opening at part `open` ends: the comma after its verb when
 * the noun phrase stands before the main verb (`Moskaus Forderung, die Nato
 * dürfe …, lehnte X ab`), else the end of the reported clause.
 */
function clauseStop(info: ParagraphInfo, open: number, to: number, prefield: boolean, clauseEnd: number): number {
  let segment = open
  for (let j = open + 1; j < to; j++) {
    if (!/,/.test(gapText(info, j - 1, j))) continue
    // A `zu` infinitive ends at the comma after it (`die Forderung, X zu boykottieren, wies Y zurück`), unless another one follows
    // (`den Befehl, dabei zu helfen, Menschen zu bringen und …`).
    if (zuInfinitive(info, segment, j)) {
      if (!prefield && zuInfinitive(info, j, to)) {
        segment = j
        continue
      }
      return info.parts[j - 1]!.end
    }
    const complete = hasKonjunktiv(info, open, j, true) || info.parts[open]!.lower === 'dass' || info.parts[open]!.lower === 'ob'
    // After the noun's clause the main clause goes on (`…, als „Fehlstart“ zurückgewiesen`): a lower-case word that opens no dependent clause.
    const next = info.parts[j]!
    if (complete && (prefield || (!next.upper && !clauseOpeners.has(next.lower)))) return info.parts[j - 1]!.end
  }
  return clauseEnd
}

/** Whether the segment after the `zu` infinitive that opens at part `start` begins with a Konjunktiv verb (`…, X zu entziehen, sei falsch`). */
function konjunktivAfterInfinitive(info: ParagraphInfo, start: number, to: number): boolean {
  const after = nextComma(info, start, to)
  return after > 0 && after < to && !info.parts[after]!.upper && hasKonjunktiv(info, after, after + 1, true)
}

/** Whether the clause from part `open` reports words: `dass`/`ob`, a `zu` infinitive, or a Konjunktiv verb that does not close a relative clause. */
function reportsWords(info: ParagraphInfo, open: number, to: number): boolean {
  const opener = info.parts[open]!
  if (opener.lower === 'dass' || opener.lower === 'ob') return true
  if (zuInfinitive(info, open, to)) return true
  let end = nextComma(info, open, to)
  if (end < 0) end = to
  // `das Eingeständnis, ihre Entscheidung, X zu entziehen, sei falsch gewesen`: a subject with its own `zu` infinitive, then the Konjunktiv verb.
  if (!hasKonjunktiv(info, open, end, true)) return end < to && zuInfinitive(info, end, to) && konjunktivAfterInfinitive(info, end, to)
  if (!relativeOpeners.has(opener.lower)) return true
  // `die Forderung, die Russland gestellt habe`: a relative clause ends in its verb; `die Nato dürfe sich …` has it second.
  return !hasKonjunktiv(info, end - 1, end, true) && info.parts[open + 1]?.upper === true
}

/** The speaker named with the noun: a genitive name before it (`Moskaus`), a genitive or `von` phrase after it (`der Nato`). */
function possessor(article: ArticleInfo, info: ParagraphInfo, k: number, comma: number): Speaker | undefined {
  const before = info.mentions.find((mention) => mention.last === k - 1 && !mention.inQuote)
  if (before && /s$|’$|'$/.test(info.parts[k - 1]!.text) && !info.parts[k - 1]!.hyphenAfter) {
    return { speaker: before.mention.entity, description: null, resolution: 'name', confidence: 0.8 }
  }
  // `die Forderung Russlands, …`: a genitive name right after the noun.
  const after = info.mentions.find((mention) => mention.first === k + 1 && mention.last === comma - 1 && !mention.inQuote)
  if (after && /s$/.test(info.parts[comma - 1]!.text)) return { speaker: after.mention.entity, description: null, resolution: 'name', confidence: 0.8 }
  if (k + 1 < comma && genitiveOpeners.has(info.parts[k + 1]!.lower)) {
    const from = ['von', 'vom'].includes(info.parts[k + 1]!.lower) ? k + 2 : k + 1
    const named = mentionsIn(info, from, comma).find((mention) => !mention.inQuote && mention.last < comma && mention.type !== 'place')
    if (named) return { speaker: named.mention.entity, description: null, resolution: 'name', confidence: 0.8 }
    const place = mentionsIn(info, from, comma).find((mention) => !mention.inQuote && mention.last < comma)
    if (place) return { speaker: place.mention.entity, description: null, resolution: 'name', confidence: 0.7 }
    return resolvePhrase(article, info, from, comma, { unnamed: true })
  }
  return undefined
}

const unresolved: Speaker = { speaker: null, description: null, resolution: 'unnamed', confidence: 0.3 }

/**
 * The subject of a sentence with `mit den Worten` at part `mit`: the phrase
 * before it (`Lawrow verabschiedete sich mit …`), or the one after the verb
 * that follows the quotation (`Mit den Worten „…“ verließ er den Saal`).
 */
function subjectAround(article: ArticleInfo, info: ParagraphInfo, from: number, mit: number, to: number): Speaker | undefined {
  if (mit > from) return resolvePhrase(article, info, from, mit, { skipPrepositional: true })
  let verb = mit + 3
  while (verb < to && info.inQuote[verb]) verb++
  return verb + 1 < to ? resolvePhrase(article, info, verb + 1, Math.min(to, verb + 2)) : undefined
}

/**
 * `die Forderung (der Nato), …` / `X wiederholte den Vorwurf, …`: a speech
 * noun followed by a comma and a clause of reported words. The noun's
 * possessor speaks; without one, the sentence's subject when its verb makes
 * the act its own (`wiederholte`, `erneuerte seine Forderung`); a rejecting
 * verb (`wies den Vorwurf zurück`) makes the clause no quote.
 */
export const cueNoun: QuoteSieve = {
  name: 'cue-noun',
  doc: '`die Forderung der Nato, …` / `X wiederholte den Vorwurf, …`: the clause after a speech noun (`dass`/`ob`, a `zu` infinitive or Konjunktiv) is its possessor\'s, else the subject\'s of an own-speech verb.',
  exclusive: true,
  decide({ article, info, from, to, cues, clauseEnd, candidates }) {
    for (let k = from; k < to - 2; k++) {
      const part = info.parts[k]!
      if (info.inQuote[k] || !cueNouns.has(part.text) || part.hyphenBefore) continue
      // `Mit den Worten „…“ verließ er den Saal`: a quotation of words right after `mit den Worten` is the subject's.
      const worded = part.text === 'Worten' && k - 2 >= from && info.parts[k - 2]!.lower === 'mit' && instrumentArticles.has(info.parts[k - 1]!.lower)
        ? candidates.find((candidate) => candidate.substantial && candidate.mark.open >= part.end && /^\s*$/.test(info.text.slice(part.end, candidate.mark.open)))
        : undefined
      if (worded) {
        const speaker = subjectAround(article, info, from, k - 2, to) ?? unresolved
        return { quotes: [make(info, worded.mark.span.start, worded.mark.span.endParagraph, worded.mark.span.end, worded.inner, 'direct', speaker, `${info.parts[k - 2]!.text} ${info.parts[k - 1]!.text} ${part.text}`)], remember: speaker.speaker ? speaker : undefined, why: 'quotation right after `mit den Worten`: the subject\'s words' }
      }
      // A noun inside a clause that a cue verb reports (`sagte, die Forderung …`) belongs to that clause.
      if (cues.some((cue) => cue.verb.say && cue.end < k && /,/.test(info.text.slice(info.parts[cue.end]!.end, part.start)))) return undefined
      const comma = nextComma(info, k, to)
      // The comma ends the noun phrase: at most a genitive phrase of five words between them.
      const genitiveName = comma === k + 2 && info.mentions.some((mention) => mention.first === k + 1 && mention.last === k + 1) && /s$/.test(info.parts[k + 1]!.text)
      // `wies den Vorwurf zurück, …`: the particle of a split cue may stand between noun and comma.
      // `zog X mit der Begründung zurück, …`: any verb particle may stand there after `mit der …`.
      const particle = cues.some((cue) => cue.index < k && cue.end === comma - 1 && cue.end > cue.index) ||
        (comma === k + 2 && !info.parts[k + 1]!.upper && k - 2 >= from && info.parts[k - 2]!.lower === 'mit' && instrumentArticles.has(info.parts[k - 1]!.lower))
      // `hatte die Vorgabe gemacht, …`, `haben den Vorschlag unterbreitet, …`: an own-speech participle may close the clause after the noun.
      const ownParticiple = comma === k + 2 && !info.parts[k + 1]!.upper && ownSpeechVerbs.test(info.parts[k + 1]!.lower)
      // A parenthesis in the genitive phrase (`des Ministers X (SPD)`) does not count.
      const bracketed = comma < 0 ? 0 : (info.text.slice(part.end, info.parts[comma]!.start).match(/\([^()]*\)/g) ?? []).reduce((sum, group) => sum + group.split(/\s+/).length, 0)
      if (comma < 0 || comma - bracketed > k + 6 || (comma > k + 1 && !genitiveName && !particle && !ownParticiple && !genitiveOpeners.has(info.parts[k + 1]!.lower))) continue
      if (!reportsWords(info, comma, to)) continue
      const previous = info.parts[k - 1]
      const prefield = k - from <= 3 && info.parts.slice(from, k).every((other) => other.upper || determiners.test(other.lower) || possessives.test(other.lower))
      let speaker = possessor(article, info, k, comma)
      let why = 'the speech noun\'s possessor speaks'
      // The main verb of the sentence: before the noun (`wiederholte den Vorwurf`), or after the clause (`…, wies X zurück`).
      const verbs = info.parts.slice(from, to).map((other) => other.lower)
      const rejecting = verbs.some((word) => rejectingVerbs.test(word)) || cues.some((cue) => rejectingCues.has(cue.verb.lemma))
      if (!speaker) {
        if (prefield) continue
        // `X wies den Vorwurf zurück, …`: the clause is what X rejects, not X's words, and its author is not named (as in `clause-cue-after`).
        // `… mit der Begründung zurück, …`: the subject gives the reason, whatever the main verb (a rejecting one rejects its object, not the reason).
        const instrument = k - 2 >= from && info.parts[k - 2]!.lower === 'mit' && instrumentArticles.has(previous?.lower ?? '')
        if (rejecting && !instrument) return { quotes: [], why: `\`${part.text}\` is the object of a rejecting verb: its clause is nobody's words here` }
        const own = instrument || ownParticiple || info.parts.slice(from, k).some((other) => !other.upper && ownSpeechVerbs.test(other.lower)) || possessives.test(previous?.lower ?? '')
        if (!own) continue
        const cue = cues.find((hit) => hit.index < k)
        // `Die Sperrung erfolgte mit dem Hinweis, …`: a thing as the subject gives no reason of its own, and names nobody who does.
        if (instrument && thingSubject(info, from, cue?.index ?? k - 2)) continue
        speaker = cue ? subjectOf(article, info, from, cue, to) : resolvePhrase(article, info, from, k - 1, { skipPrepositional: true })
        // A subject the resolver cannot read still leaves the clause reported speech (`mit der Begründung, …`), by a speaker left unnamed.
        if (!speaker && instrument) speaker = { speaker: null, description: null, resolution: 'unnamed', confidence: 0.3 }
        why = instrument ? `the subject gives \`mit ${previous!.text} ${part.text}\`` : 'the subject of a verb that makes the speech act its own'
      }
      if (!speaker) continue
      const end = clauseStop(info, comma, to, prefield, clauseEnd)
      const built = buildQuote(info, info.parts[comma]!.start, end, speaker, part.text)
      return built ? { quotes: [built.quote], remember: speaker.speaker ? built.speaker : undefined, why: `clause after the speech noun \`${part.text}\`: ${why}` } : { quotes: [], why: `speech noun \`${part.text}\`, but the clause is too short` }
    }
    return undefined
  }
}
