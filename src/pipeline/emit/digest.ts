import { createHash } from 'node:crypto'
import { sha256 } from '../hash.js'
import type { ByteChunks, OutputContent } from './bytes.js'
import { isKept } from './kept-file.js'

/** Size and hash of a file’s bytes. */
export interface Digest {
  /** Size in bytes. */
  readonly bytes: number
  /** SHA-256 as lower-case hex. */
  readonly sha256: string
}

/**
 * Size and SHA-256 of a file (a kept file's are known), from its text as UTF-8 (encoded once: hashing
 * the bytes is about three times faster than hashing the string). Bytes are
 * hashed once and remembered by identity, so they must not change afterwards
 * (the emit never changes the bytes it made).
 *
 * @param content
 *   File content.
 * @returns
 *   The digest.
 */
export function digest(content: OutputContent): Digest {
  if (typeof content === 'string') return digestOf(Buffer.from(content, 'utf8'))
  if (isKept(content)) return { bytes: content.bytes, sha256: content.sha256 }
  // The data files are hashed for `SHA256SUMS` and again when written: bytes once.
  let known = digests.get(content)
  if (!known) digests.set(content, (known = digestOf(content)))
  return known
}

/** Digests of byte contents, by content (the build never changes bytes once made). */
const digests = new WeakMap<Uint8Array | ByteChunks, Digest>()

function digestOf(content: Uint8Array | ByteChunks): Digest {
  if (content instanceof Uint8Array) return { bytes: content.byteLength, sha256: sha256(content) }
  const hash = createHash('sha256')
  for (const chunk of content.chunks) hash.update(chunk)
  return { bytes: content.byteLength, sha256: hash.digest('hex') }
}
