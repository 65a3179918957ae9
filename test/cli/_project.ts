import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The project root. */
export const root = join(import.meta.dirname, '../..')

/** The fixtures of the CLI tests. */
export const fixtures = join(import.meta.dirname, 'fixtures')

/**
 * A temporary project as a contributor has it: `package.json`, the editor
 * schemas, the small test registry (`fixtures/registry`) and no articles;
 * `node_modules` links to the project’s.
 */
export async function tempProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'korpus-cli-'))
  await cp(join(root, 'package.json'), join(dir, 'package.json'))
  await cp(join(root, 'corpus/schema'), join(dir, 'corpus/schema'), { recursive: true })
  await cp(join(fixtures, 'registry'), join(dir, 'corpus/registry'), { recursive: true })
  await mkdir(join(dir, 'corpus/articles'), { recursive: true })
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

/** What a run of the binary printed and returned. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Run a program in `cwd` with optional standard input.
 *
 * @param cwd
 *   Working directory.
 * @param command
 *   Program.
 * @param args
 *   Arguments.
 * @param stdin
 *   Text for standard input (default: none, closed).
 */
export function run(cwd: string, command: string, args: readonly string[], stdin?: string | Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

/**
 * Run the real `korpus` binary in `cwd`, as `npm run korpus` starts it
 * (`scripts/korpus.mjs`: the bundled build tool).
 *
 * @param cwd
 *   Project folder.
 * @param args
 *   Arguments (`['check', '--frail']`).
 * @param stdin
 *   Standard input.
 */
export function korpus(cwd: string, args: readonly string[], stdin?: string | Uint8Array): Promise<Run> {
  return run(cwd, process.execPath, [join(root, 'scripts/korpus.mjs'), ...args], stdin)
}
