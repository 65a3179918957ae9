#!/usr/bin/env node
// The bin the npm package ships: `npx nato-russland-korpus verify [dir]`.
// The contributor commands (import, check, build, extract, diff) need the
// parser and run from a clone of the repository (`npm run korpus`).
import { runVerify } from './verify-command.js'

const [command, ...rest] = process.argv.slice(2)
if (command === 'verify' && rest.length <= 1 && !rest[0]?.startsWith('-')) {
  process.exitCode = await runVerify(rest[0], { stderr: (text) => process.stderr.write(text), cwd: process.cwd() })
} else {
  const help = 'Usage: nato-russland-korpus verify [dir]\n\nCheck an installed copy of the package (default: node_modules/nato-russland-korpus,\nelse the build in dist/data of a clone) against its SHA256SUMS, datapackage.json and manifest; name each file that differs.\n'
  const asked = command === undefined || command === '--help' || command === '-h'
  ;(asked ? process.stdout : process.stderr).write(help)
  process.exitCode = asked ? 0 : 2
}
