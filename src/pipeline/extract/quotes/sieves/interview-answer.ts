import type { QuoteSieve } from '../sieve.js'
import { decideTurn } from './turns.js'

/** An interview's answer (over its paragraphs, to the next question) is the interviewee's direct speech. */
export const interviewAnswer: QuoteSieve = {
  name: 'interview-answer',
  doc: 'An answer of an interview (questions ending in `?` or labelled `Frage:`, answers in the first person) is the interviewee’s direct speech, up to the next question.',
  exclusive: true,
  decide(context) {
    return decideTurn(context, 'interview-answer')
  }
}
