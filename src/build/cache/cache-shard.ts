import type { CachedArticle } from './build-cache.js'

/** The serialized strings of an entry, in the order a shard stores them. */
const serializedFields = [
  ['lines', 'article'],
  ['lines', 'mentions'],
  ['lines', 'quotes'],
  ['modules', 'catalog'],
  ['modules', 'text'],
  ['modules', 'mentions'],
  ['modules', 'quotes']
] as const

type StoredArticle = Omit<CachedArticle, 'compiled'> & { compiled: { hash: string; sizes: number[] } }

/**
 * Write a cache shard: one line of JSON with the entries, then the serialized
 * forms of every entry (data-file lines, runtime module entries) as raw text,
 * their lengths in the JSON. Those strings are JSON and JavaScript already:
 * inside JSON they would be escaped a second time, which makes the shard
 * larger and far slower to parse.
 *
 * @param shard
 *   Entries by source path.
 * @returns
 *   The shard’s text.
 */
export function encodeShard(shard: Readonly<Record<string, CachedArticle>>): string {
  const texts: string[] = []
  const stored: Record<string, StoredArticle> = {}
  for (const [path, { compiled, ...entry }] of Object.entries(shard)) {
    const sizes = serializedFields.map(([group, key]) => {
      const value = (compiled[group] as unknown as Record<string, string | undefined>)[key]
      if (value === undefined) return -1
      texts.push(value)
      return value.length
    })
    stored[path] = { ...entry, compiled: { hash: compiled.hash, sizes } }
  }
  // `JSON.stringify` escapes every line break, so the first one ends the JSON.
  return `${JSON.stringify(stored)}\n${texts.join('')}`
}

/**
 * Read a cache shard written by `encodeShard`.
 *
 * @param text
 *   The shard’s text.
 * @returns
 *   Entries by source path, or `undefined` when the text is not a whole shard.
 */
export function decodeShard(text: string): Record<string, CachedArticle> | undefined {
  const end = text.indexOf('\n')
  if (end === -1) return undefined
  let stored: Record<string, StoredArticle>
  try {
    stored = JSON.parse(text.slice(0, end)) as Record<string, StoredArticle>
  } catch {
    return undefined
  }
  const shard: Record<string, CachedArticle> = {}
  let offset = end + 1
  for (const [path, { compiled, ...entry }] of Object.entries(stored)) {
    const lines: Record<string, string> = {}
    const modules: Record<string, string | undefined> = {}
    serializedFields.forEach(([group, key], index) => {
      const size = compiled.sizes[index]!
      const value = size < 0 ? undefined : text.slice(offset, (offset += size))
      if (group === 'lines') lines[key] = value!
      else modules[key] = value
    })
    shard[path] = { ...entry, compiled: { hash: compiled.hash, lines, modules } as unknown as CachedArticle['compiled'] }
  }
  return offset === text.length ? shard : undefined
}
