// Size of each entry point of the published package against its budget.
//
//   npm run size            measure dist/ and fail when an entry is over budget
//   npm run size -- --write also rewrite the Raw and Gzip columns of the table
//
// The budgets live in the table of docs/distribution.md (between the
// `size-table` markers): the documented budget is the one enforced.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { execFileSync } from 'node:child_process'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const docs = join(root, 'docs/distribution.md')
const start = '<!-- size-table:start -->'
const end = '<!-- size-table:end -->'

/** A measured entry. */
export interface Size {
  /** Row name in the table (`.` (import)). */
  entry: string
  /** What it loads. */
  what: string
  /** Bytes on disk. */
  raw: number
  /** Bytes gzipped (each file compressed on its own, as a server sends them). */
  gzip: number
}

/** A row of the documented table. */
export interface Budget {
  entry: string
  raw: number
  gzip: number
}

const kB = 1000

/** `12.3 kB` (decimal units, as npm prints them). */
export function formatSize(bytes: number): string {
  if (bytes < kB) return `${bytes} B`
  return bytes < kB * kB ? `${(bytes / kB).toFixed(1)} kB` : `${(bytes / kB / kB).toFixed(2)} MB`
}

/** Parse `12.3 kB`, `900 B`, `1.2 MB`. */
export function parseSize(text: string): number {
  const match = /^\s*([\d.]+)\s*(B|kB|MB)\s*$/.exec(text)
  if (!match) throw new Error(`Unexpected size \`${text.trim()}\`, expected a number with \`B\`, \`kB\` or \`MB\``)
  return Math.round(Number(match[1]) * { B: 1, kB, MB: kB * kB }[match[2] as 'B' | 'kB' | 'MB'])
}

/** A file and the relative `./…` files it imports or requires, recursively (what a runtime loads). */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const code = readFileSync(file, 'utf8')
  for (const match of code.matchAll(/(?:from\s*|require\(\s*|import\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)) closure(join(dirname(file), match[2]!), seen)
  return seen
}

function measure(entry: string, what: string, files: Iterable<string>): Size {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(file)
    raw += bytes.byteLength
    gzip += gzipSync(bytes, { level: 9 }).byteLength
  }
  return { entry, what, raw, gzip }
}

async function bundleSize(entry: string, what: string, source: string): Promise<Size> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'consumer.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    // Resolve the package by its own exports map, as a consumer’s bundler does.
    alias: { 'nato-russland-korpus': root }
  })
  const bytes = result.outputFiles[0]!.contents
  return { entry, what, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength }
}

/** The whole tarball: raw is `unpackedSize`, gzip is the `.tgz` (`npm pack --dry-run --json`). */
function packed(): Size {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], { cwd: root, encoding: 'utf8' })
  const [result] = JSON.parse(output) as Array<{ size: number; unpackedSize: number; entryCount: number }>
  return { entry: 'package (`npm pack`)', what: `the tarball, ${result!.entryCount} files: everything above once, plus \`.d.ts\`/\`.d.cts\`, README, LICENSE`, raw: result!.unpackedSize, gzip: result!.size }
}

/**
 * Measure every entry point of `dist/` (run `npm run build` first).
 *
 * @returns
 *   One size per table row, in table order.
 */
