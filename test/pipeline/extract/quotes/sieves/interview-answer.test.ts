import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractSource } from '../../../../../src/pipeline/extract-source.js'
import { extractFixture, spelled } from '../_dialogue.js'
import { extract } from '../../../../../src/pipeline/extract/index.js'
import type { Genre } from '../../../../../src/schema/article.js'
import { quotes, registry } from '../_run.js'

const intro = 'Der russische Außenminister Sergej Lawrow verhandelt seit Wochen über Sicherheitsgarantien. Im Interview spricht er über die Gespräche mit der Nato.'

describe('interview-answer', () => {
  it('gives each answer paragraph of a raw-text interview to the interviewee named in the intro, one quote per paragraph', () => {
    const result = extractFixture('interview.txt')
    const answers = result.quotes.filter((quote) => quote.attribution === 'interview-answer')
    expect(answers.map(({ speaker, kind, paragraph, endParagraph }) => ({ speaker, kind, paragraph, endParagraph }))).toEqual([
      { speaker: 'guelsen-kaya', kind: 'direct', paragraph: 3, endParagraph: 3 },
      { speaker: 'guelsen-kaya', kind: 'direct', paragraph: 5, endParagraph: 5 },
      { speaker: 'guelsen-kaya', kind: 'direct', paragraph: 6, endParagraph: 6 },
      { speaker: 'guelsen-kaya', kind: 'direct', paragraph: 8, endParagraph: 8 },
      { speaker: 'guelsen-kaya', kind: 'direct', paragraph: 10, endParagraph: 10 }
    ])
    // An answer over two paragraphs is two quotes, one per paragraph.
    expect(answers.slice(1, 3).map((quote) => quote.text)).toEqual(['Nein. Die Gespräche in Genf waren zäh, aber sie haben stattgefunden.', 'Meiner Erfahrung nach braucht so etwas Monate, nicht Tage.'])
    // The interview's credit line closes the last answer.
    expect(answers[4]!.text).toBe('Das weiß niemand. Ich bin vorsichtig optimistisch, mehr nicht.')
    // The interviewee, a name nobody listed, is a provisional person.
    expect(result.discovered.find((entity) => entity.id === 'guelsen-kaya')).toMatchObject({ type: 'person', name: 'Gülsen Kaya', provisional: true })
    // No question is anybody's quote.
    expect(result.quotes.some((quote) => quote.text.includes('Was erwarten Sie'))).toBe(false)
  })
  it('keeps offsets that slice each answer paragraph, each quote within one paragraph', () => {
    const result = extractFixture('interview.txt')
    const aligned = spelled(result)
    for (const [index, quote] of result.quotes.entries()) expect(aligned[index]!.sliced).toBe(quote.text)
    const answers = aligned.filter((_, index) => result.quotes[index]!.attribution === 'interview-answer')
    expect(answers.map((quote) => quote.spans.map((span) => span.paragraph))).toEqual([[3], [5], [6], [8], [10]])
  })
  it('reads a Markdown interview with bold questions as `korpus extract` does', async () => {
    const { output } = await extractSource(join(import.meta.dirname, '../fixtures/2022-01-interview-mit-sergej-lawrow.md'), registry)
    const found = (output as { quotes: Array<{ speaker: string; attribution: string; paragraph: number; endParagraph: number; text: string }> }).quotes
    expect(found.map(({ speaker, attribution, paragraph, endParagraph }) => ({ speaker, attribution, paragraph, endParagraph }))).toEqual([
      { speaker: 'sergej-lawrow', attribution: 'interview-answer', paragraph: 2, endParagraph: 2 },
      { speaker: 'sergej-lawrow', attribution: 'interview-answer', paragraph: 4, endParagraph: 4 },
      { speaker: 'sergej-lawrow', attribution: 'interview-answer', paragraph: 5, endParagraph: 5 },
      { speaker: 'sergej-lawrow', attribution: 'interview-answer', paragraph: 7, endParagraph: 7 }
    ])
    expect(found[1]!.text).toBe('Eine schriftliche Antwort. Ohne sie kommen wir nicht weiter.')
    expect(found[2]!.text).toBe('Wir haben Geduld, aber nicht unbegrenzt.')
  })
  it('reads `Frage:` and name labels, the speaker from the answer label', () => {
    const found = quotes(
      intro,
      'Frage: Herr Minister, wie bewerten Sie die Gespräche?',
      'Lawrow: Wir haben unsere Vorschläge vorgelegt. Jetzt warten wir auf Antwort.',
      'Frage: Und wenn keine Antwort kommt?',
      'Lawrow: Dann werden wir unsere Schlüsse ziehen.',
      'Frage: Welche?',
      'Lawrow: Das sage ich Ihnen, wenn es so weit ist.'
    )
    expect(found).toEqual([
      { text: 'Wir haben unsere Vorschläge vorgelegt. Jetzt warten wir auf Antwort.', speaker: 'sergej-lawrow', kind: 'direct', attribution: 'interview-answer', description: null },
      { text: 'Dann werden wir unsere Schlüsse ziehen.', speaker: 'sergej-lawrow', kind: 'direct', attribution: 'interview-answer', description: null },
      { text: 'Das sage ich Ihnen, wenn es so weit ist.', speaker: 'sergej-lawrow', kind: 'direct', attribution: 'interview-answer', description: null }
    ])
  })
  it('takes the person addressed in the questions over another person of the intro', () => {
    const found = quotes(
      'Annalena Baerbock reist nächste Woche nach Moskau. Vorher haben wir mit Sergej Lawrow gesprochen, im Interview.',
      'Herr Lawrow, was erwarten Sie von dem Besuch?',
      'Ich erwarte ein offenes Gespräch.',
      'Worüber wollen Sie reden?',
      'Über unsere Sicherheit, vor allem.',
      'Haben Sie Hoffnung?',
      'Wir haben immer Hoffnung.'
    )
    expect(found.map((quote) => quote.speaker)).toEqual(['sergej-lawrow', 'sergej-lawrow', 'sergej-lawrow'])
  })
  it('finds no interview in a news article with a rhetorical question or a quoted question', () => {
    expect(quotes(
      'Die Nato hat am Montag neue Manöver angekündigt. Was bedeutet das für die Region?',
      'Beobachter sehen darin ein Signal an Moskau.',
      '„Wie lange soll das noch so weitergehen?“, fragte Lawrow.',
      'Der Kreml teilte mit, man prüfe die Lage.'
    ).map((quote) => quote.attribution)).not.toContain('interview-answer')
  })
  it('finds no interview in a commentary of question subheadings without an interview or first-person answers', () => {
    const found = quotes(
      'Die Lage an der Grenze bleibt angespannt. Drei Fragen stellen sich jetzt.',
      { type: 'heading', text: 'Was will Moskau?' },
      'Russland verlangt Garantien, die der Westen nicht geben will.',
      { type: 'heading', text: 'Was kann die Nato tun?' },
      'Das Bündnis setzt auf Abschreckung und Gespräche zugleich.',
      { type: 'heading', text: 'Wie geht es weiter?' },
      'Im Januar soll in Genf verhandelt werden.'
    )
    expect(found.map((quote) => quote.attribution)).not.toContain('interview-answer')
  })
  it('finds no interview in a questions-and-answers explainer whose answers are the outlet’s', () => {
    const found = quotes(
      'Russland hat Truppen an die Grenze verlegt. Die wichtigsten Fragen und Antworten im Überblick.',
      'Was will Russland?',
      'Moskau verlangt Garantien, dass die Nato nicht weiter nach Osten wächst.',
      'Was bedeutet das für uns?',
      'Für Deutschland ändert sich zunächst wenig. Wir müssen aber mit höheren Energiepreisen rechnen.',
      'Wie reagiert die Nato?',
      'Das Bündnis verstärkt seine Präsenz im Baltikum.',
      'Können Sie sich auf einen Krieg vorbereiten?',
      'Fachleute raten zur Ruhe.'
    )
    expect(found.map((quote) => quote.attribution)).toEqual(['cue-clause'])
  })
  it('gives an answer labelled with the interviewee’s name to them even when it ends with a question', () => {
    const found = quotes(
      'Maria Sacharowa ist Sprecherin des Außenministeriums. Wir haben mit ihr gesprochen.',
      'Wie bewerten Sie die Lage?',
      'Sacharowa: Die Lage ist ernst. Wir sind aber zu Gesprächen bereit.',
      'Was erwarten Sie vom Westen?',
      'Sacharowa: Respekt. Wer fragt uns eigentlich, was wir wollen?',
      'Und von Kiew?',
      'Sacharowa: Dass es die Vereinbarungen einhält.'
    )
    expect(found.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['maria-sacharowa', 'Die Lage ist ernst. Wir sind aber zu Gesprächen bereit.'],
      ['maria-sacharowa', 'Respekt. Wer fragt uns eigentlich, was wir wollen?'],
      ['maria-sacharowa', 'Dass es die Vereinbarungen einhält.']
    ])
  })
  it('gives a quotation of someone else inside an answer to that person, the rest of the answer to the interviewee', () => {
    const found = quotes(
      'Die Diplomatin Carla Vogt hat lange in Moskau gearbeitet. Im Interview spricht sie über die Krise.',
      'Frau Vogt, wie ernst ist die Lage?',
      'Sehr ernst. Putin hat im Dezember gesagt: „Wir haben keinen Spielraum mehr.“ Ich nehme ihn beim Wort.',
      'Was heißt das für die Nato?',
      'Wir müssen reden, auch wenn es schwerfällt.',
      'Und für Berlin?',
      'Ich sehe da wenig Bewegung.'
    )
    expect(found.map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))).toEqual([
      { text: 'Sehr ernst.', speaker: 'carla-vogt', attribution: 'interview-answer' },
      { text: 'Wir haben keinen Spielraum mehr.', speaker: 'wladimir-putin', attribution: 'cue-colon-quote' },
      { text: 'Ich nehme ihn beim Wort.', speaker: 'carla-vogt', attribution: 'interview-answer' },
      { text: 'Wir müssen reden, auch wenn es schwerfällt.', speaker: 'carla-vogt', attribution: 'interview-answer' },
      { text: 'Ich sehe da wenig Bewegung.', speaker: 'carla-vogt', attribution: 'interview-answer' }
    ])
  })
  it('keeps an answer sentence with scare quotes and a cue verb in the answer: only a quotation of words goes to its speaker', () => {
    const found = quotes(
      'Die Diplomatin Carla Vogt hat lange in Moskau gearbeitet. Im Interview spricht sie über die Krise.',
      'Frau Vogt, was ist an der Grenze los?',
      'Moskau spricht von einer „Übung“. Das glaube ich nicht. Putin hat am Montag erklärt: „Wir ziehen niemanden ab.“',
      'Was heißt das für die Nato?',
      'Die Regierung nennt das „Vorsorge“. Für mich bleibt es eine Drohung.',
      'Und für Berlin?',
      'Ich sehe da wenig Bewegung.'
    )
    expect(found.map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))).toEqual([
      { text: 'Moskau spricht von einer „Übung“. Das glaube ich nicht.', speaker: 'carla-vogt', attribution: 'interview-answer' },
      { text: 'Wir ziehen niemanden ab.', speaker: 'wladimir-putin', attribution: 'cue-colon-quote' },
      { text: 'Die Regierung nennt das „Vorsorge“. Für mich bleibt es eine Drohung.', speaker: 'carla-vogt', attribution: 'interview-answer' },
      { text: 'Ich sehe da wenig Bewegung.', speaker: 'carla-vogt', attribution: 'interview-answer' }
    ])
  })
  it('keeps a quotation the interviewee makes of their own words (`Ich habe ihm gesagt: „…“`) in the answer', () => {
    const found = quotes(
      intro,
      'Herr Lawrow, was haben Sie Ihrem Kollegen gesagt?',
      'Ich habe ihm gesagt: „So geht es nicht weiter.“ Mehr nicht.',
      'Hat er verstanden?',
      'Ich hoffe es.',
      'Und jetzt?',
      'Wir warten ab.'
    )
    expect(found.map(({ text, speaker, attribution }) => ({ text, speaker, attribution }))).toEqual([
      { text: 'Ich habe ihm gesagt: „So geht es nicht weiter.“ Mehr nicht.', speaker: 'sergej-lawrow', attribution: 'interview-answer' },
      { text: 'Ich hoffe es.', speaker: 'sergej-lawrow', attribution: 'interview-answer' },
      { text: 'Wir warten ab.', speaker: 'sergej-lawrow', attribution: 'interview-answer' }
    ])
  })
  it('trusts the structure of an article whose genre is `interview`: two questions, answers without the first person, an intro that does not name the interview', () => {
    const paragraphs = [
      'Sergej Lawrow ist seit 2004 Außenminister Russlands.',
      'Wie steht es um die Gespräche mit der Nato?',
      'Schlecht. Die Vorschläge liegen seit Wochen auf dem Tisch.',
      'Und die Ukraine?',
      'Das ist eine Frage für Kiew.'
    ].map((text) => ({ type: 'paragraph' as const, text }))
    const answers = (genre?: Genre) => extract(genre ? { articleId: 'test', paragraphs, genre } : { articleId: 'test', paragraphs }, registry).quotes
      .filter((quote) => quote.attribution === 'interview-answer')
      .map(({ text, speaker }) => ({ text, speaker }))
    expect(answers('interview')).toEqual([
      { text: 'Schlecht. Die Vorschläge liegen seit Wochen auf dem Tisch.', speaker: 'sergej-lawrow' },
      { text: 'Das ist eine Frage für Kiew.', speaker: 'sergej-lawrow' }
    ])
    // The same text as news, or of unknown genre, is no interview.
    expect(answers('news')).toEqual([])
    expect(answers()).toEqual([])
  })
  it('reads the genre `interview` from a Markdown source’s frontmatter as `korpus extract` does', async () => {
    const { output } = await extractSource(join(import.meta.dirname, '../fixtures/2022-01-kurzinterview-mit-sergej-lawrow.md'), registry)
    const found = (output as { quotes: Array<{ speaker: string; attribution: string; text: string }> }).quotes
    expect(found.map(({ speaker, attribution, text }) => ({ speaker, attribution, text }))).toEqual([
      { speaker: 'sergej-lawrow', attribution: 'interview-answer', text: 'Schlecht. Die Vorschläge liegen seit Wochen auf dem Tisch.' },
      { speaker: 'sergej-lawrow', attribution: 'interview-answer', text: 'Das ist eine Frage für Kiew.' }
    ])
  })
  it('reads an announced interview whose questions address the interviewee, though most answers are in the third person', () => {
    const found = quotes(
      intro,
      'Herr Minister, Russland hat Truppen an die Grenze verlegt. Warum?',
      'Russland bewegt Truppen auf seinem eigenen Gebiet. Das ist unser Recht.',
      'Die USA sagen etwas anderes. Was antworten Sie?',
      'Washington verbreitet seit Wochen Falschmeldungen.',
      'Was erwarten Sie von Berlin?',
      'Wir erwarten eine eigene Position der Bundesregierung.',
      'Ist die Pipeline ein politisches Projekt?',
      'Nein. Sie ist ein rein wirtschaftliches Projekt.'
    )
    expect(found.filter((quote) => quote.attribution === 'interview-answer').map((quote) => quote.speaker)).toEqual(['sergej-lawrow', 'sergej-lawrow', 'sergej-lawrow', 'sergej-lawrow'])
  })
  it('needs most answers in the first person when few questions address someone', () => {
    const found = quotes(
      intro,
      'Herr Lawrow, Russland hat Truppen verlegt. Warum?',
      'Russland bewegt Truppen auf seinem eigenen Gebiet.',
      'Was sagt Washington?',
      'Washington verbreitet seit Wochen Falschmeldungen.',
      'Was bleibt von Genf?',
      'Wir haben viel geredet.',
      'Ist die Pipeline ein politisches Projekt?',
      'Nein. Sie ist ein rein wirtschaftliches Projekt.'
    )
    expect(found.map((quote) => quote.attribution)).not.toContain('interview-answer')
  })
  it('needs three questions with answers', () => {
    const found = quotes(intro, 'Herr Lawrow, wie bewerten Sie die Gespräche?', 'Wir sind zufrieden.', 'Und jetzt?', 'Wir warten ab.')
    expect(found.map((quote) => quote.attribution)).not.toContain('interview-answer')
  })
})
