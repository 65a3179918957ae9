import * as v from 'valibot'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { type Entity, type EntityType, RegistryEntrySchema } from '../../schema/entity.js'
import { reportError } from '../diagnostics.js'
import { foldName } from '../../internal/fold-name.js'
import { parseYaml } from '../parse/parse-yaml.js'
import type { Registry } from './registry.js'

/** The registry files, in the order their entries are listed. */
export const registryFiles: ReadonlyArray<{ type: EntityType; name: string }> = [
  { type: 'person', name: 'persons.yaml' },
  { type: 'organization', name: 'organizations.yaml' },
  { type: 'place', name: 'places.yaml' }
]

/**
 * Validate the registry files (already read into `VFile`s, matched to
 * `registryFiles` by base name) and turn them into a `Registry`. Reports YAML
 * errors, invalid entries, duplicate ids and a name or alias claimed by two
 * entities (pointing at the other one as `cause`).
 *
 * @param files
 *   The three registry files.
 * @returns
 *   The registry (entries with errors left out; check the files’ messages).
 */
export function loadRegistry(files: readonly VFile[]): Registry {
  const entities: Entity[] = []
  const ids = new Map<string, { file: VFile; place: { line: number; column: number } }>()
  const names = new Map<string, { id: string; file: VFile; place: { line: number; column: number } }>()

  for (const { type, name } of registryFiles) {
    const file = files.find((candidate) => candidate.basename === name)
    if (!file) continue
    const yaml = parseYaml(file, String(file.value), 0, location(file).toPoint)
    if (yaml.data === undefined) continue
    if (!Array.isArray(yaml.data)) {
      reportError(file, 'Unexpected registry file that is not a list, expected `- id: …` entries', 'registry-invalid', { place: yaml.placeOf([]) })
      continue
    }
    yaml.data.forEach((raw: unknown, index: number) => {
      const result = v.safeParse(RegistryEntrySchema, raw)
      if (!result.success) {
        for (const issue of result.issues) {
          const path = (issue.path ?? []).map((item) => item.key as PropertyKey)
          const unknownKey = issue.type === 'strict_object' && issue.input !== undefined
          reportError(
            file,
            unknownKey
              ? `Unexpected key \`${String(path.at(-1))}\` in registry entry, expected id, name, wikidata, aliases, roles, kind`
              : `Unexpected value for \`${path.join('.') || 'entry'}\`: ${issue.message}`,
            'registry-invalid',
            { place: yaml.placeOf([index, ...path], unknownKey ? 'key' : 'value') }
          )
        }
        return
      }
      const entry = result.output
      const place = yaml.placeOf([index, 'id'])
      const previous = ids.get(entry.id)
      if (previous) {
        reportError(file, `Unexpected duplicate entity id \`${entry.id}\`, expected each id once (first at ${previous.file.path}:${previous.place.line}:${previous.place.column})`, 'registry-duplicate-id', {
          place,
          cause: new Error(`first defined at ${previous.file.path}:${previous.place.line}:${previous.place.column}`)
        })
        return
      }
      ids.set(entry.id, { file, place })
      const own = new Set<string>()
      for (const [nameIndex, label] of [entry.name, ...entry.aliases].entries()) {
        const key = foldName(label)
        if (own.has(key)) continue
        own.add(key)
        const claimed = names.get(key)
        if (claimed) {
          reportError(
            file,
            `Unexpected name \`${label}\` of \`${entry.id}\` that \`${claimed.id}\` already claims (${claimed.file.path}:${claimed.place.line}:${claimed.place.column}), expected each name and alias to belong to one entity`,
            'registry-duplicate-alias',
            {
              place: nameIndex === 0 ? yaml.placeOf([index, 'name']) : yaml.placeOf([index, 'aliases', nameIndex - 1]),
              cause: new Error(`claimed by ${claimed.id} at ${claimed.file.path}:${claimed.place.line}:${claimed.place.column}`)
            }
          )
        } else {
          names.set(key, { id: entry.id, file, place: nameIndex === 0 ? yaml.placeOf([index, 'name']) : yaml.placeOf([index, 'aliases', nameIndex - 1]) })
        }
      }
      entities.push({
        id: entry.id,
        type,
        name: entry.name,
        wikidata: entry.wikidata,
        aliases: entry.aliases,
        roles: entry.roles,
        kind: entry.kind ?? null,
        provisional: false
      })
    })
  }
  return entities
}
