/**
 * A file of the previous output that a build keeps as it is: written by an
 * earlier build into its content-addressed folder (never changed since), with
 * the size and hash it had. `writeOutput` hard-links it into the new output
 * instead of writing its bytes again, so one changed article rewrites only the
 * files of its block.
 */
export interface KeptFile {
  /** Absolute path of the file in the previous output folder. */
  readonly kept: string
  /** Size in bytes. */
  readonly bytes: number
  /** SHA-256 as lower-case hex. */
  readonly sha256: string
}

/**
 * Whether an output file is kept from the previous output.
 *
 * @param content
 *   Output file content.
 * @returns
 *   Whether it is a `KeptFile`.
 */
export function isKept(content: unknown): content is KeptFile {
  return typeof content === 'object' && content !== null && typeof (content as { kept?: unknown }).kept === 'string'
}

/** A file of the previous output that a build meant to keep is gone (removed by hand or by another build): build again without keeping any. */
export class KeptFileMissingError extends Error {
  /** Path of the missing file. */
  readonly path: string

  constructor(path: string, options?: ErrorOptions) {
    super(`Cannot find \`${path}\` of the previous output, expected it to be there until the new output is linked`, options)
    this.name = 'KeptFileMissingError'
    this.path = path
  }
}
