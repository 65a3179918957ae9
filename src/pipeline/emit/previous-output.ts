import { mkdir, readFile, readlink, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { OutputContent } from './bytes.js'
import { digest, type Digest } from './digest.js'
import { isKept, type KeptFile } from './kept-file.js'

/** Version of the output index format; another one counts as no index. */
const indexFormat = 1

/**
 * What a build records about the output it wrote, for the next build: the
 * output folder, the fingerprint of the code that wrote it, the block size,
 * each block's key (`blockKey`) and the size and hash of every file. Kept in
 * the build cache, not in the output (the output stays the same whatever code
 * version wrote it).
 */
export interface OutputIndex {
  /** Format of this record. */
  readonly format: number
  /** Absolute path of the output link (`generated`). */
  readonly root: string
  /** Name of the content-addressed folder the link pointed to after the build. */
  readonly output: string
  /** `pipelineFingerprint` of the build code. */
  readonly fingerprint: string
  /** Articles per block. */
  readonly blockSize: number
  /** Key of each block, by block index. */
  readonly blocks: readonly string[]
  /** `[bytes, sha256]` of each file, by path relative to the output root. */
  readonly files: Readonly<Record<string, readonly [number, string]>>
}

/**
 * The previous output a build may take files from: what the output index
 * recorded, checked against the output link as it is now.
 */
export interface PreviousOutput {
  /** Absolute path of its folder. */
  readonly folder: string
  /** `pipelineFingerprint` of the code that wrote it. */
  readonly fingerprint: string
  /** Articles per block. */
  readonly blockSize: number
  /** Key of each block. */
  readonly blocks: readonly string[]
  /** Size and hash of each file, by path relative to the output root. */
  readonly files: ReadonlyMap<string, Digest>
}

/**
 * The previous output, when the index describes the folder the output link
 * points to now and was written by the same code (otherwise `undefined`: the
 * build writes every file).
 *
 * @param indexPath
 *   Path of the output index (in the build cache).
 * @param root
 *   Path of the output link (`generated`).
 * @param fingerprint
 *   `pipelineFingerprint` of the running build.
 * @returns
 *   The previous output, or `undefined`.
 */
export async function readPreviousOutput(indexPath: string, root: string, fingerprint: string): Promise<PreviousOutput | undefined> {
  const index = await readFile(indexPath, 'utf8').then(
    (text) => JSON.parse(text) as OutputIndex,
    () => undefined
  )
  if (!index || index.format !== indexFormat || index.fingerprint !== fingerprint || index.root !== resolve(root)) return undefined
  const linked = await readlink(root).catch(() => undefined)
  if (linked === undefined || basename(linked) !== index.output) return undefined
  const files = new Map(Object.entries(index.files).map(([path, [bytes, sha256]]) => [path, { bytes, sha256 }] as const))
  return { folder: resolve(dirname(root), linked), fingerprint: index.fingerprint, blockSize: index.blockSize, blocks: index.blocks, files }
}

/**
 * The file of the previous output at `path`, as a `KeptFile`, when there is one.
 *
 * @param previous
 *   The previous output, if any.
 * @param path
 *   Path relative to the output root.
 * @returns
 *   The kept file, or `undefined`.
 */
export function previousFile(previous: PreviousOutput | undefined, path: string): KeptFile | undefined {
  const known = previous?.files.get(path)
  return known && previous ? { kept: join(previous.folder, path), bytes: known.bytes, sha256: known.sha256 } : undefined
}

/**
 * The previous output's file at `path` when its bytes are these (so it is
 * linked, not written), else the content as it is.
 *
 * @param path
 *   Path relative to the output root.
 * @param content
 *   The file's new content.
 * @param previous
 *   The previous output, if any.
 * @returns
 *   The kept file, or `content`.
 */
export function keptIfSame(path: string, content: OutputContent, previous: PreviousOutput | undefined): OutputContent {
  const kept = previous && !isKept(content) ? previousFile(previous, path) : undefined
  return kept && kept.sha256 === digest(content).sha256 ? kept : content
}

/**
 * Record an output for the next build (atomically: a reader sees the old
 * index or the new one).
 *
 * @param indexPath
 *   Path of the output index.
 * @param index
 *   What to record, without its format.
 * @param files
 *   Size and hash of the output's files, by path relative to the output root.
 */
export async function writeOutputIndex(indexPath: string, index: Omit<OutputIndex, 'format' | 'files'>, files: ReadonlyMap<string, Digest>): Promise<void> {
  const sums: Record<string, readonly [number, string]> = {}
  for (const path of [...files.keys()].sort()) {
    const { bytes, sha256 } = files.get(path)!
    sums[path] = [bytes, sha256]
  }
  await mkdir(dirname(indexPath), { recursive: true })
  const temporary = `${indexPath}.tmp-${process.pid}-${threadId}`
  try {
    await writeFile(temporary, JSON.stringify({ format: indexFormat, ...index, root: resolve(index.root), files: sums } satisfies OutputIndex))
    await rename(temporary, indexPath)
  } finally {
    await rm(temporary, { force: true })
  }
}
