import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'

/** A registry person as the generator uses it. */
export interface SynthPerson {
  /** Full name (`Sergej Lawrow`). */
  name: string
  /** Short names to use after the first mention (`Lawrow`, aliases of one word). */
  short: string[]
  /** Role nouns with the dates they hold (`Außenminister`). */
  roles: Array<{ noun: string; from: string | null; to: string | null }>
}

/** What the generator takes from the registry. */
export interface SynthRegistry {
  persons: SynthPerson[]
  /** Organization names and aliases (`Nato`, `TASS`). */
  organizations: string[]
  /** Place names (`Moskau`, `Brüssel`). */
  places: string[]
}

interface RawEntry {
  name?: unknown
  aliases?: unknown
  roles?: unknown
  kind?: unknown
}

async function readList(path: string): Promise<RawEntry[]> {
  const data: unknown = parse(await readFile(path, 'utf8'))
  return Array.isArray(data) ? (data as RawEntry[]) : []
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.length > 0) : [])

/**
 * Read the names the generator needs from a registry folder
 * (`persons.yaml`, `organizations.yaml`, `places.yaml`).
 *
 * @param dir
 *   Registry folder.
 * @returns
 *   Persons with short names and role nouns, organization and place names.
 */
export async function readSynthRegistry(dir: string): Promise<SynthRegistry> {
  const [persons, organizations, places] = await Promise.all(
    ['persons.yaml', 'organizations.yaml', 'places.yaml'].map((name) => readList(join(dir, name)))
  )
  return {
    persons: persons!.flatMap((entry) => {
      if (typeof entry.name !== 'string' || !entry.name.includes(' ')) return []
      const last = entry.name.split(' ').at(-1)!
      const short = [last, ...strings(entry.aliases).filter((alias) => !alias.includes(' ') && alias !== last && /^\p{Lu}/u.test(alias))]
      const roles = (Array.isArray(entry.roles) ? entry.roles : []).flatMap((role: { nouns?: unknown; from?: unknown; to?: unknown }) =>
        strings(role?.nouns)
          .filter((noun) => /^\p{Lu}\p{Ll}/u.test(noun) && !noun.includes(' '))
          .map((noun) => ({ noun, from: dateOf(role.from), to: dateOf(role.to) }))
      )
      return [{ name: entry.name, short, roles }]
    }),
    organizations: organizations!.filter((entry) => !/agency|media|news/i.test(String(entry.kind ?? ''))).flatMap((entry) => [entry.name, ...strings(entry.aliases)].filter((name): name is string => typeof name === 'string' && /^\p{Lu}/u.test(name))),
    places: places!.flatMap((entry) => (typeof entry.name === 'string' && /^\p{Lu}\p{Ll}+$/u.test(entry.name) ? [entry.name] : []))
  }
}

function dateOf(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return typeof value === 'string' ? value : null
}
