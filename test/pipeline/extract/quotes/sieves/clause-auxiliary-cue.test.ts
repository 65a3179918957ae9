import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

const found = (...paragraphs: string[]) => quotes(...paragraphs).map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))

describe('clause-auxiliary-cue', () => {
  it('gives the clause before `, hatte X gesagt` to X', () => {
    expect(found('Die Nato rüste massiv auf, hatte Lawrow in Genf gesagt.')).toEqual([{ text: 'Die Nato rüste massiv auf', speaker: 'sergej-lawrow', attribution: 'clause-auxiliary-cue' }])
  })
  it('does not take the subject before `, hat … zurückgewiesen, er sei …`: the clause after the cue is the words', () => {
    expect(found('Der Außenminister Russlands, Sergej Lawrow, hat Berichte der Presse zurückgewiesen, er sei amtsmüde.').map(({ text, attribution }) => ({ text, attribution }))).toEqual([
      { text: 'er sei amtsmüde', attribution: 'cue-clause' }
    ])
  })
})
