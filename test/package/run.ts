import { execFile } from 'node:child_process'

/** Result of `run`. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Run a command without a shell and collect its output; never throws for a
 * non-zero exit code (the test asserts on it).
 */
export function run(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: options.cwd, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error)
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
    })
  })
}

/** Like `run`, but throws with the output when the command fails. */
export async function runOk(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const result = await run(file, args, options)
  if (result.code !== 0) throw new Error(`\`${file} ${args.join(' ')}\` exited with ${result.code}\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}
