import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import type { VFile } from 'vfile'
import { hasErrors } from '../pipeline/diagnostics.js'
import { formatExplanations, type ExplainedOutput } from './format-explanations.js'
import { type ReportFormat, formatReport, reportFormats } from './format-report.js'

/** What a command writes and returns. */
export interface CommandIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdin: () => Promise<Uint8Array>
  cwd: string
}

/** A flag of a command. */
export interface Flag {
  type: 'boolean' | 'string'
  description: string
  default?: string | boolean
}

/** A command of the `korpus` CLI. */
export interface Command {
  usage: string
  description: string
  flags: Record<string, Flag>
  run(positionals: string[], flags: Record<string, string | boolean | undefined>, io: CommandIo): Promise<number>
}

const formatFlag: Flag = { type: 'string', description: `Report format: ${reportFormats.join(', ')}`, default: 'text' }

function asFormat(value: unknown): ReportFormat {
  if (reportFormats.includes(value as ReportFormat)) return value as ReportFormat
  throw new Error(`Unexpected format \`${String(value)}\`, expected one of ${reportFormats.join(', ')}`)
}

/** The commands: one table drives parsing, `--help` and dispatch. Each loads its library code on use. */
export const commands: Record<string, Command> = {
  import: {
    usage: 'korpus import <raw.txt | ->',
    description: 'Write corpus/articles/<date>-<slug>.md from a raw text (or standard input) with a frontmatter skeleton',
    flags: { 'out-dir': { type: 'string', description: 'Folder to write into', default: 'corpus/articles' } },
    async run([input], flags, io) {
      if (!input) throw new Error('Missing input, expected a raw text file or `-` for standard input')
      const raw =
        input === '-'
          ? await io.stdin()
          : await readFile(resolve(io.cwd, input)).catch((error: NodeJS.ErrnoException) => {
              throw new Error(error.code === 'ENOENT' ? `Cannot find \`${input}\`, expected a raw text file or \`-\` for standard input` : `Cannot read \`${input}\`: ${error.message}`)
            })
      const { importArticle } = await import('../pipeline/import/import-article.js')
      const result = await importArticle(raw, { fileName: input, articlesDir: relative(io.cwd, resolve(io.cwd, String(flags['out-dir']))), cwd: io.cwd })
      io.stdout(`${result.path}\n`)
      io.stderr('Fill in the `TODO` values, then run `korpus check`.\n')
      return 0
    }
  },
  check: {
    usage: 'korpus check [paths…]',
    description: 'Validate the registry and the sources; print every problem with its position',
    flags: {
      format: formatFlag,
      frail: { type: 'boolean', description: 'Exit 1 on warnings too', default: false }
    },
    async run(paths, flags, io) {
      const format = asFormat(flags.format)
      const { checkCorpus } = await import('../pipeline/check-corpus.js')
      const { files } = await checkCorpus({ cwd: io.cwd })
      const wanted = paths.map((path) => relative(io.cwd, resolve(io.cwd, path)))
      const covers = (path: string, file: VFile): boolean => path === '' || file.path === path || file.path.startsWith(`${path}/`)
      const unknown = wanted.filter((path) => !files.some((file) => covers(path, file)))
      if (unknown.length > 0) throw new Error(`Cannot check ${unknown.map((path) => `\`${path}\``).join(', ')}: not a source or registry file under corpus/`)
      const shown = wanted.length ? files.filter((file) => wanted.some((path) => covers(path, file))) : files
      const report = formatReport(shown, format)
      ;(format === 'json' || format === 'github' ? io.stdout : io.stderr)(report || (format === 'text' ? 'No problems found.\n' : ''))
      const failed = hasErrors(shown) || (flags.frail === true && shown.some((file) => file.messages.length > 0))
      return failed ? 1 : 0
    }
  },
  build: {
    usage: 'korpus build [--jobs N] [--timings]',
    description: 'Validate, extract and write generated/ (runtime modules and data files); nothing is written on error',
    flags: {
      format: formatFlag,
      jobs: { type: 'string', description: 'Threads for parsing and extraction, the main thread included (unchanged articles come from the build cache; default: the threads this machine offers, `os.availableParallelism()`; 1 for debugging)' },
      timings: { type: 'boolean', description: 'Print where the time went as one line of JSON to stderr (also with the environment variable KORPUS_TIMINGS=1)', default: false }
    },
    async run(_, flags, io) {
      const format = asFormat(flags.format)
      const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs)
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new Error(`Unexpected \`--jobs ${String(flags.jobs)}\`, expected a whole number of threads, 1 or more`)
      const { buildCorpus } = await import('../pipeline/build-corpus.js')
      const { files, corpus, timings, cacheIgnored } = await buildCorpus({ cwd: io.cwd, jobs })
      if (cacheIgnored) io.stderr(`Build cache not used (${cacheIgnored}): every source is prepared again, and the cache written anew.\n`)
      if (flags.timings === true || process.env.KORPUS_TIMINGS === '1') {
        // `startup`: from the start of the process to the start of the build (Node, the launcher, the CLI and build code loading);
        // `peakRssMiB`: the process's peak resident memory, worker threads included.
        io.stderr(`${JSON.stringify({ timings: { startup: performance.now() - timings.total, ...timings, processStart: performance.timeOrigin, processEnd: performance.timeOrigin + performance.now(), peakRssMiB: process.resourceUsage().maxRSS / 1024 } })}\n`)
      }
      const report = formatReport(files, format)
      if (report) (format === 'json' ? io.stdout : io.stderr)(report)
      if (!corpus) {
        io.stderr('Build failed: the previous output was left as it was.\n')
        return 1
      }
      io.stderr(`Built ${corpus.articles.length} articles, ${corpus.entities.length} entities (of ${corpus.registryEntries.length} in the registry), ${corpus.counts.mentions} mentions, ${corpus.counts.quotes} quotes.\n`)
      return 0
    }
  },
  review: {
    usage: 'korpus review [ids… | paths…] [--out DIR]',
    description: 'Write a static HTML page per article (the corpus, or the ids, sources and raw texts named) and an index: mentions by type, quotes with kind, speaker, rule and confidence, corrections',
    flags: { out: { type: 'string', description: 'Folder to write the pages into', default: 'review-pages' } },
    async run(inputs, flags, io) {
      const { writeReviewPages } = await import('../pipeline/review-page/write-review.js')
      const outDir = resolve(io.cwd, String(flags.out))
      const { files, pages, articles } = await writeReviewPages(inputs, { cwd: io.cwd, outDir })
      const report = formatReport(files)
      if (report) io.stderr(report)
      io.stdout(`${relative(io.cwd, pages[0]!)}\n`)
      io.stderr(`Wrote ${pages.length - 1} article page${pages.length === 2 ? '' : 's'} and the index.\n`)
      // A named text that could not be read gets no page.
      return articles.length < inputs.length ? 1 : 0
    }
  },
  verify: {
    usage: 'korpus verify [dir]',
    description: 'Check an installed copy of the package (default: node_modules/nato-russland-korpus, else this repository\'s dist/data) against its SHA256SUMS and manifest; name each file that differs',
    flags: {},
    async run([dir], _, io) {
      const { runVerify } = await import('./verify-command.js')
      return runVerify(dir, io)
    }
  },
  diff: {
    usage: 'korpus diff [git-ref]',
    description: 'Build the corpus at a git ref (default: HEAD) and now, in memory; print what it gains or loses as Markdown: articles, entities, quotes per speaker',
    flags: { json: { type: 'boolean', description: 'Print the diff as JSON', default: false } },
    async run([ref = 'HEAD'], flags, io) {
      const { diffAgainstRef } = await import('../pipeline/diff/diff-against-ref.js')
      const { formatDiff } = await import('../pipeline/diff/format-diff.js')
      const { files, diff } = await diffAgainstRef({ cwd: io.cwd, ref })
      if (!diff) {
        io.stderr(`${formatReport(files)}Cannot diff: the corpus does not build on one side (see above).\n`)
        return 1
      }
      io.stdout(flags.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff, ref))
      return 0
    }
  },
  extract: {
    usage: 'korpus extract <files…> [--json] [--out-dir <dir>] [--explain]',
    description: 'Run the extractor on Markdown sources or raw texts; print their entities and quotes',
    flags: {
      json: { type: 'boolean', description: 'Print JSON in the evaluation format (stdout only)', default: false },
      'out-dir': { type: 'string', description: 'Write <stem>.json per input into this folder instead of printing (implies --json)' },
      explain: { type: 'boolean', description: 'Print per quote the candidate speakers, the sieve that decided and why', default: false }
    },
    async run(inputs, flags, io) {
      if (inputs.length === 0) throw new Error('Missing input, expected a `.md` source or a raw text file')
      const { extractSource, loadRegistryOf } = await import('../pipeline/extract-source.js')
      const registry = await loadRegistryOf(resolve(io.cwd, 'corpus'))
      const outDir = typeof flags['out-dir'] === 'string' ? resolve(io.cwd, flags['out-dir']) : undefined
      if (outDir) await mkdir(outDir, { recursive: true })
      let failed = false
      for (const input of inputs) {
        const { output, file, explanations } = await extractSource(resolve(io.cwd, input), registry, { explain: flags.explain === true })
        if (!output) {
          io.stderr(formatReport([file]))
          failed = true
          continue
        }
        if (flags.explain && explanations) io.stdout(formatExplanations(input, output as ExplainedOutput, explanations))
        else if (outDir) await writeFile(join(outDir, `${basename(input).replace(/\.[^.]*$/, '')}.json`), `${JSON.stringify(output, null, 2)}\n`)
        else if (flags.json) io.stdout(`${JSON.stringify(output, null, 2)}\n`)
        else {
          const { entities, quotes } = output as {
            entities: Array<{ id: string; type: string; name: string }>
            quotes: Array<{ speaker: string | null; kind: string; text: string }>
          }
          for (const entity of entities) io.stdout(`${entity.type.padEnd(12)} ${entity.id.padEnd(32)} ${entity.name}\n`)
          io.stdout('\n')
          for (const quote of quotes) io.stdout(`${(quote.speaker ?? '(unnamed)').padEnd(28)} ${quote.kind.padEnd(8)} ${quote.text}\n`)
        }
      }
      return failed ? 1 : 0
    }
  }
}
