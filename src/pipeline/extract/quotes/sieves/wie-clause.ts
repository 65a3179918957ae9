import { buildQuote } from '../clause.js'
import type { QuoteSieve } from '../sieve.js'

/** `Clause, wie X mitteilte.`: the clause before `wie` is X's, in any mood. */
export const wieClause: QuoteSieve = {
  name: 'wie-clause',
  doc: 'A clause, then `, wie X mitteilte` closing the sentence: X speaks, in any mood.',
  exclusive: true,
  decide({ info, from, wie, clauseEnd }) {
    if (!wie?.speaker || !wie.closing) return undefined
    const built = buildQuote(info, info.parts[from]!.start, clauseEnd, wie.speaker, wie.cue)
    return built ? { quotes: [built.quote], remember: built.speaker, why: `clause before \`, wie … ${wie.cue}\`` } : undefined
  }
}
