import type { QuoteSieve } from '../sieve.js'
import { decideTurn } from './turns.js'

/** The words after a speaker label (`Name, Funktion` line, `Name (Partei):`) are that person's direct speech. */
export const speakerLabelSieve: QuoteSieve = {
  name: 'speaker-label',
  doc: 'The words after a speaker label (a `Name, Funktion` line, `Name (Partei):`, `NAME:`) are that person’s direct speech, up to the next label.',
  exclusive: true,
  decide(context) {
    return decideTurn(context, 'speaker-label')
  }
}
