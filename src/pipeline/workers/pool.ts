import { Worker } from 'node:worker_threads'
import type { Registry } from '../registry/registry.js'
import { addStageTimes, type StageTimes } from '../stage-times.js'
import type { PreparedRecord } from '../transport/prepared-record.js'
import type { WorkerInit, WorkerResult, WorkerTask } from './prepare-worker.js'

/** Sources per message to a worker. */
const batchSize = 16
/**
 * Batches a worker holds at once: while it works on one, the next waits in
 * its queue, so it never idles until the main thread, busy with a batch of its
 * own, gets around to answering its last result.
 */
const inFlight = 2

/** A decoded source. */
export interface Source {
  /** Path as reported. */
  path: string
  /** Decoded text. */
  value: string
}

/** Options of `prepareInWorkers`. */
export interface PoolOptions {
  /** Threads in all, the main thread included (default: 2: the main thread and one worker). */
  jobs?: number | undefined
  /** Today as `YYYY-MM-DD`, as for validation. */
  today?: string | undefined
  /** Prepare one source in the main thread (it takes batches too while the workers run). */
  local: (source: Source) => PreparedRecord | undefined
  /** Add the workers' stage times to these (the main thread's own are `local`'s to count). */
  times?: StageTimes | undefined
  /** Called with each record as it arrives (with its index); what it returns is kept instead (the build spills the record's bytes to disk). */
  received?: ((record: PreparedRecord, index: number) => PreparedRecord) | undefined
}

/**
 * Prepare sources (parse, validate, extract) on `jobs - 1` worker threads and
 * the main thread, which pull batches from one queue. Results come back in
 * input order, so the build’s output does not depend on which thread did what.
 *
 * @param sources
 *   Decoded sources.
 * @param registry
 *   The loaded registry (copied to each worker: loading it again from the
 *   files would cost each worker a third of a second).
 * @param options
 *   Configuration.
 * @returns
 *   One result per source: the prepared record, or `undefined` when
 *   `compileCorpus` must process it (it has messages).
 */
export async function prepareInWorkers(
  sources: readonly Source[],
  registry: Registry,
  options: PoolOptions
): Promise<Array<PreparedRecord | undefined>> {
  const results: Array<PreparedRecord | undefined> = new Array(sources.length)
  const received = options.received
  const set = (index: number, result: PreparedRecord | undefined): void => void (results[index] = result && received ? received(result, index) : result)
  const workerCount = Math.max(0, Math.min((options.jobs ?? 2) - 1, Math.ceil(sources.length / batchSize) - 1))
  let next = 0
  const take = (): [number, number] | undefined => {
    if (next >= sources.length) return undefined
    const start = next
    next = Math.min(sources.length, start + batchSize)
    return [start, next]
  }
  const workers: Worker[] = []
  const remote = Array.from({ length: workerCount }, async () => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url))
    workers.push(worker)
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`Unexpected exit of a build worker with code ${code}`)))
      worker.postMessage({ type: 'init', registry, today: options.today } satisfies WorkerInit)
      let pending = 0
      const send = (): void => {
        const batch = take()
        if (!batch) {
          if (pending === 0) resolve()
          return
        }
        pending++
        worker.postMessage({ type: 'task', id: batch[0], sources: sources.slice(batch[0], batch[1]) } satisfies WorkerTask)
      }
      worker.on('message', (message: WorkerResult | { ready: true }) => {
        if ('ready' in message) {
          for (let index = 0; index < inFlight; index++) send()
          return
        }
        pending--
        message.results.forEach((result, offset) => set(message.id + offset, result))
        if (options.times) addStageTimes(options.times, message.times)
        send()
      })
    })
  })
  const local = (async () => {
    for (let batch = take(); batch; batch = take()) {
      for (let index = batch[0]; index < batch[1]; index++) set(index, options.local(sources[index]!))
      // Let worker messages in between batches.
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  try {
    await Promise.all([local, ...remote])
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
