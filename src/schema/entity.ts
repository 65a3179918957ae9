import * as v from 'valibot'
import { CorpusDateSchema } from './date.js'

/** The three kinds of named entity in the corpus. */
export const EntityTypeSchema = v.picklist(['person', 'organization', 'place'])

/** A stable entity id: lower-case ASCII words joined by hyphens (`sergej-lawrow`). */
export const EntityIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected an id of lower-case ASCII words joined by `-`')
)

/** A Wikidata item id such as `Q7184`. */
export const WikidataIdSchema = v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'Expected a Wikidata id such as `Q7184`'))

/** A role a person held, such as `Außenminister Russlands`, with the dates it is known for. */
export const RoleSchema = v.strictObject({
  /** The role as German news name it (`Außenminister Russlands`). */
  title: v.string(),
  /** Short role nouns the text may use for the holder instead of the name (`Außenminister`, `Chefdiplomat`). */
  nouns: v.optional(v.array(v.string()), []),
  /** First date the role is known to be held (`YYYY-MM-DD` or `YYYY-MM`), or `null` when not recorded. */
  from: v.optional(v.nullable(CorpusDateSchema), null),
  /** Last date the role was held, or `null` while it lasts or when not recorded. */
  to: v.optional(v.nullable(CorpusDateSchema), null)
})

/** One entry of the entity registry (`corpus/registry/*.yaml`); the type comes from the file. */
export const RegistryEntrySchema = v.strictObject({
  /** Stable id, never reused for another entity. */
  id: EntityIdSchema,
  /** Canonical German name (`Alexander Gruschko`, `NATO`, `Moskau`). */
  name: v.pipe(v.string(), v.minLength(1)),
  /** Wikidata item id, or `null` where no item exists. */
  wikidata: v.nullable(WikidataIdSchema),
  /** Other names, short forms and transliteration variants (`Gruschko`, `Grushko`). */
  aliases: v.optional(v.array(v.pipe(v.string(), v.minLength(1))), []),
  /** Roles with dates (persons), or the role nouns that stand for an organization or place. */
  roles: v.optional(v.array(RoleSchema), []),
  /** Kind of place or organization (`country`, `city`, `alliance`, `agency`, …), free text. */
  kind: v.optional(v.string())
})

/** An entity of the published corpus: a registry entry, or one discovered in an article. */
export const EntitySchema = v.strictObject({
  /** Stable id (registry) or provisional id (discovered, `provisional: true`). */
  id: EntityIdSchema,
  /** Person, organization or place. */
  type: EntityTypeSchema,
  /** Canonical German name. */
  name: v.string(),
  /** Wikidata item id, or `null`. */
  wikidata: v.nullable(WikidataIdSchema),
  /** Other names and spellings. */
  aliases: v.array(v.string()),
  /** Known roles with their dates. */
  roles: v.array(RoleSchema),
  /** Kind of place or organization, when recorded. */
  kind: v.nullable(v.string()),
  /** `true` for an entity that the extractor found but the registry does not list yet. */
  provisional: v.boolean()
})

/** Registry entry as written in YAML. */
export type RegistryEntry = v.InferOutput<typeof RegistryEntrySchema>
/** A role with dates. */
export type Role = v.InferOutput<typeof RoleSchema>
/** Person, organization or place. */
export type EntityType = v.InferOutput<typeof EntityTypeSchema>
/** An entity of the corpus. */
export type Entity = v.InferOutput<typeof EntitySchema>
