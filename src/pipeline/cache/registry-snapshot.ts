import { createHash } from 'node:crypto'
import type { Entity } from '../../schema/entity.js'
import type { Registry } from '../registry/registry.js'
import { foldName } from '../../internal/fold-name.js'

/** What the cache remembers of one registry entry. */
export interface EntrySnapshot {
  /** SHA-256 of the entry. */
  hash: string
  /** Folded words of its names, aliases and roles, as matched against article text. */
  words: string[]
}

/** What the cache remembers of the registry. */
export interface RegistrySnapshot {
  /** Entity ids in registry order. */
  order: string[]
  /** Entries by id. */
  entries: Record<string, EntrySnapshot>
}

/** What changed between two registries. */
export interface RegistryChange {
  /** `true` when every cached article must be rebuilt (entries reordered). */
  all: boolean
  /** Folded words of the entries added, removed or changed (old and new versions). */
  words: string[]
}

const stopwords = new Set(['der', 'die', 'das', 'des', 'den', 'dem', 'und', 'von', 'fur', 'bei', 'zur', 'zum', 'im', 'in', 'am', 'an', 'auf', 'aus', 'mit', 'of', 'the'])

/**
 * Fold text for matching registry words against it (`foldName`: no marks,
 * lower case, `ß` → `ss`, punctuation as spaces), with a space at both ends.
 *
 * @param text
 *   Any text.
 * @returns
 *   Folded text, with a space at both ends.
 */
export function foldForMatch(text: string): string {
  return ` ${foldName(text)} `
}

/**
 * Snapshot a registry for the cache.
 *
 * @param registry
 *   The loaded registry.
 * @returns
 *   Entry hashes and words, in registry order.
 */
export function snapshotRegistry(registry: Registry): RegistrySnapshot {
  const entries: Record<string, EntrySnapshot> = Object.create(null)
  for (const entity of registry) entries[entity.id] = { hash: hashEntity(entity), words: wordsOf(entity) }
  return { order: registry.map((entity) => entity.id), entries }
}

/**
 * Compare two registry snapshots.
 *
 * @param before
 *   Snapshot stored with the cache.
 * @param after
 *   Snapshot of the current registry.
 * @returns
 *   What an article must be checked against.
 */
export function diffRegistry(before: RegistrySnapshot, after: RegistrySnapshot): RegistryChange {
  const kept = before.order.filter((id) => id in after.entries)
  const keptAfter = after.order.filter((id) => id in before.entries)
  if (kept.join('\n') !== keptAfter.join('\n')) return { all: true, words: [] }
  const words = new Set<string>()
  for (const id of new Set([...before.order, ...after.order])) {
    const old = before.entries[id]
    const now = after.entries[id]
    if (old?.hash === now?.hash) continue
    for (const word of [...(old?.words ?? []), ...(now?.words ?? [])]) words.add(word)
  }
  return { all: false, words: [...words] }
}

/**
 * Whether a registry change can affect an article: any word of a changed
 * entry occurs anywhere in the folded text, also inside a longer word
 * (`nato` in `natogipfel`, `lawrow` in `lawrows`). Errs towards rebuilding.
 *
 * @param change
 *   The registry change.
 * @param folded
 *   The article text through `foldForMatch`.
 * @returns
 *   `true` when the article must be extracted again.
 */
export function isAffected(change: RegistryChange, folded: string): boolean {
  if (change.all) return true
  return change.words.some((word) => folded.includes(word))
}

function hashEntity(entity: Entity): string {
  return createHash('sha256').update(JSON.stringify(entity)).digest('hex')
}

function wordsOf(entity: Entity): string[] {
  const texts = [entity.id.replace(/-/g, ' '), entity.name, ...entity.aliases, ...entity.roles.flatMap((role) => [role.title, ...role.nouns])]
  const words = new Set<string>()
  for (const text of texts) for (const word of foldForMatch(text).trim().split(' ')) if (word.length > 1 && !stopwords.has(word)) words.add(word)
  return [...words]
}
