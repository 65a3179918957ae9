import type { CachedArticle } from './build-cache.js'

/** The serialized forms of an entry, in the order a shard stores them. */
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

const newline = 0x0a

/**
 * Write a cache shard: one line of JSON with the entries, then the serialized
 * forms of every entry (data-file lines, runtime module entries) as the UTF-8
 * bytes they are kept in, their sizes in the JSON. They are JSON and
 * JavaScript already: inside JSON they would be escaped a second time, and
 * read back they would be decoded only to be encoded again for the output.
 *
 * @param shard
 *   Entries by source path.
 * @returns
 *   The shard’s bytes.
 */
export function encodeShard(shard: Readonly<Record<string, CachedArticle>>): Uint8Array {
  const pieces: Uint8Array[] = []
  const stored: Record<string, StoredArticle> = {}
  for (const [path, { compiled, ...entry }] of Object.entries(shard)) {
    const sizes = serializedFields.map(([group, key]) => {
      const value = (compiled[group] as Record<string, Uint8Array | undefined>)[key]
      if (value === undefined) return -1
      pieces.push(value)
      return value.byteLength
    })
    stored[path] = { ...entry, compiled: { hash: compiled.hash, sizes } }
  }
  // `JSON.stringify` escapes every line break, so the first one ends the JSON.
  return Buffer.concat([Buffer.from(`${JSON.stringify(stored)}\n`, 'utf8'), ...pieces])
}

/**
 * Read a cache shard written by `encodeShard`. The serialized forms are views
 * of `bytes`, not copies.
 *
 * @param bytes
 *   The shard’s bytes.
 * @returns
 *   Entries by source path, or `undefined` when the bytes are not a whole shard.
 */
export function decodeShard(bytes: Uint8Array): Record<string, CachedArticle> | undefined {
  try {
    return decodeUnchecked(bytes)
  } catch {
    return undefined
  }
}

function decodeUnchecked(bytes: Uint8Array): Record<string, CachedArticle> | undefined {
  const end = bytes.indexOf(newline)
  if (end === -1) return undefined
  const stored: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('utf8'))
  if (!isObject(stored)) return undefined
  const shard: Record<string, CachedArticle> = {}
  let offset = end + 1
  for (const [path, value] of Object.entries(stored)) {
    if (!isObject(value) || !isObject(value.compiled) || !validSizes(value.compiled.sizes)) return undefined
    const { compiled, ...entry } = value as StoredArticle
    const lines: Record<string, Uint8Array> = {}
    const modules: Record<string, Uint8Array | undefined> = {}
    for (const [index, [group, key]] of serializedFields.entries()) {
      const size = compiled.sizes[index]!
      if (size > bytes.byteLength - offset) return undefined
      // A plain view (not a Buffer, even when `bytes` is one), like the arrays the build encodes.
      const view = size < 0 ? undefined : new Uint8Array(bytes.buffer, bytes.byteOffset + offset, size)
      if (size > 0) offset += size
      if (group === 'lines') lines[key] = view!
      else modules[key] = view
    }
    shard[path] = { ...entry, compiled: { hash: compiled.hash, lines, modules } as unknown as CachedArticle['compiled'] }
  }
  return offset === bytes.byteLength ? shard : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One whole size per serialized form; only the quotes of the runtime modules may be missing (-1). */
function validSizes(sizes: unknown): sizes is number[] {
  return (
    Array.isArray(sizes) &&
    sizes.length === serializedFields.length &&
    sizes.every((size, index) => Number.isInteger(size) && (size >= 0 || (size === -1 && serializedFields[index]![1] === 'quotes' && serializedFields[index]![0] === 'modules')))
  )
}
