import { readFileSync } from 'node:fs'
import type { OutputContent } from '../../src/pipeline/emit/bytes.js'
import { isKept } from '../../src/pipeline/emit/kept-file.js'

/** The bytes of an output file's content (text, bytes or pieces, or a file kept from the previous output), joined. */
export function contentBytes(content: OutputContent): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content)
  if (isKept(content)) return readFileSync(content.kept)
  return content instanceof Uint8Array ? content : Buffer.concat(content.chunks, content.byteLength)
}
