import { lstat, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { checksumFileName, verifyPackage } from '../pipeline/verify/verify-package.js'

/** Name of the package, as installed under `node_modules/`. */
const packageName = 'nato-russland-korpus'

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false
  )
}

/**
 * The folder `verify` checks when given none: the installed copy
 * (`node_modules/nato-russland-korpus`) when there is one, else, in a clone of
 * this repository (or an unpacked tarball), its own build (`dist/data`).
 *
 * @returns
 *   The folder and a note to print, or an error that says which command to run.
 */
async function defaultTarget(cwd: string): Promise<{ root: string; note?: string } | { error: string }> {
  const installed = join(cwd, 'node_modules', packageName)
  if (await exists(installed)) return { root: installed }
  const name = await readFile(join(cwd, 'package.json'), 'utf8').then(
    (text) => (JSON.parse(text) as { name?: unknown }).name,
    () => undefined
  )
  if (name !== packageName) {
    return { error: `Cannot find \`node_modules/${packageName}\`, expected the package installed here (\`npm install ${packageName}\`), or pass its folder: \`verify <dir>\`\n` }
  }
  if (await exists(join(cwd, 'dist', 'data', checksumFileName))) return { root: cwd, note: `No installed copy in \`node_modules/${packageName}\`: verifying this repository's build (\`dist/data\`).\n` }
  return { error: `Cannot find \`node_modules/${packageName}\` or a build in \`dist/data\`: run \`npm run build\`, then \`npm run korpus -- verify\` (or \`npm run korpus -- verify generated\` after \`npm run build:corpus\`)\n` }
}

/**
 * `verify [dir]`: check an installed copy of the package against its
 * checksums and manifest, printing one line per file that differs.
 * Shared by the repository CLI (`korpus verify`) and the published bin
 * (`npx nato-russland-korpus verify`).
 *
 * @param dir
 *   The installed package (default: `node_modules/nato-russland-korpus` under
 *   `cwd`, or, where there is none, the build `dist/data` of this repository).
 * @param io
 *   Where to print, and the working directory.
 * @returns
 *   Exit code: 0 when every file matches, 1 otherwise.
 */
export async function runVerify(dir: string | undefined, io: { stderr: (text: string) => void; cwd: string }): Promise<number> {
  let root: string
  if (dir === undefined) {
    const target = await defaultTarget(io.cwd)
    if ('error' in target) {
      io.stderr(target.error)
      return 1
    }
    if (target.note) io.stderr(target.note)
    root = target.root
  } else root = resolve(io.cwd, dir)
  const { verified, problems } = await verifyPackage(root)
  for (const problem of problems) io.stderr(`${join(relative(io.cwd, root) || '.', problem.path)}  ${problem.kind}  ${problem.reason}\n`)
  io.stderr(problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'}, ${verified.length} files verified.\n` : `All ${verified.length} files verified.\n`)
  return problems.length ? 1 : 0
}
