import { buffer } from 'node:stream/consumers'
import { parseArgs } from 'node:util'
import { type CommandIo, commands } from './commands.js'

/**
 * Help text, generated from the command table.
 *
 * @returns
 *   The text of `korpus --help`.
 */
export function helpText(): string {
  const lines = ['Usage: korpus <command> [options]', '', 'Commands:']
  for (const command of Object.values(commands)) {
    lines.push(`  ${command.usage}`, `      ${command.description}`)
    for (const [name, flag] of Object.entries(command.flags)) {
      lines.push(`      --${name}${flag.type === 'string' ? ' <value>' : ''}  ${flag.description}${flag.default !== undefined && flag.default !== false ? ` (default: ${String(flag.default)})` : ''}`)
    }
  }
  lines.push('', 'Options:', '  -h, --help  Show this help')
  return `${lines.join('\n')}\n`
}

/**
 * Run the CLI with arguments (without `node` and the script).
 *
 * @param argv
 *   Arguments (`['check', '--frail']`).
 * @param io
 *   Streams and working directory.
 * @returns
 *   Exit code: 0 success, 1 problems found (in the corpus or the input), 2 usage error.
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(helpText())
    return 0
  }
  const command = commands[name]
  if (!command) {
    io.stderr(`Unknown command \`${name}\`, expected one of ${Object.keys(commands).join(', ')}\n\n${helpText()}`)
    return 2
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.entries(command.flags).map(([key, flag]) => [key, { type: flag.type, default: flag.default } as never]))
      }
    })
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\nUsage: ${command.usage}\n`)
    return 2
  }
  if (parsed.values.help) {
    io.stdout(helpText())
    return 0
  }
  try {
    return await command.run(parsed.positionals, parsed.values as Record<string, string | boolean | undefined>, io)
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`)
    const code = (error as { code?: string }).code
    return code === 'EEXIST' || code === 'EINPUT' ? 1 : 2
  }
}

/**
 * The streams and working directory of this process, for `runCli`.
 *
 * @returns
 *   Standard output, error and input, and `process.cwd()`.
 */
export function processIo(): CommandIo {
  return {
    stdout: (value) => process.stdout.write(value),
    stderr: (value) => process.stderr.write(value),
    stdin: async () => new Uint8Array(await buffer(process.stdin)),
    cwd: process.cwd()
  }
}
