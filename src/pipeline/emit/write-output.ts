import { createHash } from 'node:crypto'
import type { OutputContent } from './bytes.js'
import { type Digest, digest } from './digest.js'
import { isKept, KeptFileMissingError } from './kept-file.js'
import { writeContent } from './write-content.js'
import { copyFile, link, lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { threadId } from 'node:worker_threads'

/** Staging folders and outputs that calls of this thread are writing or linking now, with how many (never cleaned up under them). */
const inUse = new Map<string, number>()

function use(entry: string): void {
  inUse.set(entry, (inUse.get(entry) ?? 0) + 1)
}

function release(entry: string): void {
  const count = (inUse.get(entry) ?? 1) - 1
  if (count > 0) inUse.set(entry, count)
  else inUse.delete(entry)
}
let calls = 0

/** Options of `writeOutput`. */
export interface WriteOutputOptions {
  /** Called between steps (tests inject failures here to prove atomicity). */
  onStep?: ((step: string) => void | Promise<void>) | undefined
}

/**
 * Write a build’s files so that readers only ever see a complete output: the
 * files go into a new content-addressed folder `<store>/<hash>/`, then the
 * link `<root>` is switched to it in one atomic `rename`. An interrupted or
 * failed write leaves the previous output as it was. A file kept from the
 * previous output (`KeptFile`: a block no article of which changed) is
 * hard-linked into the new folder, not written: only changed blocks and the
 * small whole-corpus files cost bytes. The previous folder is removed only
 * after the link points to the new one, so its files (and the links to them)
 * stay valid throughout.
 *
 * @param root
 *   Path of the output link (`generated`).
 * @param files
 *   File contents (text, UTF-8 bytes, or bytes in pieces) by relative path.
 * @param options
 *   Configuration.
 * @returns
 *   The folder the link now points to.
 */
export async function writeOutput(root: string, files: ReadonlyMap<string, OutputContent>, options: WriteOutputOptions = {}): Promise<string> {
  const output = stageOutput(root, options)
  try {
    for (const path of [...files.keys()].sort()) await output.put(path, files.get(path)!)
  } catch (error) {
    await output.abort()
    throw error
  }
  return output.commit()
}

/** An output being written file by file (`stageOutput`): readers see none of it until `commit`. */
export interface StagedOutput {
  /** The folder the files are written into (a file put is there, complete, once `put` resolves). */
  readonly folder: string
  /** Size and hash of each file put, by path relative to the output root. */
  readonly digests: ReadonlyMap<string, Digest>
  /**
   * Write one file (hard-link a kept one).
   *
   * @param path Path relative to the output root.
   * @param content Its content.
   * @returns Its size and hash.
   */
  put(path: string, content: OutputContent): Promise<Digest>
  /** Name the folder by the hashes of its files, switch the output link to it and remove older outputs; returns the folder. */
  commit(): Promise<string>
  /** Remove what was written (after a failure: the previous output stays as it was). */
  abort(): Promise<void>
}

/**
 * Start writing an output in pieces, as `writeOutput` does in one call: the
 * streaming emit puts one block's files at a time and drops their bytes. The
 * folder's name hashes every file's path and hash in path order, so it does
 * not depend on the order the files were put in.
 *
 * @param root
 *   Path of the output link (`generated`).
 * @param options
 *   Configuration.
 * @returns
 *   The output being written.
 */
export function stageOutput(root: string, options: WriteOutputOptions = {}): StagedOutput {
  const name = root.split(/[\\/]/).pop()!
  const store = join(dirname(root), `.${name}`)
  // Unique per call: two builds in one process must not write into one folder or link.
  const call = `${process.pid}-${threadId}-${++calls}`
  const staging = `staging.tmp-${call}`
  const folder = join(store, staging)
  const digests = new Map<string, Digest>()
  use(staging)
  let done = false
  const end = (): void => {
    if (!done) release(staging)
    done = true
  }
  return {
    folder,
    digests,
    async put(path, content) {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      const known = digest(bytes)
      digests.set(path, known)
      const file = join(folder, path)
      await mkdir(dirname(file), { recursive: true })
      if (isKept(bytes)) await linkKept(bytes.kept, file)
      else await writeContent(file, bytes)
      await options.onStep?.(`write ${path}`)
      return known
    },
    async abort() {
      // A failed write removes what it wrote (a killed one leaves it to a later build's clean-up).
      await rm(folder, { recursive: true, force: true }).catch(() => {})
      end()
    },
    async commit() {
      let id: string | undefined
      try {
        const hash = createHash('sha256')
        for (const path of [...digests.keys()].sort()) hash.update(`${path}\0${digests.get(path)!.sha256}\0`)
        id = hash.digest('hex').slice(0, 16)
        try {
          // The same output may be there already (a build without changes): keep it, drop the copy.
          await mkdir(folder, { recursive: true })
          if (await exists(join(store, id))) await rm(folder, { recursive: true, force: true })
          else await rename(folder, join(store, id))
        } catch (error) {
          await rm(folder, { recursive: true, force: true }).catch(() => {})
          throw error
        }
        use(id)
        await options.onStep?.('link')
        const link = `${root}.tmp-${call}`
        try {
          await symlink(join(`.${name}`, id), link, 'dir')
          const current = await lstat(root).catch(() => undefined)
          if (current && !current.isSymbolicLink()) await rm(root, { recursive: true, force: true })
          await rename(link, root)
        } finally {
          await rm(link, { force: true })
        }
        await options.onStep?.('clean')
        await cleanStore(store, root, id)
        return join(store, id)
      } finally {
        end()
        if (id) release(id)
      }
    }
  }
}

/** Hard-link a file of the previous output (copy it where links fail: another file system, no link support). */
async function linkKept(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new KeptFileMissingError(from, { cause: error })
    await copyFile(from, to)
  }
}

/**
 * Remove older outputs and what killed builds left, but never the folder the
 * link points to now (another build may have switched it since), a folder a
 * call of this thread is still writing or linking, or the staging folder of
 * another process still running.
 */
async function cleanStore(store: string, root: string, id: string): Promise<void> {
  const linked = await readlink(root).then((path) => basename(path), () => id)
  for (const entry of await readdir(store)) {
    if (entry === id || entry === linked || inUse.has(entry)) continue
    const pid = /\.tmp-(\d+)(?:-|$)/.exec(entry)?.[1]
    if (pid && Number(pid) !== process.pid && isRunning(Number(pid))) continue
    await rm(join(store, entry), { recursive: true, force: true })
  }
}

/**
 * Whether a process is running (a staging folder or spill file named by its id is still in use).
 *
 * @param pid
 *   Process id.
 * @returns
 *   Whether it runs.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false
  )
}
