import { VFile } from 'vfile'
import { reportError } from '../diagnostics.js'

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Decode bytes as a source file: strict UTF-8, a leading BOM removed and
 * CRLF/CR line ends turned into LF. Invalid UTF-8 and NUL bytes are reported
 * as errors with their position.
 *
 * @param bytes
 *   Raw bytes.
 * @param path
 *   Path to report problems under.
 * @returns
 *   The file.
 */
export function decodeSource(bytes: Uint8Array, path: string): VFile {
  const file = new VFile({ path, value: '' })
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at))
    const lines = before.split('\n')
    reportError(file, `Unexpected byte sequence at byte ${at} that is not UTF-8, expected the file to be saved as UTF-8`, 'encoding-invalid', {
      place: { line: lines.length, column: lines[lines.length - 1]!.length + 1 },
      note: 'Re-save the file as UTF-8 in your editor.'
    })
    return file
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const lines = text.slice(0, nul).split('\n')
    reportError(file, 'Unexpected NUL character, expected text without control characters', 'encoding-nul', {
      place: { line: lines.length, column: lines[lines.length - 1]!.length + 1 }
    })
    return file
  }
  file.value = text
  return file
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (size === 0) return index
    try {
      decoder.decode(bytes.subarray(index, index + size))
    } catch {
      return index
    }
    index += size
  }
  /* c8 ignore next -- only called when decoding failed */
  return index
}

