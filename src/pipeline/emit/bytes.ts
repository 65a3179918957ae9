import type { KeptFile } from './kept-file.js'

const encoder = new TextEncoder()

/**
 * The bytes of a file in pieces, in order. The emit assembles the large files
 * (every article's lines or entries) this way: they are hashed and written
 * piece by piece and never joined in memory.
 */
export interface ByteChunks {
  /** The pieces. */
  readonly chunks: readonly Uint8Array[]
  /** Their total size. */
  readonly byteLength: number
}

/** Content of an output file: text, its UTF-8 bytes, or those bytes in pieces. */
export type FileContent = string | Uint8Array | ByteChunks

/** An output file: its content, or a file of the previous output it stays equal to (linked, not written). */
export type OutputContent = FileContent | KeptFile

/**
 * A block's file whose bytes are made when it is written: the build's emit
 * makes, writes and drops the files of one block at a time, so the bytes of
 * every article are never in memory at once.
 */
export interface DeferredFile {
  /** Index of the block the file belongs to. */
  readonly block: number
  /** Make its bytes (each call makes them anew). */
  readonly make: () => ByteChunks
}

/** How an emit step gives a changed block's file: made now (`outputFiles`), or deferred to its write. */
export type BlockFile<T> = (block: number, make: () => ByteChunks) => T

/** A block's file made now. */
export const madeNow: BlockFile<ByteChunks> = (_, make) => make()

/** A block's file made when it is written. */
export const deferred: BlockFile<DeferredFile> = (block, make) => ({ block, make })

/**
 * Whether an output file is a deferred block file.
 *
 * @param content
 *   Output file content.
 * @returns
 *   Whether it is a `DeferredFile`.
 */
export function isDeferred(content: unknown): content is DeferredFile {
  return typeof content === 'object' && content !== null && typeof (content as { make?: unknown }).make === 'function'
}

/** The same record with each string field as UTF-8 bytes. */
export type Encoded<T> = { [K in keyof T]: undefined extends T[K] ? Uint8Array | undefined : Uint8Array }

/**
 * Encode text as UTF-8 into an array of its own (not a slice of a shared
 * pool, so copying it to another thread copies only its bytes).
 *
 * @param text
 *   Text.
 * @returns
 *   Its bytes.
 */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/**
 * Encode every string field of a record. The build keeps an article's
 * serialized forms as bytes: they go to disk as they are (cache, output), are
 * never decoded and encoded again, and sit outside the JavaScript heap.
 *
 * @param record
 *   Record of strings (or `undefined`).
 * @returns
 *   The record with bytes.
 */
export function encodeFields<T extends { [K in keyof T]: string | undefined }>(record: T): Encoded<T> {
  const result: Record<string, Uint8Array | undefined> = {}
  for (const [key, value] of Object.entries(record) as Array<[string, string | undefined]>) result[key] = value === undefined ? undefined : utf8(value)
  return result as Encoded<T>
}

/**
 * Assemble pieces of a file without copying the bytes.
 *
 * @param pieces
 *   Text and bytes, in order.
 * @returns
 *   The UTF-8 bytes of all pieces, in pieces.
 */
export function byteChunks(pieces: ReadonlyArray<string | Uint8Array>): ByteChunks {
  const chunks: Uint8Array[] = []
  let byteLength = 0
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? utf8(piece) : piece
    if (bytes.byteLength === 0) continue
    chunks.push(bytes)
    byteLength += bytes.byteLength
  }
  return { chunks, byteLength }
}
