import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('anaphoric-cue', () => {
  it('gives the sentence before `Das teilte X mit.` to X', () => {
    expect(quotes('Die Grenzübergänge bleiben bis Montag geschlossen. Das teilte der Kreml mit.')[0]).toMatchObject({ speaker: 'kreml', text: 'Die Grenzübergänge bleiben bis Montag geschlossen', attribution: 'anaphoric-cue' })
  })
  it('needs a cue right after `Das`, and a sentence before it in the paragraph', () => {
    expect(quotes('Das ist ein wichtiger Schritt für die Region.')).toEqual([])
    expect(quotes('Das teilte der Kreml mit.')).toEqual([])
  })
})
