/**
 * Adversarial texts for `npm run bench:adversarial` and the hardening tests:
 * each is plain article text (what `korpus import` and the extractor read) of
 * about `size` bytes, built to make a naive parser, tokenizer or regular
 * expression take super-linear time. `ordinary` is the baseline.
 */

/** One adversarial input. */
export interface AdversarialInput {
  /** Short name (`quotes`). */
  readonly name: string
  /** What it attacks. */
  readonly description: string
  /** The raw text. */
  readonly text: string
}

const sentences = [
  'Die Nato und Russland haben am Mittwoch in Brüssel erstmals seit zweieinhalb Jahren wieder direkt miteinander gesprochen.',
  '„Es besteht ein echtes Risiko für einen neuen bewaffneten Konflikt in Europa“, sagte Nato-Generalsekretär Jens Stoltenberg.',
  'Der stellvertretende russische Außenminister Alexander Gruschko warf dem Bündnis vor, die Sicherheitsinteressen Moskaus zu ignorieren.',
  'Nach Angaben aus Diplomatenkreisen dauerte das Treffen des Nato-Russland-Rats rund vier Stunden.',
  'US-Vizeaußenministerin Wendy Sherman sagte, man sei bereit, über Rüstungskontrolle zu reden.',
  'Russland fordert verbindliche Garantien, dass die Ukraine nicht in die Allianz aufgenommen wird.',
  'Die Bundesregierung in Berlin rief beide Seiten zur Mäßigung auf, wie ein Sprecher mitteilte.'
]

/** Repeat `unit` until the text has at least `size` UTF-8 bytes. */
function fill(size: number, unit: (index: number) => string): string {
  const parts: string[] = []
  let bytes = 0
  for (let index = 0; bytes < size; index++) {
    const part = unit(index)
    parts.push(part)
    bytes += Buffer.byteLength(part)
  }
  return parts.join('')
}

/** Capitalized words that look like names but are in no registry. */
function capitalized(index: number): string {
  const heads = ['Ander', 'Berg', 'Castel', 'Dorn', 'Eich', 'Falk', 'Gruen', 'Hain', 'Iser', 'Jung', 'Kessel', 'Lind', 'Mohr', 'Nagel']
  return `${heads[index % heads.length]}${heads[(index * 7) % heads.length]!.toLowerCase()} `
}

/**
 * The adversarial inputs, each about `size` bytes (default 1 MB).
 *
 * @param size
 *   Approximate size of each text in bytes.
 * @returns
 *   The inputs, `ordinary` first.
 */
export function adversarialInputs(size: number = 1_000_000): AdversarialInput[] {
  const paragraphs = (index: number): string => `${sentences[index % sentences.length]} ${sentences[(index + 3) % sentences.length]}\n\n`
  const depth = 400
  return [
    { name: 'ordinary', description: 'article-like paragraphs (the baseline)', text: fill(size, paragraphs) },
    {
      name: 'quotes',
      description: 'unbalanced quotation marks: openers that never close, stray closers, mixed styles',
      text: fill(size, (index) => `${['„', '»', '"', '‚', '«', '“', '”', "'"][index % 8]}Die Nato sagte ${index % 50 === 49 ? '\n\n' : ''}`)
    },
    { name: 'capitalized', description: 'capitalized words that look like names, 100,000 per MB, in one paragraph', text: fill(size, capitalized) },
    { name: 'one-line', description: 'a single line of ordinary sentences, no line break', text: fill(size, (index) => `${sentences[index % sentences.length]} `) },
    { name: 'one-word', description: 'a single word without spaces or punctuation', text: 'Nato'.padEnd(size, 'a') },
    {
      name: 'nesting',
      description: 'deeply nested block quotes and lists (`> > - > 1. …`)',
      text: fill(size, (index) => `${'> - '.repeat(index % depth)}${'  '.repeat(index % depth)}1. Die Nato tagt.\n`)
    },
    {
      name: 'dialogue',
      description: 'an interview and transcript: labelled questions, answers of thousands of sentences, label lines',
      text: `Im Interview spricht Sergej Lawrow über die Nato.\n\n${fill(size, (index) => (index % 3000 === 0 ? 'Frage: Herr Lawrow, wie geht es weiter?\nLawrow: ' : index % 3000 === 1500 ? '\n\nJens Stoltenberg, Nato-Generalsekretär\n' : index % 3000 === 2999 ? 'Wir warten ab.\n\n' : 'Wir warten ab. '))}`
    },
    {
      name: 'dashes-dots',
      description: 'long runs of hyphens, dots, dashes and ellipses (thematic breaks, setext underlines, abbreviations)',
      text: fill(size, (index) => (index % 4 === 0 ? `${'-'.repeat(4_000)}\n` : index % 4 === 1 ? `${'.'.repeat(4_000)} ` : index % 4 === 2 ? `${'– '.repeat(500)}…… ` : `Nato-${'Russland-'.repeat(200)}Rat\n`))
    }
  ]
}

/**
 * Wrap a text in a valid frontmatter so that it can be checked and built as an
 * article source (`corpus/articles/<id>.md`).
 *
 * @param id
 *   Article id (`2022-01-x`).
 * @param body
 *   Markdown body.
 * @returns
 *   The source text.
 */
export function asSource(id: string, body: string): string {
  return [
    '---',
    `id: ${id}`,
    'title: Ein Titel',
    'titleKind: editorial',
    `date: ${id.slice(0, 7)}`,
    'datePrecision: month',
    'dateSource: source-line',
    'dateReason: Date marker',
    'language: de',
    'genre: news',
    'publisher: null',
    'dateline: null',
    'agencies: []',
    'credits: []',
    'image: null',
    'provenance:',
    '  file: raw.txt',
    `  sha256: '${'0'.repeat(64)}'`,
    '---',
    '',
    body
  ].join('\n')
}
