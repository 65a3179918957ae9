import { createHash } from 'node:crypto'
import type { KeptFile } from './kept-file.js'
import { type PreviousOutput, previousFile } from './previous-output.js'

/** Articles per block (the last block may hold fewer). */
export const defaultBlockSize = 512

/** Digits of a block's file name (`00042`): 100,000 blocks of any size sort by name. */
const nameDigits = 5

/**
 * The file name of a block without its extension: its index, zero-padded, so
 * that the blocks of a table sort by name in corpus order (`00000`, `00001`, …).
 *
 * @param index
 *   Block index (0 for the first `blockSize` articles in corpus order).
 * @returns
 *   The name.
 */
export function blockName(index: number): string {
  return String(index).padStart(nameDigits, '0')
}

/**
 * Split a list in corpus order into blocks of `size` items. There is always at
 * least one block (empty for an empty corpus), so every blocked table has a
 * file that a glob finds.
 *
 * @param items
 *   Articles (or their serialized forms) in corpus order.
 * @param size
 *   Items per block (a positive integer).
 * @returns
 *   The blocks, in order.
 */
export function splitBlocks<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Unexpected block size ${size}, expected a positive integer`)
  const blocks: T[][] = []
  for (let start = 0; start < items.length; start += size) blocks.push(items.slice(start, start + size))
  return blocks.length === 0 ? [[]] : blocks
}

/**
 * What a block's files depend on: the code that writes them (`fingerprint`),
 * the block size, its index and the content hashes of its articles
 * (`Article.hash`, which covers text, annotations and corrections). Equal keys
 * mean byte-equal files, so the build takes such a block from the previous
 * output instead of writing it again.
 *
 * @param fingerprint
 *   Fingerprint of the build code (`pipelineFingerprint`).
 * @param size
 *   Block size.
 * @param index
 *   Block index.
 * @param hashes
 *   Content hashes of the block's articles, in order.
 * @returns
 *   Hex SHA-256.
 */
export function blockKey(fingerprint: string, size: number, index: number, hashes: readonly string[]): string {
  const hash = createHash('sha256').update(`${fingerprint}\0${size}\0${index}\0`)
  for (const article of hashes) hash.update(`${article}\0`)
  return hash.digest('hex')
}

/** How a build splits its output into blocks, and which blocks it can take from the previous output. */
export interface BlockPlan {
  /** Articles per block. */
  readonly size: number
  /** Key of each block (`blockKey`), or `undefined` when the code has no fingerprint (then nothing is taken). */
  readonly keys: readonly string[] | undefined
  /** The previous output, if any. */
  readonly previous: PreviousOutput | undefined
}

/**
 * Plan the blocks of a corpus.
 *
 * @param hashes
 *   Content hashes of the articles in corpus order.
 * @param size
 *   Articles per block.
 * @param fingerprint
 *   Fingerprint of the build code, if known.
 * @param previous
 *   The previous output, if any.
 * @returns
 *   The plan.
 */
export function planBlocks(hashes: readonly string[], size: number, fingerprint: string | undefined, previous?: PreviousOutput | undefined): BlockPlan {
  const keys = fingerprint === undefined ? undefined : splitBlocks(hashes, size).map((block, index) => blockKey(fingerprint, size, index, block))
  return { size, keys, previous }
}

/**
 * The previous output's file at `path` when block `index` is unchanged (same
 * key), so the build links it instead of serializing the block again.
 *
 * @param plan
 *   The block plan.
 * @param index
 *   Block index.
 * @param path
 *   Path of the block's file relative to the output root.
 * @returns
 *   The kept file, or `undefined` when the block must be written.
 */
export function keptBlockFile(plan: BlockPlan, index: number, path: string): KeptFile | undefined {
  const { keys, previous } = plan
  if (!keys || !previous || previous.blockSize !== plan.size || previous.blocks[index] !== keys[index]) return undefined
  return previousFile(previous, path)
}