export async function measureSizes(): Promise<Size[]> {
  const dist = join(root, 'dist')
  const data = join(dist, 'data')
  // Tables in blocks (`articles/00000.jsonl`, …) are measured as all their blocks together.
  const tables = ['articles/*', 'entities', 'mentions/*', 'quotes/*']
  const dataFiles = ['articles/*.jsonl', 'entities.jsonl', 'registry.jsonl', 'mentions/*.jsonl', 'quotes/*.jsonl', ...tables.map((table) => `${table}.parquet`), 'manifest.json', 'datapackage.json', 'SHA256SUMS', 'README.md']
  const filesOf = (file: string): string[] => {
    const star = file.indexOf('*')
    if (star < 0) return [join(data, file)]
    const folder = join(data, file.slice(0, star))
    return readdirSync(folder)
      .filter((name) => name.endsWith(file.slice(star + 1)))
      .sort()
      .map((name) => join(folder, name))
  }
  const kind = (file: string): string =>
    file.endsWith('.jsonl') ? 'JSON Lines' : file.endsWith('.parquet') ? 'Parquet (zstd)' : file === 'SHA256SUMS' ? 'checksums' : file === 'README.md' ? 'dataset card' : 'JSON'
  const runtimeOf = (file: string) => [...closure(join(dist, file))].map((path) => relative(dist, path)).sort()
  return [
    measure('`.` (import)', `\`${runtimeOf('index.js').join('`, `')}\``, closure(join(dist, 'index.js'))),
    measure('`.` (require)', `\`${runtimeOf('index.cjs').join('`, `')}\``, closure(join(dist, 'index.cjs'))),
    measure('`./catalog` (import)', `\`${runtimeOf('catalog.js').join('`, `')}\`: no bodies, even unbundled`, closure(join(dist, 'catalog.js'))),
    await bundleSize('`byDate` only, bundled', 'esbuild `--bundle --minify` of `import { byDate }`: query code and article metadata, no bodies', "import { byDate } from 'nato-russland-korpus'\nconsole.log(byDate('2022-01'))\n"),
    await bundleSize('`getArticle`, bundled', 'esbuild `--bundle --minify` of `import { getArticle }`: adds bodies, mentions and quotes', "import { getArticle } from 'nato-russland-korpus'\nconsole.log(getArticle('x'))\n"),
    await bundleSize('`getEntity` only, bundled', 'esbuild `--bundle --minify` of `import { getEntity }`: the entities the corpus references, no articles', "import { getEntity } from 'nato-russland-korpus'\nconsole.log(getEntity('jens-stoltenberg'))\n"),
    measure('`./schema` (import)', '`schema.js` (plus `valibot`, not counted)', [join(dist, 'schema.js')]),
    measure('`./schema` (require)', '`schema.cjs` (plus `valibot`, not counted)', [join(dist, 'schema.cjs')]),
    ...dataFiles.map((file) => measure(`\`./data/${file}\``, kind(file), filesOf(file))),
    packed()
  ]
}

/** Read the budgets from the table in docs/distribution.md. */
export function readBudgets(markdown = readFileSync(docs, 'utf8')): Budget[] {
  const table = markdown.slice(markdown.indexOf(start) + start.length, markdown.indexOf(end))
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(Entry|-)/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim())
      const [raw, gzip] = cells[5]!.split('/')
      return { entry: cells[0]!, raw: parseSize(raw!), gzip: parseSize(gzip!) }
    })
}

/** The table with measured sizes and the budgets kept. */
export function renderTable(sizes: readonly Size[], budgets: readonly Budget[]): string {
  const rows = sizes.map((size) => {
    const budget = budgets.find((item) => item.entry === size.entry)
    const limit = budget ? `${formatSize(budget.raw)} / ${formatSize(budget.gzip)}` : 'none'
    return `| ${size.entry} | ${size.what} | ${formatSize(size.raw)} | ${formatSize(size.gzip)} | ${budget ? `${Math.round((100 * size.gzip) / budget.gzip)} %` : ''} | ${limit} |`
  })
  return ['| Entry | What it loads | Raw | Gzip | Of budget (gzip) | Budget raw / gzip |', '|---|---|--:|--:|--:|--:|', ...rows].join('\n')
}

/**
 * Compare sizes with budgets.
 *
 * @returns
 *   One message per entry over budget or without a budget (empty when all fit).
 */
export function checkBudgets(sizes: readonly Size[], budgets: readonly Budget[]): string[] {
  const problems: string[] = []
  for (const size of sizes) {
    const budget = budgets.find((item) => item.entry === size.entry)
    if (!budget) problems.push(`${size.entry}: no budget, expected a row in docs/distribution.md`)
    else {
      if (size.raw > budget.raw) problems.push(`${size.entry}: ${formatSize(size.raw)} raw, expected at most ${formatSize(budget.raw)}`)
      if (size.gzip > budget.gzip) problems.push(`${size.entry}: ${formatSize(size.gzip)} gzip, expected at most ${formatSize(budget.gzip)}`)
    }
  }
  return problems
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await measureSizes()
  const markdown = readFileSync(docs, 'utf8')
  const budgets = readBudgets(markdown)
  const table = renderTable(sizes, budgets)
  if (process.argv.includes('--write')) {
    writeFileSync(docs, `${markdown.slice(0, markdown.indexOf(start) + start.length)}\n${table}\n${markdown.slice(markdown.indexOf(end))}`)
  }
  process.stdout.write(`${table}\n`)
  const problems = checkBudgets(sizes, budgets)
  for (const problem of problems) process.stderr.write(`${problem}\n`)
  if (problems.length > 0) {
    process.stderr.write('Over budget: make the entry smaller, or raise its budget in docs/distribution.md and say why in the changelog.\n')
    process.exitCode = 1
  }
}
