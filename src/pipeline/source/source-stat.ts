import type { Stats } from 'node:fs'
import type { VFile } from 'vfile'

/** Size and modification time (ms) of a source file as read: equal ones let a rebuild take the source hash of the cache without hashing the text (as git's index does). */
export type StatKey = readonly [size: number, mtimeMs: number]

/**
 * How long after its last change a file's stat key is trusted: a file changed
 * again within the file system's timestamp granularity (up to 2 s on FAT) of
 * being read could keep its size and modification time.
 */
const settleMs = 2000

/** Stat keys of the sources read, for those that had settled when read. */
const keys = new WeakMap<VFile, StatKey>()

/**
 * Remember the stat of a source as it was read (called by the reader, with
 * the `lstat` it took before reading the bytes).
 *
 * @param file
 *   The decoded source.
 * @param stats
 *   Its `lstat`.
 * @param readAt
 *   When it was read (ms since the epoch; default: now).
 */
export function recordStat(file: VFile, stats: Pick<Stats, 'size' | 'mtimeMs'>, readAt: number = Date.now()): void {
  const key = settledKey(stats, readAt)
  if (key) keys.set(file, key)
}

/**
 * The stat key of a file that had not changed for a while when read, or
 * `undefined` for one changed just before (its text must be hashed).
 *
 * @param stats
 *   Its `lstat`.
 * @param readAt
 *   When it was read (ms since the epoch; default: now).
 * @returns
 *   The stat key, or `undefined`.
 */
export function settledKey(stats: Pick<Stats, 'size' | 'mtimeMs'>, readAt: number = Date.now()): StatKey | undefined {
  return stats.mtimeMs < readAt - settleMs ? [stats.size, stats.mtimeMs] : undefined
}

/**
 * The stat key of a source, when it was read from a file that had not changed
 * for a while (a file changed just before or while it was read has none, so
 * its text is always hashed).
 *
 * @param file
 *   A source read by `readChecked`.
 * @returns
 *   Its stat key, or `undefined`.
 */
export function statKeyOf(file: VFile): StatKey | undefined {
  return keys.get(file)
}

/**
 * Whether two stat keys are equal (both known).
 *
 * @param a
 *   A stat key.
 * @param b
 *   Another.
 * @returns
 *   Whether they are the same.
 */
export function sameStat(a: StatKey | undefined, b: StatKey | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1]
}
