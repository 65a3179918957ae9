// Entry of the bundled build tool: scripts/korpus.mjs bundles it with esbuild
// (with src/pipeline/workers/prepare-worker.ts as `worker.mjs` beside it) and
// calls `main`. Everything else is src/cli/korpus.ts's.
import { setSourceFolder } from '../pipeline/cache/fingerprint.js'
import { processIo, runCli } from './run-cli.js'

/**
 * Run the `korpus` CLI with these arguments and this process's streams.
 *
 * @param sourceFolder
 *   Absolute path of the `src/` the bundle was made from (the build cache's
 *   fingerprint hashes its files; the bundle's own path says nothing of it).
 * @param argv
 *   The CLI's arguments (default: this process's).
 * @returns
 *   Exit code, as `runCli`'s.
 */
export async function main(sourceFolder: string, argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  setSourceFolder(sourceFolder)
  return runCli(argv, processIo())
}
