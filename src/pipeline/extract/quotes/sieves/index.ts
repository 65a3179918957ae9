import type { QuoteSieve } from '../sieve.js'
import { anaphoricCue } from './anaphoric-cue.js'
import { bezeichnenAls } from './bezeichnen-als.js'
import { clauseAuxiliaryCue } from './clause-auxiliary-cue.js'
import { clauseCueAfter } from './clause-cue-after.js'
import { continuation } from './continuation.js'
import { cueClause } from './cue-clause.js'
import { cueColonQuote } from './cue-colon-quote.js'
import { cueNoun } from './cue-noun.js'
import { demandObject } from './demand-object.js'
import { demnach } from './demnach.js'
import { esHeisst } from './es-heisst.js'
import { interviewAnswer } from './interview-answer.js'
import { konjunktivAfterGap } from './konjunktiv-after-gap.js'
import { konjunktivAfterSubject } from './konjunktiv-after-subject.js'
import { quoteAlone } from './quote-alone.js'
import { quoteAuxiliaryCue } from './quote-auxiliary-cue.js'
import { quoteCueAfter } from './quote-cue-after.js'
import { quoteDash } from './quote-dash.js'
import { passiveCue } from './passive-cue.js'
import { quoteSo } from './quote-so.js'
import { soPhrase } from './so-phrase.js'
import { sourcePhraseSieve } from './source-phrase.js'
import { speakerLabelSieve } from './speaker-label.js'
import { speechAct } from './speech-act.js'
import { sprechenVon } from './sprechen-von.js'
import { wieClause } from './wie-clause.js'
import { wieClauseFirst } from './wie-clause-first.js'
import { wonach } from './wonach.js'
import { wordingNoun } from './wording-noun.js'

/**
 * The quote sieves in the order they run, highest precision first: direct
 * quotes with their cue, then source phrases, then reported speech after a
 * cue verb, then continuations. The first exclusive sieve that decides a
 * sentence wins; non-exclusive ones (`wording-noun`) run on every sentence
 * after it. Moving or removing a rule is a change of this array.
 */
export const quoteSieves: readonly QuoteSieve[] = [
  interviewAnswer,
  speakerLabelSieve,
  quoteCueAfter,
  quoteAuxiliaryCue,
  quoteSo,
  quoteDash,
  cueColonQuote,
  quoteAlone,
  soPhrase,
  sourcePhraseSieve,
  wonach,
  demnach,
  esHeisst,
  wieClauseFirst,
  cueNoun,
  clauseAuxiliaryCue,
  clauseCueAfter,
  sprechenVon,
  bezeichnenAls,
  passiveCue,
  cueClause,
  anaphoricCue,
  demandObject,
  speechAct,
  wieClause,
  continuation,
  konjunktivAfterSubject,
  konjunktivAfterGap,
  wordingNoun
]
