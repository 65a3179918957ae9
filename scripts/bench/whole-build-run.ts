/**
 * Child process of `npm run bench`: what a contributor and CI wait for. In one
 * process: the parse floor, then `npm run build` exactly as package.json runs
 * it (a fresh process: `korpus build`, then tsup) on a project with no cache
 * and no output, the floor again, and `npm run build` once more after one
 * article changed. `korpus build` reports its stage times (`KORPUS_TIMINGS=1`,
 * the same as `--timings`) as a line of JSON on stderr; the bench reads it.
 * Prints one JSON object on stdout.
 *
 * Usage: tsx scripts/bench/whole-build-run.ts --project DIR --warm DIR
 */
import { spawn } from 'node:child_process'
import { readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { since } from './stats.js'

const { values } = parseArgs({ options: { project: { type: 'string' }, warm: { type: 'string' } } })
const project = values.project!
const articlesDir = join(project, 'corpus', 'articles')

async function texts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort()
  // 256 at a time: 100,000 at once run out of file descriptors (EMFILE).
  const result: string[] = []
  for (let start = 0; start < names.length; start += 256) result.push(...(await Promise.all(names.slice(start, start + 256).map((name) => readFile(join(dir, name), 'utf8')))))
  return result
}
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
function parseAll(sources: readonly string[]): number {
  const start = process.hrtime.bigint()
  for (const source of sources) processor.parse(source)
  return since(start)
}

/** One `npm run build` in the project: wall time, the stage times `korpus build` printed, and the bundle time after it. */
function npmBuild(): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    const spawned = Date.now()
    const start = process.hrtime.bigint()
    const run = spawn('npm', ['run', 'build', '--silent'], { cwd: project, env: { ...process.env, KORPUS_TIMINGS: '1' }, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    run.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    run.on('error', reject)
    run.on('close', (code) => {
      const wallMs = since(start)
      const ended = Date.now()
      if (code !== 0) return reject(new Error(`Unexpected exit code ${code} of \`npm run build\`:\n${err}`))
      const line = err.split('\n').find((text) => text.startsWith('{"timings":'))
      if (!line) return reject(new Error(`Missing the timings line of \`korpus build\` in:\n${err}`))
      const { timings } = JSON.parse(line) as { timings: Record<string, any> }
      // From the epoch times of the `korpus build` process: npm and Node starting it, and everything after it (tsup).
      const launchMs = timings.processStart - spawned
      const bundleMs = ended - timings.processEnd
      resolve({ wallMs, korpusMs: timings.processEnd - timings.processStart, launchMs, bundleMs, timings })
    })
  })
}

// Warm up the parser alone (the build runs in fresh processes, as users run it).
parseAll(await texts(join(values.warm!, 'corpus', 'articles')))
const sources = await texts(articlesDir)
const floorBeforeMs = parseAll(sources)
for (const path of ['generated', '.generated', 'dist', join('node_modules', '.cache')]) await rm(join(project, path), { recursive: true, force: true })
const cold = await npmBuild()
const output = (await readlink(join(project, 'generated'))).split(/[\\/]/).pop()
const floorAfterMs = parseAll(sources)

const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort()
const edited = join(articlesDir, names[Math.floor(names.length / 2)]!)
await writeFile(edited, `${(await readFile(edited, 'utf8')).trimEnd()} Die Nato bestätigte den Termin am Abend.\n`)
const rebuild = await npmBuild()

process.stdout.write(`${JSON.stringify({ articles: sources.length, floorMs: (floorBeforeMs + floorAfterMs) / 2, floorBeforeMs, floorAfterMs, cold, rebuild, output })}\n`)
