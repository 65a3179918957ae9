import { phraseDeterminers, sourceNeedsComplement, sourceNouns } from '../../lexicons/quote-words.js'
import { gapText, removePhrase } from '../clause.js'
import { findCues } from '../cues.js'
import { nounPhraseEnd, phraseEnd, unnamedPhrase } from '../phrases.js'
import { mentionsIn, type ParagraphInfo } from '../context.js'
import type { Decision, QuoteSieve } from '../sieve.js'
import { resolvePhrase, type Speaker } from '../speaker.js'
import { wieClauseFirst } from './wie-clause-first.js'

const genitiveOpeners = new Set(['des', 'der', 'von', 'vom'])
const indefiniteGenitives = new Set(['eines', 'einer'])

const phraseDeterminerWords = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'eines', 'seinen', 'seiner', 'ihren', 'ihrer', 'eigenen', 'offiziellen', 'ersten'])

/** Whether a part can stand in the noun phrase before `zufolge`: a capitalized word, a determiner, or an adjective (`-en`/`-er`/`-e` and not a verb form like `es`). */
function phraseWord(part: { readonly upper: boolean; readonly lower: string }): boolean {
  return part.upper || phraseDeterminerWords.has(part.lower) || (/(?:en|er|e)$/.test(part.lower) && part.lower.length > 3 && !/(?:te|ten)$/.test(part.lower))
}

