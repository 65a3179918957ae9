import { isKonjunktivOne, konjunktivTwo } from '../../lexicons/konjunktiv.js'
import { rejectingCues, rejectingPhrase, reportOpeners, subordinatorsRejected } from '../../lexicons/quote-words.js'
import { buildQuote, cleanText, gapText, hasKonjunktiv, hasQuotedWords } from '../clause.js'
import { apposition, phraseEnd, viaAfter } from '../phrases.js'
import type { ParagraphInfo } from '../context.js'
import type { QuoteSieve } from '../sieve.js'
import { resolvePhrase } from '../speaker.js'

/** Speech verbs with a frequent sense that is no speech (`droht eine Rezession`, `forderte 20 Todesopfer`). */
const nonSpeechSenses: ReadonlySet<string> = new Set(['drohen', 'fordern'])

const dependentOpeners = /^(?:der|die|das|dem|den|denen|deren|dessen|welche[rsnm]?|wo|was|wie|dass|ob|um|und|oder|als|weil|wenn|da|damit|sodass|indem|nachdem|bevor|während|obwohl|falls)$/

/** Whether a main clause follows the adverbial clause that opens the sentence, before part `cue`: a comma and a lower-case finite verb (`Als X …, töteten sie …`). */
function mainClauseBefore(info: ParagraphInfo, from: number, cue: number): boolean {
  for (let j = from + 1; j < cue - 1; j++) {
    if (/,/.test(gapText(info, j - 1, j)) && !info.parts[j]!.upper && !dependentOpeners.test(info.parts[j]!.lower)) return true
  }
  return false
}

const relativePronoun = /^(?:der|die|das|dem|den|denen|deren|dessen|welche[rsnm]?)$/

/**
 * Whether parts `[from, cue)` are a noun phrase and a relative clause on it
 * that runs to the comma before the cue (`Die Partei X, die … beanspruchte,`):
 * a subject, no clause of words. The noun phrase opens with an article or a
 * capitalized word and has no comma; the relative clause has none either.
 */
function subjectWithRelative(info: ParagraphInfo, from: number, cue: number): boolean {
  let comma = from + 1
  while (comma < cue && !/,/.test(gapText(info, comma - 1, comma))) comma++
  if (comma >= cue - 1 || !relativePronoun.test(info.parts[comma]!.lower) || info.inQuote[comma]) return false
  if (!info.parts[from]!.upper) return false
  for (let j = comma + 1; j < cue; j++) if (/[,;:]/.test(gapText(info, j - 1, j))) return false
  // The relative clause ends in its verb, a lower-case word.
  return !info.parts[cue - 1]!.upper && !hasKonjunktiv(info, from, comma)
}

/** `Clause, sagte X(, Konjunktiv rest).`: a clause, a comma, and a cue whose subject follows it. */
export const clauseCueAfter: QuoteSieve = {
  name: 'clause-cue-after',
  doc: 'A clause, then `, sagte X` (or `, teilte X mit`): X speaks; an inverted `…, sagte X, könne …` adds the rest.',
  exclusive: true,
  decide({ article, info, from, to, cues, wie, clauseEnd }) {
    const text = info.text
    for (const cue of cues) {
      if (cue.verb.lemma === 'heißen' || cue.verb.lemma === 'verlauten') continue
      const cuePart = info.parts[cue.index]!
      const gapBefore = cue.index > from ? gapText(info, cue.index - 1, cue.index) : ''
      const stop = phraseEnd(info, cue.end + 1, to)
      const dassAfter = stop < to && /,/.test(gapText(info, stop - 1, stop)) && reportOpeners.has(info.parts[stop]!.lower)
      // A split cue counts when its particle ends the sentence (`…, teilte ein Sprecher mit.`).
      const particleLast = cue.end > cue.index && cue.end === to - 1
      // `…, sagte, clause`: a comma right after the cue starts the reported clause, not the speaker.
      const commaAfterCue = cue.end === cue.index && cue.index + 1 < to && /[,;:]/.test(gapText(info, cue.index, cue.index + 1))
      if (!(cue.end === cue.index || particleLast) || dassAfter || commaAfterCue) continue
      // `…, Leonid Sluzki, sagte gegenüber RT DE, …`: a phrase after `gegenüber` is the addressee, never the speaker.
      if (info.parts[cue.index + 1]?.lower === 'gegenüber') continue
      if (!/,\s*$/.test(gapBefore) && !/[“”"«»]\s*,\s*$/.test(text.slice(Math.max(0, cuePart.start - 4), cuePart.start))) continue
      // `Die Partei X, die am Samstag den Sieg beanspruchte, beschuldigte die Regierung …`: a subject with its relative clause is no reported clause.
      if (subjectWithRelative(info, from, cue.index)) continue
      const phraseStop = particleLast ? Math.min(phraseEnd(info, cue.index + 1, to), cue.end) : phraseEnd(info, cue.index + 1, to)
      // `Die Bestrebungen der Regierung, …, bezeichnete X als …`, `Der Volkswirtschaft, Japan, droht eine Rezession`, `9.000 Menschenleben forderte …`:
      // before a cue that is not a speech verb on its own (or one with a non-speech sense) the clause must show reported words.
      if ((!cue.verb.say || nonSpeechSenses.has(cue.verb.lemma)) && !hasKonjunktiv(info, from, cue.index, true) && !hasQuotedWords(info, info.parts[from]!.start, cuePart.start)) continue
      // `Um … einschätzen zu können, zitiert X …`, `Nachdem …, sagte X`: an adverbial clause before the cue reports nothing unless it shows reported words.
      if (subordinatorsRejected.has(info.parts[from]!.lower) && !mainClauseBefore(info, from, cue.index) && !hasKonjunktiv(info, from, cue.index, true) && !hasQuotedWords(info, info.parts[from]!.start, cuePart.start)) continue
      const speaker = wie?.speaker ?? apposition(info, cue.index + 1, phraseStop, to) ?? resolvePhrase(article, info, cue.index + 1, phraseStop, { unnamed: true })
      if (!speaker) continue
      // `Dass X stimme, bestreitet er.` / `…, verweist er ins Reich der Mythen`: the speaker rejects the clause; it is no statement of theirs.
      if (rejectingCues.has(cue.verb.lemma) || rejectingPhrase.test(text.slice(cuePart.start, info.parts[to - 1]!.end))) return { quotes: [], why: `\`${cue.text}\` rejects the clause before it` }
      const clauseStart = info.parts[from]!.start
      const commaAt = text.lastIndexOf(',', cuePart.start)
      // Inverted: `…, sagte X, könne …`.
      let restText = ''
      let restEnd = commaAt
      for (let j = phraseStop; j < to; j++) {
        if (/,/.test(gapText(info, j - 1, j))) {
          const word = info.parts[j]!
          if (!word.upper && (isKonjunktivOne(word.lower) || konjunktivTwo.has(word.lower))) {
            restText = text.slice(word.start, clauseEnd)
            restEnd = clauseEnd
          }
          break
        }
      }
      const first = cleanText(text.slice(clauseStart, commaAt))
      const clause = restText ? `${first} ${cleanText(restText)}` : first
      const built = buildQuote(info, clauseStart, restEnd, speaker, cue.verb.particle ? cue.text : cuePart.text, viaAfter(info, cue.index + 1, to), clause)
      const why = `clause before \`, ${cue.text}\` and its subject after it${restText ? ', with the Konjunktiv rest after the speaker' : ''}`
      return built ? { quotes: [built.quote], remember: built.speaker, why } : { quotes: [], why: `${why}, but the clause is too short` }
    }
    return undefined
  }
}
