#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: `korpus build` (scripts/korpus.mjs), then, when it
 * succeeded, the bundle step (scripts/bundle.mjs), in one process: one Node
 * starting instead of two, and `src/` hashed once for both (the build tool's
 * hash and the bundle's inputs). Then the process ends as soon as its output
 * is flushed, without waiting for Node to tear down the heap of the build
 * (a few hundred MiB after a corpus of 10,000 articles: 0.3–0.7 s).
 *
 * The same as `node scripts/korpus.mjs build [options] && node scripts/bundle.mjs`.
 *
 * Usage: node scripts/build.mjs [korpus build options]
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from './bundle.mjs'
import { runKorpus } from './korpus.mjs'

/**
 * End the process with `code` once standard output and error are flushed.
 *
 * @param {number} code
 */
function exitWhenFlushed(code) {
  let open = 2
  const done = () => {
    if (--open === 0) process.exit(code)
  }
  process.stdout.write('', done)
  process.stderr.write('', done)
}

/** @type {Map<string, string>} */
const known = new Map()
let code = await runKorpus(join(dirname(fileURLToPath(import.meta.url)), '..'), ['build', ...process.argv.slice(2)], known)
if (code === 0) {
  try {
    await bundle(process.cwd(), { known, log: (line) => process.stderr.write(`${line}\n`) })
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    code = 1
  }
}
exitWhenFlushed(code)
