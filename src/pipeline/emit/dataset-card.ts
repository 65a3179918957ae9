import type { Manifest } from '../../schema/manifest.js'
import { parquetColumns, parquetPath, parquetTypes } from './parquet.js'

/** What the dataset card says about one build. */
export interface DatasetCardInput {
  /** The corpus manifest (version, article hashes). */
  readonly manifest: Manifest
  /** Rows per table, by record type name (`articles`). */
  readonly rows: Readonly<Record<string, number>>
  /** Text of docs/extraction.md, for its measured scores and known limits (`undefined` when there is none). */
  readonly extractionDoc?: string | undefined
}

/** The size category dataset hubs use for a number of rows. */
function sizeCategory(rows: number): string {
  if (rows < 1000) return 'n<1K'
  if (rows < 10_000) return '1K<n<10K'
  if (rows < 100_000) return '10K<n<100K'
  return rows < 1_000_000 ? '100K<n<1M' : 'n>1M'
}

/** A `## <title>` section of a Markdown document, without its heading (up to the next `## `). */
export function markdownSection(markdown: string, title: string): string | undefined {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.trim() === `## ${title}`)
  if (start === -1) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => line.startsWith('## '))
  const body = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim()
  // Headings inside become one level deeper, under the card's own `##`.
  return body.replace(/^(#{3,5}) /gm, '#$1 ')
}

/**
 * The dataset card (`data/README.md`): a YAML header as dataset hubs read it
 * (licence, language, size, one config per table pointing at its Parquet file
 * and one at its JSON Lines), then what the corpus is, its tables and columns
 * (derived from the schemas, with their Parquet types), how it is made, the
 * extractor's measured quality and known limits as docs/extraction.md states
 * them, and the limitations of the data.
 *
 * @param input
 *   Manifest, row counts and the extraction doc.
 * @returns
 *   The card's Markdown.
 */
export function datasetCard(input: DatasetCardInput): string {
  const { manifest, rows } = input
  const configs = parquetTypes.flatMap((type, index) => [
    `  - config_name: ${type.name}`,
    ...(index === 0 ? ['    default: true'] : []),
    '    data_files:',
    '      - split: train',
    `        path: ${parquetPath(type)}`,
    `  - config_name: ${type.name}-jsonl`,
    '    data_files:',
    '      - split: train',
    `        path: ${type.path}`
  ])
  const header = [
    '---',
    'pretty_name: NATO–Russland-Korpus',
    'license: mit',
    'language:',
    '  - de',
    'multilinguality: monolingual',
    'size_categories:',
    `  - ${sizeCategory(rows.articles ?? 0)}`,
    'task_categories:',
    '  - token-classification',
    '  - text-classification',
    'tags:',
    '  - news',
    '  - quotation-attribution',
    '  - named-entities',
    '  - wikidata',
    '  - nato',
    '  - russia',
    'configs:',
    ...configs,
    '---'
  ]

  const tables = parquetTypes.map((type) => {
    const columns = parquetColumns(type.schema)
      .map((column) => `| \`${column.name}\` | \`${column.type.replaceAll('|', '\\|')}\` |`)
      .join('\n')
    return [`### \`${type.name}\` (${rows[type.name] ?? 0} rows)`, '', type.description, '', `Files: \`${parquetPath(type)}\`, \`${type.path}\`.`, '', '| Column | Parquet type (DuckDB) |', '|---|---|', columns].join('\n')
  })

  const scores = input.extractionDoc ? markdownSection(input.extractionDoc, 'Measured scores') : undefined
  const limits = input.extractionDoc ? markdownSection(input.extractionDoc, 'Known limits') : undefined
  const fromDoc = (section: string | undefined): string =>
    section ?? 'See docs/extraction.md in the repository (not found when this card was built).'

  const body = `# NATO–Russland-Korpus ${manifest.corpusVersion}

German news articles on NATO–Russia relations (October 2021 – January 2022), each
with its metadata, its text as Markdown and as plain paragraphs, the named
entities it mentions (persons, organizations, places, linked to Wikidata where
an item exists) and the quotations it contains, attributed to their speakers.
Every mention and quote keeps its article, paragraph and character offsets
(UTF-16 code units in \`paragraphs[n].text\` of its article).

This folder holds ${rows.articles ?? 0} articles, ${rows.entities ?? 0} entities,
${rows.mentions ?? 0} mentions and ${rows.quotes ?? 0} quotes. The same data is in
the npm package \`nato-russland-korpus\` as typed JavaScript with query helpers.

## Files

Each table is here twice, with the same rows in the same order and the same
columns in schema order: as Parquet (\`*.parquet\`, typed: dates as \`DATE\`,
offsets as integers, lists as lists, nested records as structs) and as JSON
Lines (\`*.jsonl\`, one JSON object a line). \`manifest.json\` gives the corpus
version and each article's SHA-256, \`datapackage.json\` describes every file
(Frictionless Data Package v2), \`schema/\` holds a JSON Schema per record type,
and \`SHA256SUMS\` checks them all (\`sha256sum -c SHA256SUMS\`, or
\`npx nato-russland-korpus verify\`).

\`\`\`sql
-- DuckDB
SELECT speaker, count(*) AS quotes FROM read_parquet('quotes.parquet')
WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY quotes DESC;
\`\`\`

\`\`\`python
import pandas as pd  # needs pyarrow or fastparquet
quotes = pd.read_parquet("quotes.parquet")
\`\`\`

## Tables

${tables.join('\n\n')}

A date of month precision (\`YYYY-MM\`) is stored in Parquet as the first day of
its month: an article's \`datePrecision\` says which it is; role dates
(\`entities.roles[].from\`, \`to\`) keep their precision only in the JSON Lines.
Joins: \`mentions.articleId\` and \`quotes.articleId\` → \`articles.id\`;
\`mentions.entity\`, \`quotes.speaker\` and \`quotes.via\` → \`entities.id\`.

## How it is made

Each article is a Markdown source with YAML frontmatter in the repository
(\`corpus/articles/\`), imported from a raw text and checked by a person. The
build normalizes the text, runs a rule-based extractor (a registry of known
entities with Wikidata ids, lexicons of names, role nouns and speech verbs,
patterns for direct, indirect and mixed quotes), applies the corrections a
reviewer wrote (\`<id>.corrections.yaml\`), and writes these files. Entities the
extractor found that the registry does not list are kept as provisional
(\`provisional: true\`). Each quote records how its speaker was found
(\`attribution\`) and the extractor's confidence.

## Measured quality of the extractor

${fromDoc(scores)}

## Known limits of the extractor

${fromDoc(limits)}

## Limitations of the data

- A small, hand-picked corpus from a few German outlets over four months: it is
  not a sample of German news on the subject.
- Annotations are the extractor's output with a reviewer's corrections, not a
  gold standard; quotes and mentions can be missing or wrong (see above).
- Provisional entities have no Wikidata id and may duplicate each other.

## Licence

MIT for the annotations and code. The article texts are quoted from their
publishers for research and remain theirs.
`
  return `${header.join('\n')}\n\n${body}`
}
