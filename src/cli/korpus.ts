#!/usr/bin/env node
import { buffer } from 'node:stream/consumers'
import { runCli } from './run-cli.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (value) => process.stdout.write(value),
  stderr: (value) => process.stderr.write(value),
  stdin: async () => new Uint8Array(await buffer(process.stdin)),
  cwd: process.cwd()
})
