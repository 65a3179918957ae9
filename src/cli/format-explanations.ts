import type { QuoteExplanation } from '../pipeline/extract/quotes/attribute.js'

/** The part of the extractor output that `formatExplanations` reads. */
export interface ExplainedOutput {
  readonly quotes: ReadonlyArray<{ readonly paragraph: number; readonly start: number; readonly end: number; readonly kind: string; readonly text: string; readonly speaker: string | null; readonly description: string | null; readonly confidence: number }>
}

/**
 * Format why each quote of one input was attributed as it was: position,
 * kind, speaker, the deciding sieve with the resolution of the speaker phrase
 * and the confidence, the evidence, and the sentence's speaker candidates.
 *
 * @param input
 *   The file name, for the heading.
 * @param output
 *   The extractor output of that file.
 * @param explanations
 *   One per quote, in the same order.
 * @returns
 *   Text, ending in a newline.
 * @example
 *   formatExplanations('a.txt', output, explanations)
 *   // => 'a.txt: 1 quote\n\nq1  ¶0 1–20  direct  sergej-lawrow …'
 */
export function formatExplanations(input: string, output: ExplainedOutput, explanations: readonly QuoteExplanation[]): string {
  const lines = [`${input}: ${output.quotes.length} ${output.quotes.length === 1 ? 'quote' : 'quotes'}`, '']
  output.quotes.forEach((quote, n) => {
    const explanation = explanations[n]
    const speaker = quote.speaker ?? `(unnamed${quote.description ? `: ${quote.description}` : ''})`
    lines.push(`q${n + 1}  ¶${quote.paragraph} ${quote.start}–${quote.end}  ${quote.kind}  ${speaker}`)
    lines.push(`    „${quote.text.length > 160 ? `${quote.text.slice(0, 157)}…` : quote.text}“`)
    if (explanation) {
      lines.push(`    sieve: ${explanation.sieve} (speaker by ${explanation.resolution}, confidence ${quote.confidence})`)
      lines.push(`    why: ${explanation.why}`)
      if (explanation.coreference) lines.push(`    coreference: ${explanation.coreference}`)
      lines.push(`    candidates: ${explanation.candidates.length > 0 ? explanation.candidates.join(', ') : '(none)'}`)
    }
    lines.push('')
  })
  return `${lines.join('\n')}\n`
}
