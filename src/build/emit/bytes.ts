const encoder = new TextEncoder()

/** Content of an output file: text, or its UTF-8 bytes. */
export type FileContent = string | Uint8Array

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
 * Join pieces of a file into its bytes.
 *
 * @param pieces
 *   Text and bytes, in order.
 * @returns
 *   The UTF-8 bytes of all pieces.
 */
export function joinBytes(pieces: ReadonlyArray<FileContent>): Uint8Array {
  return Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)))
}
