import { parentPort } from 'node:worker_threads'
import type { Registry } from '../registry/registry.js'
import { emptyStageTimes, type StageTimes } from '../stage-times.js'
import { type PreparedRecord, prepareRecord } from '../transport/prepared-record.js'

/** First message to a worker: the loaded registry and today. */
export interface WorkerInit {
  type: 'init'
  registry: Registry
  today: string | undefined
}

/** A batch of sources to prepare. */
export interface WorkerTask {
  type: 'task'
  id: number
  sources: Array<{ path: string; value: string }>
}

/** A worker’s answer to a task, one result per source in order. */
export interface WorkerResult {
  id: number
  results: Array<PreparedRecord | undefined>
  /** Time of each stage over the batch. */
  times: StageTimes
}

let registry: Registry = []
let today: string | undefined

parentPort?.on('message', (message: WorkerInit | WorkerTask) => {
  if (message.type === 'init') {
    registry = message.registry
    today = message.today
    return
  }
  const times = emptyStageTimes()
  const results = message.sources.map(({ path, value }) => prepareRecord(path, value, registry, today, times))
  // The bytes move to the main thread instead of being copied: each array has a buffer of its own.
  const buffers = results.flatMap((result) => (result ? [result.body, ...Object.values(result.compiled.lines), ...Object.values(result.compiled.modules)] : []))
  parentPort!.postMessage({ id: message.id, results, times } satisfies WorkerResult, [...new Set(buffers.flatMap((bytes) => (bytes ? [bytes.buffer as ArrayBuffer] : [])))])
})
parentPort?.postMessage({ ready: true })
