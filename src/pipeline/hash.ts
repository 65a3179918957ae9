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
  const keys = Object.keys(value).sort()
  // Objects with `toJSON` or index-like keys (which objects order numerically): the slow, exact way.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || keys.some((key) => /^(?:0|[1-9]\d*)$/.test(key))) return slowCanonicalJson(value)
  let out = '{'
  for (const key of keys) {
    const item = serialize((value as Record<string, unknown>)[key])
    if (item !== undefined) out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${item}`
  }
  return `${out}}`
}

function slowCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item
  )
}
