#!/usr/bin/env node
// The `korpus` CLI from source (through tsx). `npm run korpus` and `npm run build`
// start it bundled instead (scripts/korpus.mjs, entry src/cli/build-tool.ts).
import { processIo, runCli } from './run-cli.js'

process.exitCode = await runCli(process.argv.slice(2), processIo())
