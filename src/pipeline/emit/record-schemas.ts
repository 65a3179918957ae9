import { toJsonSchema } from '@valibot/to-json-schema'
import * as v from 'valibot'
import { ArticleSchema } from '../../schema/article.js'
import { EntitySchema } from '../../schema/entity.js'
import { ManifestSchema } from '../../schema/manifest.js'
import { MentionSchema } from '../../schema/mention.js'
import { QuoteSchema } from '../../schema/quote.js'

/** A line of `articles.jsonl`: an article without its mentions and quotes (those have their own files). */
export const ArticleRecordSchema = v.omit(ArticleSchema, ['mentions', 'quotes'])

/** One record type of the data files. */
export interface RecordType {
  /** Resource name in `datapackage.json` (`articles`). */
  readonly name: string
  /**
   * Data file, relative to the data folder (`entities.jsonl`); for a table
   * split into blocks, the glob of its block files (`articles/*.jsonl`).
   */
  readonly path: string
  /** Folder of the block files (`articles`: `articles/00000.jsonl`, …), for a table with a line per article's record. */
  readonly blocks?: string | undefined
  /** JSON Schema file, relative to the data folder (`schema/article.schema.json`). */
  readonly schemaPath: string
  /** Human title. */
  readonly title: string
  /** One or two sentences for a reader of `datapackage.json`. */
  readonly description: string
  /** The valibot schema every record satisfies. */
  readonly schema: v.GenericSchema
}

/**
 * The record types of the data files, in the order `datapackage.json` lists
 * them. Every file is JSON Lines except the manifest (one JSON object).
 */
export const recordTypes: readonly RecordType[] = [
  {
    name: 'articles',
    path: 'articles/*.jsonl',
    blocks: 'articles',
    schemaPath: 'schema/article.schema.json',
    title: 'Articles',
    description: 'One article a line, sorted by date (month-dated articles count from the 1st), then id: metadata, `markdown` and plain-text `paragraphs`. Offsets in mentions and quotes count UTF-16 code units in `paragraphs[n].text`. In blocks of articles (`articles/00000.jsonl`, …): the blocks in name order are the table in corpus order.',
    schema: ArticleRecordSchema
  },
  {
    name: 'entities',
    path: 'entities.jsonl',
    schemaPath: 'schema/entity.schema.json',
    title: 'Entities',
    description: 'The persons, organizations and places the articles mention, quote or cite as a relay: registry entries sorted by id, then provisional entities found by the extractor, sorted by id. The whole registry is in `registry.jsonl`.',
    schema: EntitySchema
  },
  {
    name: 'registry',
    path: 'registry.jsonl',
    schemaPath: 'schema/entity.schema.json',
    title: 'Entity registry',
    description: 'Every entry of the entity registry, sorted by id, whether an article references it or not (the same records as `entities.jsonl`, which holds the referenced ones). For linking other texts to the same ids.',
    schema: EntitySchema
  },
  {
    name: 'mentions',
    path: 'mentions/*.jsonl',
    blocks: 'mentions',
    schemaPath: 'schema/mention.schema.json',
    title: 'Mentions',
    description: 'One occurrence of an entity name a line, in corpus order (article, then position). `entity` joins `entities.id`, `articleId` joins `articles.id`. In blocks: block `n` holds the mentions of the articles of `articles/n.jsonl`.',
    schema: MentionSchema
  },
  {
    name: 'quotes',
    path: 'quotes/*.jsonl',
    blocks: 'quotes',
    schemaPath: 'schema/quote.schema.json',
    title: 'Quotes',
    description: 'One attributed quotation a line, in corpus order. `speaker` and `via` join `entities.id` (`speaker` is null for unnamed sources), `articleId` joins `articles.id`. In blocks: block `n` holds the quotes of the articles of `articles/n.jsonl`.',
    schema: QuoteSchema
  },
  {
    name: 'manifest',
    path: 'manifest.json',
    schemaPath: 'schema/manifest.schema.json',
    title: 'Manifest',
    description: 'Corpus version, package version and the SHA-256 of each article’s text and annotations, for a pipeline to verify what it pinned.',
    schema: ManifestSchema
  }
]

/**
 * The JSON Schema (draft-07) of a record type, generated from its valibot
 * schema. Checks that JSON Schema cannot express (that a date exists in the
 * calendar) are left out; the pattern of the value is kept.
 *
 * @param type
 *   Record type.
 * @param base
 *   URL or path the schema files are published under, for `$id` (default: none).
 * @returns
 *   The JSON Schema object.
 */
export function recordJsonSchema(type: RecordType, base?: string): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(type.schema, { ignoreActions: ['check'], errorMode: 'throw' }) as Record<string, unknown>
  return {
    $schema,
    ...(base ? { $id: `${base}${type.schemaPath}` } : {}),
    title: type.title,
    description: type.description,
    ...rest
  }
}
