/**
 * Child process of `npm run bench`: query latency of the runtime API over a
 * built synthetic corpus, against a naive linear scan over the same data in
 * the same process. The project folder holds a copy of `src/query`,
 * `src/schema` and `src/index.ts` next to its `generated/`, so this measures
 * the shipped query code unchanged. Prints one JSON object on stdout.
 *
 * Usage: tsx scripts/bench/query-run.ts --project DIR [--calls N]
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type * as Api from '../../src/index.js'
import { summarize } from './stats.js'

const { values } = parseArgs({ options: { project: { type: 'string' }, calls: { type: 'string', default: '20000' } } })
const api = (await import(pathToFileURL(join(values.project!, 'src', 'index.ts')).href)) as typeof Api
const { articles, byActor, byDate, dateInterval, entities, getArticle, quotes, quotesBy, resolveActor } = api

// Queries: the 40 persons quoted most, by name; days, months and three-month ranges that have articles; ids.
const quoted = new Map<string, number>()
for (const quote of quotes) if (quote.speaker) quoted.set(quote.speaker, (quoted.get(quote.speaker) ?? 0) + 1)
const actors = [...quoted]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, 40)
  .map(([id]) => entities.find((entity) => entity.id === id)!.name)
const step = Math.max(1, Math.floor(articles.length / 200))
const days = articles.filter((article) => article.date.length === 10).filter((_, index) => index % step === 0).map((article) => article.date)
const months = [...new Set(articles.map((article) => article.date.slice(0, 7)))]
const ranges = months.map((month) => {
  const [year, number] = month.split('-').map(Number) as [number, number]
  const to = number + 2 > 12 ? `${year + 1}-${String(number - 10).padStart(2, '0')}` : `${year}-${String(number + 2).padStart(2, '0')}`
  return { from: month, to } as const
})
const ids = articles.filter((_, index) => index % step === 0).map((article) => article.id)

// Naive: the same name resolution, then a scan over every record.
const naiveIds = (actor: string): readonly string[] => resolveActor(actor)
const naive = {
  byActor: (actor: string) => {
    const found = naiveIds(actor)
    return articles.filter((article) => article.entityIds.some((id) => found.includes(id)))
  },
  quotesBy: (actor: string) => {
    const found = naiveIds(actor)
    return quotes.filter((quote) => quote.speaker !== null && found.includes(quote.speaker))
  },
  byDate: (query: string | { from: string; to: string }) => {
    const [start, end] = typeof query === 'string' ? dateInterval(query) : [dateInterval(query.from)[0], dateInterval(query.to)[1]]
    return articles.filter((article) => {
      const [first, last] = dateInterval(article.date)
      return last >= start && first <= end
    })
  },
  getArticle: (id: string) => articles.find((article) => article.id === id)
}

let sink = 0
/** Per-call latency in µs over `calls` calls cycling through `inputs`; the first call (index build) is timed apart. */
function measure<T>(inputs: readonly T[], run: (input: T) => unknown, calls: number): { first: number; median: number; p99: number; n: number } {
  let start = process.hrtime.bigint()
  run(inputs[0]!)
  const first = Number(process.hrtime.bigint() - start) / 1e3
  for (let index = 0; index < Math.min(calls, 200); index++) run(inputs[index % inputs.length]!)
  const samples: number[] = []
  for (let index = 0; index < calls; index++) {
    const input = inputs[index % inputs.length]!
    start = process.hrtime.bigint()
    const result = run(input)
    samples.push(Number(process.hrtime.bigint() - start) / 1e3)
    sink += Array.isArray(result) ? result.length : result ? 1 : 0
  }
  return { first, ...summarize(samples) }
}

const indexedCalls = Number(values.calls)
const naiveCalls = Math.max(50, Math.min(2_000, Math.floor(2_000_000 / Math.max(1, articles.length))))
const cases = [
  ['byActor', actors, (actor: string) => byActor(actor), naive.byActor],
  ['quotesBy', actors, (actor: string) => quotesBy(actor), naive.quotesBy],
  ['byDate (day)', days, (day: string) => byDate(day as never), naive.byDate],
  ['byDate (month)', months, (month: string) => byDate(month as never), naive.byDate],
  ['byDate (range)', ranges, (range: { from: string; to: string }) => byDate(range as never), naive.byDate],
  ['getArticle', ids, (id: string) => getArticle(id), naive.getArticle]
] as const

const results: Record<string, unknown> = {}
for (const [name, inputs, indexed, scan] of cases) {
  // Both must give the same answer before their speed is compared.
  for (const input of inputs as readonly unknown[]) {
    const key = (value: unknown): string => JSON.stringify(Array.isArray(value) ? value.map((item: { id: string }) => item.id) : (value as { id?: string } | undefined)?.id)
    const [fast, slow] = [(indexed as (input: unknown) => unknown)(input), (scan as (input: unknown) => unknown)(input)]
    if (key(fast) !== key(slow)) throw new Error(`Unexpected different results of ${name}(${JSON.stringify(input)}) and its linear scan`)
  }
  const fast = measure(inputs as readonly unknown[], indexed as (input: unknown) => unknown, indexedCalls)
  const slow = measure(inputs as readonly unknown[], scan as (input: unknown) => unknown, naiveCalls)
  results[name] = { indexed: fast, naive: slow, speedup: slow.median / fast.median }
}
process.stdout.write(`${JSON.stringify({ articles: articles.length, quotes: quotes.length, actors: actors.length, results, sink: sink > 0 })}\n`)