/** Whether a comma or colon follows the cue within fourteen words (before the sentence ends): the cue reports a clause. */
function opensClause(info: ParagraphInfo, cueEnd: number, to: number): boolean {
  for (let j = cueEnd + 1; j < to && j < cueEnd + 14; j++) {
    const gap = gapText(info, j - 1, j)
    if (/[.!?;]/.test(gap)) return false
    if (/[,:„“"»«]/.test(gap)) return true
  }
  return cueEnd + 1 < to && /[,:]/.test(gapText(info, cueEnd, cueEnd + 1))
}

const relativePronouns = /^(?:der|die|das|dem|den|denen|deren|dessen|welche[rsnm]?)$/
const articlePronouns = /^(?:der|die|das|dem|den)$/

/**
 * The relative clause that part `k` stands in (`ein Institut, das nach
 * bisherigen Erkenntnissen 28 Gebäude geprüft hat, …`), as parts
 * `[start, end)`: the last comma before `k` in the sentence opens it with a
 * relative pronoun, perhaps after a preposition (an article before its noun,
 * `, die Truppen`, opens none); the next comma after `k` (or the sentence
 * end) closes it. A source there vouches for that clause only.
 */
function relativeClauseAround(info: ParagraphInfo, from: number, to: number, k: number): { start: number; end: number } | undefined {
  for (let j = k; j > from; j--) {
    const gap = gapText(info, j - 1, j)
    if (/[.;:!?]/.test(gap)) return undefined
    if (!/,/.test(gap)) continue
    const at = prepositionWords.has(info.parts[j]!.lower) && j + 1 < k ? j + 1 : j
    const pronoun = info.parts[at]!.lower
    if (!relativePronouns.test(pronoun) || (articlePronouns.test(pronoun) && info.parts[at + 1]?.upper === true)) return undefined
    let end = k + 1
    for (;;) {
      while (end < to && !/[,;:]/.test(gapText(info, end - 1, end))) end++
      // `…, das nach X 28 Gebäude, die nicht sicher sind, abgenommen hat, …`: a relative clause nested in it does not close it.
      const next = info.parts[end]
      if (end >= to || !/^\s*,\s*$/.test(gapText(info, end - 1, end)) || !next || !relativePronouns.test(next.lower) || (articlePronouns.test(next.lower) && info.parts[end + 1]?.upper === true)) break
      end++
      while (end < to && !/[,;:]/.test(gapText(info, end - 1, end))) end++
      if (end >= to || !/^\s*,\s*$/.test(gapText(info, end - 1, end))) break
      end++
    }
    return { start: j, end }
  }
  return undefined
}

const prepositionWords = new Set(['in', 'bei', 'mit', 'von', 'für', 'auf', 'an', 'aus', 'über', 'unter', 'vor', 'zu', 'durch', 'gegen', 'um', 'seit', 'wegen'])

const openers = /[–—(]|\s-\s/

/**
 * The parenthesis that a source phrase at part `k` opens (`der Täter – nach
 * Zeugenaussagen ein Nachbar – floh`, `(laut Polizei mehr als 30)`): a dash or
 * bracket right before `k`, and its closing one within forty words of the sentence, as
 * parts `[k, end)`. The source vouches for the parenthesis only.
 */
function parenthesisAt(info: ParagraphInfo, to: number, k: number): { start: number; end: number } | undefined {
  const open = gapText(info, k - 1, k).match(openers)?.[0]
  if (!open) return undefined
  const close = open === '(' ? /\)/ : open.trim() === '-' ? /\s-\s/ : /[–—]/
  // Within forty words: a parenthesis is short, and the search stays linear in a long sentence of unclosed brackets.
  for (let j = k + 1; j < to && j <= k + 40; j++) {
    const gap = gapText(info, j - 1, j)
    if (/[.!?;]/.test(gap)) return undefined
    if (close.test(gap)) return { start: k, end: j }
  }
  return undefined
}

const coordinators = new Set(['und', 'sowie', 'oder'])

/** Past a coordinated second source (`nach Angaben von AFP und Reuters`, `laut Polizei und der Feuerwehr`): the part after it, else `end`. */
function coordinatedSourceEnd(info: ParagraphInfo, end: number, to: number): number {
  const conjunction = info.parts[end]
  const next = info.parts[end + 1]
  if (end + 2 > to || !conjunction || !next || !coordinators.has(conjunction.lower) || /[,;:.!?–—(]/.test(gapText(info, end - 1, end))) return end
  if (!next.upper && !(phraseDeterminerWords.has(next.lower) && info.parts[end + 2]?.upper === true)) return end
  const after = nounPhraseEnd(info, end + 1, to)
  return after > end + 1 && after < to ? after : end
}

function decided(built: ReturnType<typeof removePhrase>, why: string): Decision {
  return built ? { quotes: [built.quote], remember: built.speaker, why } : { quotes: [], why: `${why}, but the clause is too short` }
}

/** A person in apposition right after a source phrase that ends at part `end` (`…, Roland Eichberg, …`): the person and the apposition's last part. */
function appositionAfter(info: ParagraphInfo, end: number, to: number): { speaker: Speaker; last: number } | undefined {
  if (end >= to || !/^\s*,\s*$/.test(gapText(info, end - 1, end))) return undefined
  const person = mentionsIn(info, end, end + 1).find((mention) => mention.type === 'person' && !mention.inQuote)
  if (!person || (person.last + 1 < to && !/,/.test(gapText(info, person.last, person.last + 1)))) return undefined
  return { speaker: { speaker: person.mention.entity, description: null, resolution: 'source-phrase', confidence: 0.8 }, last: person.last }
}

/** The words a source phrase starts at. */
const sourceWords = new Set(['laut', 'nach', 'gemäß', 'zufolge'])

/** Whether one of `sourceWords` stands outside quotation marks in parts `[from, to)`. */
function hasSourceWord(info: ParagraphInfo, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!info.inQuote[k] && sourceWords.has(info.parts[k]!.lower)) return true
  return false
}

/** `laut X`, `X zufolge`, `nach (Xs) Angaben (des X)`: the clause without the phrase is the source's. */
export const sourcePhraseSieve: QuoteSieve = {
  name: 'source-phrase',
  doc: 'A source phrase (`laut X`, `X zufolge`, `nach Angaben des X`) in a sentence without a speech verb: the clause is the source\'s.',
  exclusive: true,
  decide(context) {
    const { article, info, from, to, clauseEnd } = context
    const text = info.text
    // Every rule below starts at one of these words outside quotation marks: most sentences have none, and need no other sieve's look.
    if (!hasSourceWord(info, from, to)) return undefined
    // `Wie X mitteilte, ist nach Auffassung der Kanzlerin …`: a named speaker of an opening `wie` clause reports the main clause, its source phrase
    // included; the sentence is left to that sieve.
    if (wieClauseFirst.decide(context)?.remember?.speaker) return undefined
    for (let k = from; k < to; k++) {
      const part = info.parts[k]!
      if (info.inQuote[k]) continue
      // `…, das nach bisherigen Erkenntnissen 28 Gebäude geprüft hat, …`: the source's words are the relative clause alone.
      const relative = /^(?:laut|nach|gemäß|zufolge)$/.test(part.lower) ? relativeClauseAround(info, from, to, k) : undefined
      // `der Täter – nach Zeugenaussagen ein Nachbar – floh`: the source's words are the parenthesis alone.
      const parenthesis = /^(?:laut|nach|gemäß)$/.test(part.lower) && k > from ? parenthesisAt(info, to, k) : undefined
      if (parenthesis) {
        const decision = sourcePhraseSieve.decide({ ...context, from: parenthesis.start, to: parenthesis.end, clauseEnd: Math.min(clauseEnd, info.parts[parenthesis.end - 1]!.end) })
        if (decision) return decision
        k = parenthesis.end - 1
        continue
      }
      if (relative) {
        const decision = sourcePhraseSieve.decide({ ...context, from: relative.start, to: relative.end, clauseEnd: Math.min(clauseEnd, info.parts[relative.end - 1]!.end) })
        if (decision) return decision
        k = relative.end - 1
        continue
      }
      // `gemäß einem Augenzeugen`, `gemäß Reuters` read as `laut`, `gemäß Angaben der Polizei` as `nach Angaben`; `gemäß dem Vertrag`
      // (a definite norm: in accordance with) names no source.
      const gemaessSource = part.lower === 'gemäß' && !info.parts.slice(k + 1, Math.min(to, k + 4)).some((other) => sourceNouns.test(other.text)) &&
        (/^(?:einem|einer)$/.test(info.parts[k + 1]?.lower ?? '') || info.mentions.some((mention) => (mention.first === k + 1 || (mention.first === k + 2 && /^(?:der|dem|den)$/.test(info.parts[k + 1]!.lower))) && !mention.inQuote && mention.type !== 'place'))
      if (part.lower === 'laut' || gemaessSource) {
        const end = coordinatedSourceEnd(info, Math.min(phraseEnd(info, k + 1, to), nounPhraseEnd(info, k + 1, to)), to)
        const next = info.parts[k + 1]
        const nounAhead = next !== undefined && (next.upper || phraseDeterminers.has(next.lower) || info.parts[k + 2]?.upper === true)
        // `Kritik wurde laut, …`, `laut werden`: the adjective, no source (a source follows `laut` without punctuation).
        const verbAfter = /^(?:werden|wurden?|wird|geworden|worden|wäre?n?|würden?)$/.test(next?.lower ?? '') || (next !== undefined && /[,;:.!?]/.test(gapText(info, k, k + 1)))
        if (!nounAhead || verbAfter || end <= k + 1) continue
        const speaker = resolvePhrase(article, info, k + 1, Math.min(end, k + 5), { unnamed: true }) ?? unnamedPhrase(info, k + 1, Math.min(end, k + 5))
        // A speech verb outside the phrase that opens a clause of its own decides the sentence (`laut Interfax sagte X, …`);
        // one without (`werden … unterstellt`) is no speech verb here.
        if (findCues(info, from, to).some((hit) => (hit.index < k || hit.index >= end) && hit.verb.say && opensClause(info, hit.end, to))) break
        if (speaker) return decided(removePhrase(info, from, to, k, end - 1, speaker, part.lower, clauseEnd), `\`${part.lower}\` and the source after it`)
      }
      if (part.lower === 'zufolge') {
        // The noun phrase right before `zufolge`: capitalized words, determiners and adjectives, no verb (`gab es Berichten zufolge`).
        let start = k - 1
        while (start > from && !/[,;:]/.test(gapText(info, start - 1, start)) && k - start < 9 && phraseWord(info.parts[start - 1]!)) start--
        const speaker = resolvePhrase(article, info, start, k, { unnamed: true })
        if (speaker) return decided(removePhrase(info, from, to, start, k, speaker, 'zufolge', clauseEnd), 'the source before `zufolge`')
      }
      if ((part.lower === 'nach' || part.lower === 'gemäß') && k + 1 < to) {
        let j = k + 1
        while (j < to && j < k + 4 && !sourceNouns.test(info.parts[j]!.text) && !info.parts[j]!.text.endsWith('-Angaben')) {
          if (info.parts[j]!.hyphenAfter && /^Angaben$/.test(info.parts[j + 1]?.text ?? '')) {
            j++
            break
          }
          j++
        }
        if (j < to && sourceNouns.test(info.parts[j]!.text)) {
          let end = j + 1
          const next = info.parts[end]
          // `nach dem Bericht` alone may be time (`after the report`): these nouns need their source after them.
          if (sourceNeedsComplement.test(info.parts[j]!.text) && !(next && genitiveOpeners.has(next.lower))) continue
          if (next && genitiveOpeners.has(next.lower)) end = Math.min(phraseEnd(info, end + 1, to), nounPhraseEnd(info, end, to))
          // `nach Aussage einer Sprecherin der Stadt X`: an indefinite genitive, a noun and its own genitive.
          else if (next && indefiniteGenitives.has(next.lower) && info.parts[end + 1]?.upper) end = Math.min(phraseEnd(info, end + 1, to), nounPhraseEnd(info, end, to))
          // `nach Einschätzung westlicher Geheimdienste`: a genitive plural without article, adjectives and a noun.
          else if (next && !next.upper && /er$/.test(next.lower) && !/[,;:]/.test(gapText(info, end - 1, end))) {
            let k = end
            while (k < to && !info.parts[k]!.upper && /er$/.test(info.parts[k]!.lower) && k < end + 3) k++
            if (k < to && info.parts[k]!.upper) end = k + 1
          }
          // `der Stadt Den Haag`: a name that the phrase end cuts (at its capitalized `Den`) belongs to the phrase.
          const cut = end < to && info.parts[end]!.upper && /^\s+$/.test(gapText(info, end - 1, end))
            ? mentionsIn(info, j + 1, end + 2).find((mention) => !mention.inQuote && mention.last >= end && mention.last < to)
            : undefined
          if (cut) end = cut.last + 1
          end = coordinatedSourceEnd(info, end, to)
          // `nach Angaben des Sprechers des Amtes, Roland Eichberg, …`: a person in apposition is the source.
          const named = appositionAfter(info, end, to)
          if (named) return decided(removePhrase(info, from, to, k, named.last, named.speaker, text.slice(part.start, info.parts[j]!.end), clauseEnd, true), `\`${part.text}\` and a source noun (\`${info.parts[j]!.text}\`) with a person in apposition`)
          // `nach Auffassung der Kanzlerin`, `nach Angaben des Staatsanwalts`: a role noun in the genitive names the person last seen with that role.
          const holder = next && genitiveOpeners.has(next.lower) && end > j + 2 ? resolvePhrase(article, info, j + 1, end, { modifiers: true, genitive: true }) : undefined
          const resolved = holder?.speaker ? holder : resolvePhrase(article, info, k + 1, end, { unnamed: true, modifiers: true })
          // An unnamed source keeps its whole phrase as description (`Einschätzung westlicher Geheimdienste`).
          const speaker: Speaker | undefined = resolved?.speaker ? resolved : unnamedPhrase(info, k + 1, end) ?? resolved
          if (speaker) return decided(removePhrase(info, from, to, k, end - 1, speaker, text.slice(part.start, info.parts[j]!.end), clauseEnd), `\`${part.text}\` and a source noun (\`${info.parts[j]!.text}\`)`)
        }
      }
    }
    return undefined
  }
}
