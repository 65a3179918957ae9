import type { FileContent } from '../../src/pipeline/emit/bytes.js'

/** The bytes of an output file's content (text, bytes or pieces), joined. */
export function contentBytes(content: FileContent): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content)
  return content instanceof Uint8Array ? content : Buffer.concat(content.chunks, content.byteLength)
}
