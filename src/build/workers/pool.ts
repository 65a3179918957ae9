import { Worker } from 'node:worker_threads'
import type { PreparedArticle } from './prepare-article.js'
import type { WorkerInit, WorkerResult, WorkerTask } from './prepare-worker.js'

/** Sources per message to a worker. */
const batchSize = 25

/**
 * Prepare sources (parse, validate, extract) on `jobs` worker threads. Results
 * come back in input order, so the build’s output does not depend on which
 * worker did what.
 *
 * @param sources
 *   Decoded sources (`path` as reported, `value` the text).
 * @param registry
 *   The registry files as decoded text (each worker loads them itself).
 * @param options
 *   `jobs`: number of threads (default: 2); `today`: as for validation.
 * @returns
 *   One result per source: the prepared article, or `undefined` when the main
 *   thread must process it (it has messages).
 */
export async function prepareInWorkers(
  sources: ReadonlyArray<{ path: string; value: string }>,
  registry: ReadonlyArray<{ path: string; value: string }>,
  options: { jobs?: number | undefined; today?: string | undefined } = {}
): Promise<Array<PreparedArticle | undefined>> {
  const results: Array<PreparedArticle | undefined> = new Array(sources.length)
  const jobs = Math.max(1, Math.min(options.jobs ?? 2, Math.ceil(sources.length / batchSize)))
  let next = 0
  const workers: Worker[] = []
  try {
    await Promise.all(
      Array.from({ length: jobs }, async () => {
        const worker = new Worker(new URL('./worker.mjs', import.meta.url))
        workers.push(worker)
        await new Promise<void>((resolve, reject) => {
          worker.once('error', reject)
          worker.once('exit', (code) => reject(new Error(`Unexpected exit of a build worker with code ${code}`)))
          worker.postMessage({ type: 'init', registry: [...registry], today: options.today } satisfies WorkerInit)
          const send = (): void => {
            if (next >= sources.length) {
              resolve()
              return
            }
            const start = next
            next = Math.min(sources.length, start + batchSize)
            worker.postMessage({ type: 'task', id: start, sources: sources.slice(start, next) } satisfies WorkerTask)
          }
          worker.on('message', (message: WorkerResult | { ready: true }) => {
            if ('ready' in message) return send()
            message.results.forEach((result, offset) => (results[message.id + offset] = result))
            send()
          })
        })
      })
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
