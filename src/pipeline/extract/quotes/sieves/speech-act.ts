import { isCommonNoun } from '../../lexicons/common-nouns.js'
import { demandCues, negations, speechActCues } from '../../lexicons/quote-words.js'
import { buildQuote, gapText } from '../clause.js'
import { mentionsIn, type ParagraphInfo } from '../context.js'
import type { CueHit } from '../cues.js'
import { adverbialOpener, subjectOf } from '../phrases.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'
import { thingSubject } from '../thing-subject.js'

const particles = new Set(['ab', 'an', 'auf', 'aus', 'ein', 'fest', 'hin', 'hinzu', 'mit', 'vor', 'zu', 'zurück', 'bekannt', 'dar', 'klar'])
const auxiliaries = new Set(['hat', 'hatte', 'haben', 'hatten'])
const pronounObjects = new Set(['das', 'dies', 'dieses', 'es', 'ihn', 'ihm', 'ihr', 'sie', 'ihnen', 'diese', 'diesen', 'dem', 'den', 'alles', 'nichts', 'ab', 'an', 'zu', 'zurück', 'ein'])
const coordinators = new Set(['und', 'oder', 'sowie', 'als'])
const passiveWords = new Set(['wird', 'wurde', 'wurden', 'werden', 'worden'])
const modals = new Set(['kann', 'konnte', 'konnten', 'können', 'will', 'wollte', 'wollten', 'wollen', 'muss', 'musste', 'mussten', 'müssen', 'soll', 'sollte', 'sollten', 'sollen', 'darf', 'durfte', 'dürfen', 'möchte', 'möchten', 'zu', 'wird', 'werden', 'würde', 'würden'])
const articles = new Set(['der', 'die', 'das', 'ein', 'eine', 'er', 'sie'])
const subjectPronouns = new Set(['er', 'sie', 'man', 'es', 'wir'])
const connectives = new Set(['sich', 'deshalb', 'daher', 'deswegen', 'darum', 'zudem', 'außerdem', 'auch', 'ebenfalls', 'folglich', 'jedoch', 'aber', 'allerdings', 'nun', 'erneut', 'bereits', 'gleichzeitig', 'zugleich'])

/**
 * The speech act of a main clause: a finite cue right after the first
 * constituent (`Der Kreml wies …`, `Am Montag kündigte …`), or `hat`/`hatte`
 * there and the cue's participle closing the sentence (`Die Ministerin hat …
 * angekündigt.`). A split verb's particle must close the sentence too.
 * `undefined` for a cue in a subordinate or relative clause.
 */
function mainClauseAct(info: ParagraphInfo, from: number, to: number, cues: readonly CueHit[]): { cue: CueHit; finite: number; close: number } | undefined {
  const last = to - 1
  for (const cue of cues) {
    if (!speechActCues.has(cue.verb.lemma) || info.inQuote[cue.index]) continue
    if (cue.end > cue.index) {
      if (cue.end === last) return { cue, finite: cue.index, close: cue.end }
      continue
    }
    const form = info.parts[cue.index]!.lower
    if (cue.index < last) {
      // `forderte die Nato auf, um …`: a particle closing the first clause makes the verb another, separable one.
      let end = cue.index + 1
      while (end < to && !/[,;:]/.test(gapText(info, end - 1, end))) end++
      if (cue.verb.finite.includes(form) && !particles.has(info.parts[end - 1]!.lower)) return { cue, finite: cue.index, close: to }
      continue
    }
    // `Die Ministerin hat … angekündigt.`: the participle closes the sentence, the auxiliary stands second.
    if (form !== cue.verb.joined.at(-1)) continue
    const finite = auxiliaryIndex(info, from, cue.index)
    if (finite !== undefined) return { cue: { ...cue, index: finite, end: cue.index }, finite, close: cue.index }
  }
  return undefined
}

/** The part of `hat`/`hatte` among the first six parts before the participle, with no clause break and no passive (`worden`) between. */
function auxiliaryIndex(info: ParagraphInfo, from: number, participle: number): number | undefined {
  for (let j = from + 1; j < participle && j <= from + 6; j++) {
    if (auxiliaries.has(info.parts[j]!.lower) && !info.inQuote[j]) return j
  }
  return undefined
}

/** The end of a subject after the verb: an article and adjectives, then its capitalized words (`die Polizei`, `der russische Außenminister Lawrow`). */
function subjectEnd(info: ParagraphInfo, from: number, to: number): number {
  let j = from
  while (j < to && j < from + 3 && !info.parts[j]!.upper) j++
  while (j < to && (info.parts[j]!.upper || info.parts[j - 1]!.hyphenAfter)) j++
  // A place after `in`/`aus` (`die Regierung in Kiew`).
  if (j + 1 < to && ['in', 'aus'].includes(info.parts[j]!.lower) && mentionsIn(info, j + 1, j + 2).some((mention) => mention.type === 'place' && mention.first === j + 1)) {
    j++
    while (j < to && info.parts[j]!.upper) j++
  }
  // A genitive after it (`der Ständige Ausschuss des Volkskongresses`), not a `von` phrase that may be the object (`spricht die Polizei von …`).
  if (j + 1 < to && ['des', 'der'].includes(info.parts[j]!.lower) && /^\s+$/.test(gapText(info, j - 1, j))) {
    let k = j + 1
    while (k < to && k < j + 3 && !info.parts[k]!.upper) k++
    if (k < to && info.parts[k]!.upper) {
      while (k < to && (info.parts[k]!.upper || info.parts[k - 1]!.hyphenAfter)) k++
      j = k
    }
  }
  return j
}

