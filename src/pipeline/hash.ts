import { createHash } from 'node:crypto'

/**
 * Hash a source for the cache.
 *
 * @param path
 *   Path as reported (part of the key: the id must equal the file name).
 * @param text
 *   Decoded text.
 * @returns
 *   Hex SHA-256.
 */
export function sourceHash(path: string, text: string): string {
  return createHash('sha256').update(path).update('\0').update(text).digest('hex')
}

/** SHA-256 of a string as lower-case hex. */
export function sha256(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex')
}

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  // Hand-written for speed (the build hashes every article with it); the text
  // equals `JSON.stringify` with a replacer that sorts each object's keys.
  return serialize(value) as string
}

function serialize(value: unknown): string | undefined {
  if (value === null) return 'null'
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) {
    let out = '['
    for (let index = 0; index < value.length; index++) out += `${index === 0 ? '' : ','}${serialize(value[index]) ?? 'null'}`
    return `${out}]`
  }
  const shape = shapeOf(Object.keys(value))
  // Objects with `toJSON` or index-like keys (which objects order numerically): the slow, exact way.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || shape === undefined) return slowCanonicalJson(value)
  let out = '{'
  for (let index = 0; index < shape.keys.length; index++) {
    const item = serialize((value as Record<string, unknown>)[shape.keys[index]!])
    if (item !== undefined) out += `${out.length === 1 ? '' : ','}${shape.prefixes[index]!}${item}`
  }
  return `${out}}`
}

/** An object's keys in sorted order, each with its `"key":` as JSON. */
interface Shape {
  readonly keys: readonly string[]
  readonly prefixes: readonly string[]
}

/** Shapes by their keys in insertion order (joined by NUL); `undefined` for keys that objects order numerically. */
const shapes = new Map<string, Shape | undefined>()

/**
 * The sorted keys of an object with these keys, computed once per set of keys
 * in one order (records of one kind share it), so the hash of an article
 * sorts and quotes each kind's keys once, not once per record.
 *
 * @param keys
 *   `Object.keys` of the object.
 * @returns
 *   Its shape, or `undefined` when a key is index-like.
 */
function shapeOf(keys: string[]): Shape | undefined {
  const signature = keys.join('\0')
  if (shapes.has(signature)) return shapes.get(signature)
  const sorted = keys.sort()
  const shape = sorted.some((key) => /^(?:0|[1-9]\d*)$/.test(key)) ? undefined : { keys: sorted, prefixes: sorted.map((key) => `${JSON.stringify(key)}:`) }
  // Records of a few kinds give a few shapes; a map used as an object gives many, kept only up to a bound.
  if (shapes.size >= 10_000) shapes.clear()
  shapes.set(signature, shape)
  return shape
}

function slowCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item
  )
}
