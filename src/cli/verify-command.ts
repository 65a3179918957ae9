import { join, relative, resolve } from 'node:path'
import { verifyPackage } from '../pipeline/verify/verify-package.js'

/**
 * `verify [dir]`: check an installed copy of the package against its
 * checksums and manifest, printing one line per file that differs.
 * Shared by the repository CLI (`korpus verify`) and the published bin
 * (`npx nato-russland-korpus verify`).
 *
 * @param dir
 *   The installed package (default: `node_modules/nato-russland-korpus` under `cwd`).
 * @param io
 *   Where to print, and the working directory.
 * @returns
 *   Exit code: 0 when every file matches, 1 otherwise.
 */
export async function runVerify(dir: string | undefined, io: { stderr: (text: string) => void; cwd: string }): Promise<number> {
  const root = resolve(io.cwd, dir ?? join('node_modules', 'nato-russland-korpus'))
  const { verified, problems } = await verifyPackage(root)
  for (const problem of problems) io.stderr(`${join(relative(io.cwd, root) || '.', problem.path)}  ${problem.kind}  ${problem.reason}\n`)
  io.stderr(problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'}, ${verified.length} files verified.\n` : `All ${verified.length} files verified.\n`)
  return problems.length ? 1 : 0
}
