import { open, writeFile } from 'node:fs/promises'
import type { FileContent } from './bytes.js'

/** Bytes gathered before each write of a file in pieces (many pieces are a few bytes long). */
const writeBlock = 1 << 20

/**
 * Write a file: text, bytes, or bytes in pieces, which are written a block at
 * a time without joining them in memory.
 *
 * @param path
 *   Path of the file (its folder must exist).
 * @param content
 *   Its content.
 */
export async function writeContent(path: string, content: FileContent): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFile(path, content)
  const handle = await open(path, 'w')
  let failed = false
  try {
    const block = Buffer.allocUnsafe(writeBlock)
    let used = 0
    const flush = async (bytes: Uint8Array): Promise<void> => {
      for (let done = 0; done < bytes.byteLength; ) done += (await handle.write(bytes, done, bytes.byteLength - done)).bytesWritten
    }
    for (const chunk of content.chunks) {
      if (used + chunk.byteLength > writeBlock) {
        await flush(block.subarray(0, used))
        used = 0
      }
      if (chunk.byteLength >= writeBlock) await flush(chunk)
      else {
        block.set(chunk, used)
        used += chunk.byteLength
      }
    }
    await flush(block.subarray(0, used))
  } catch (error) {
    failed = true
    throw error
  } finally {
    // After a failed write, the error of that write is the one to report, not one of closing.
    await handle.close().catch((error: unknown) => {
      if (!failed) throw error
    })
  }
}
