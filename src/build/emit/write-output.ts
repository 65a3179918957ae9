import { createHash } from 'node:crypto'
import type { FileContent } from './bytes.js'
import { digest } from './digest.js'
import { lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Options of `writeOutput`. */
export interface WriteOutputOptions {
  /** Called between steps (tests inject failures here to prove atomicity). */
  onStep?: ((step: string) => void | Promise<void>) | undefined
}

/**
 * Write a build’s files so that readers only ever see a complete output: the
 * files go into a new content-addressed folder `<store>/<hash>/`, then the
 * link `<root>` is switched to it in one atomic `rename`. An interrupted or
 * failed write leaves the previous output as it was.
 *
 * @param root
 *   Path of the output link (`generated`).
 * @param files
 *   File contents (text or UTF-8 bytes) by relative path.
 * @param options
 *   Configuration.
 * @returns
 *   The folder the link now points to.
 */
export async function writeOutput(root: string, files: ReadonlyMap<string, FileContent>, options: WriteOutputOptions = {}): Promise<string> {
  // Each file is encoded, hashed for the folder name and written in turn, so only one file's
  // bytes are in memory at a time; the folder gets its name when all are written.
  const paths = [...files.keys()].sort()
  const store = join(dirname(root), `.${root.split(/[\\/]/).pop()}`)
  const staging = join(store, `staging.tmp-${process.pid}`)
  await rm(staging, { recursive: true, force: true })
  const hash = createHash('sha256')
  for (const path of paths) {
    const content = files.get(path)!
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    hash.update(`${path}\0${digest(bytes).sha256}\0`)
    const file = join(staging, path)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, bytes)
    await options.onStep?.(`write ${path}`)
  }
  const id = hash.digest('hex').slice(0, 16)
  const target = join(store, id)
  // The same output may be there already (a build without changes): keep it, drop the copy.
  if (await exists(target)) await rm(staging, { recursive: true, force: true })
  else await rename(staging, target)
  await options.onStep?.('link')
  const link = `${root}.tmp-${process.pid}`
  await rm(link, { force: true })
  await symlink(join(`.${root.split(/[\\/]/).pop()}`, id), link, 'dir')
  const current = await lstat(root).catch(() => undefined)
  if (current && !current.isSymbolicLink()) await rm(root, { recursive: true, force: true })
  await rename(link, root)
  await options.onStep?.('clean')
  // Remove older outputs and what killed builds left, but never the folder the link points to
  // now (another build may have switched it since) or the staging folder of a build still running.
  const linked = await readlink(root).then((path) => basename(path), () => id)
  for (const entry of await readdir(store)) {
    if (entry === id || entry === linked) continue
    const pid = /\.tmp-(\d+)$/.exec(entry)?.[1]
    if (pid && Number(pid) !== process.pid && isRunning(Number(pid))) continue
    await rm(join(store, entry), { recursive: true, force: true })
  }
  return target
}

function isRunning(pid: number): boolean {
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