/**
 * `Der Kreml wies die Vorwürfe zurück.`, `Die Ministerin kündigte weitere
 * Sanktionen an.`, `Er warnte vor einer Eskalation.`: a main clause whose
 * verb is a speech act (`lexicons/quote-words.ts` `speechActCues`) with a noun
 * phrase as its object and no clause of words after it. The sentence reports
 * that act; the object (from the verb or the inverted subject on) is the
 * quote, the verb's subject the speaker. A demonstrative object (`lehnt das
 * ab`), a negation, a question or a thing as subject give none.
 */
export const speechAct: QuoteSieve = {
  name: 'speech-act',
  doc: 'A main clause whose verb is a speech act with a noun phrase object and no clause (`Der Kreml wies die Vorwürfe zurück.`): the object is the subject\'s summarised words.',
  exclusive: true,
  decide({ article, info, sentence, from, to, cues, candidates, sentenceEnd }) {
    if (to - from < 4 || candidates.length > 0) return undefined
    if (info.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) return undefined
    const act = mainClauseAct(info, from, to, cues)
    if (!act) return undefined
    const { cue, finite, close } = act
    // The first constituent ends right before the finite verb: no clause break, no coordination or figure in it
    // (`Sieben Verdächtige und 22 beschuldigte Personen müssen …`: an attributive participle), no passive after it.
    if (finite === from || finite > from + 7 || thingSubject(info, from, finite)) return undefined
    for (let j = from; j <= finite; j++) {
      if (j > from && /[,;:–—(]/.test(gapText(info, j - 1, j))) return undefined
      // `Die Polizei konnte weder bestätigen noch …`: an infinitive after a modal or a negation is no finite speech act.
      if (j < finite && (negations.has(info.parts[j]!.lower) || modals.has(info.parts[j]!.lower))) return undefined
      if (j < finite && (coordinators.has(info.parts[j]!.lower) || /^\d/.test(info.parts[j]!.text))) return undefined
    }
    // Its object: no clause (`dass`, `ob`), no negation, no passive (a relative clause on the object may have one).
    for (let j = finite + 1; j < close; j++) {
      if (/[,;:]/.test(gapText(info, j - 1, j))) break
      const lower = info.parts[j]!.lower
      if (negations.has(lower) || lower === 'dass' || lower === 'ob' || passiveWords.has(lower)) return undefined
    }
    if (passiveWords.has(info.parts[finite]!.lower) || passiveWords.has(info.parts[finite - 1]!.lower)) return undefined
    const prepositions = speechActCues.get(cue.verb.lemma)
    if (prepositions && !info.parts.slice(finite + 1, close + 1).some((part, i) => prepositions.includes(part.lower) && !info.inQuote[finite + 1 + i])) return undefined
    // A single word before the verb that names nothing, with an article or a name after the verb (`Insgesamt spricht die Polizei …`,
    // `Konkret fordert Moskau …`), is an adverb:
    // the subject follows the verb.
    const next = info.parts[finite + 1]!.lower
    const inverted = adverbialOpener(info, from) || (finite === from + 1 && (articles.has(next) || mentionsIn(info, finite + 1, finite + 2).some((mention) => mention.first === finite + 1)) && mentionsIn(info, from, finite).length === 0 && !isCommonNoun(info.parts[from]!.text))
    let start = finite + 1
    if (inverted) start = subjectPronouns.has(next) ? start + 1 : subjectEnd(info, start, close)
    const speaker = inverted && start > finite + 1
      ? resolvePhrase(article, info, finite + 1, start, { unnamed: true })
      : subjectOf(article, info, from, cue, to)
    if (!speaker || (speaker.speaker === null && !speaker.description)) return undefined
    if (demandCues.has(cue.verb.lemma) && speaker.resolution !== 'name') return undefined
    while (start < close && connectives.has(info.parts[start]!.lower)) start++
    if (start >= close || pronounObjects.has(info.parts[start]!.lower) && (start + 1 >= close || !info.parts[start + 1]!.upper)) return undefined
    // A noun in the object: `kündigte weitere Sanktionen an`, not `kündigte es an`.
    if (!info.parts.slice(start, close).some((part) => part.upper)) return undefined
    const built = buildQuote(info, info.parts[start]!.start, sentenceEnd, speaker, cue.text)
    return built ? { quotes: [built.quote], remember: built.speaker, why: `a speech act \`${cue.text}\` with its object, no clause: the subject's words in summary` } : undefined
  }
}
