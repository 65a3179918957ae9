import { parentPort } from 'node:worker_threads'
import { VFile } from 'vfile'
import { loadRegistry } from '../registry/load-registry.js'
import type { Registry } from '../registry/registry.js'
import { type PreparedArticle, prepareArticle } from './prepare-article.js'

/** First message to a worker: the registry files and today. */
export interface WorkerInit {
  type: 'init'
  registry: Array<{ path: string; value: string }>
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
  results: Array<PreparedArticle | undefined>
}

let registry: Registry = []
let today: string | undefined

parentPort?.on('message', (message: WorkerInit | WorkerTask) => {
  if (message.type === 'init') {
    registry = loadRegistry(message.registry.map((file) => new VFile(file)))
    today = message.today
    return
  }
  const results = message.sources.map(({ path, value }) => prepareArticle(path, value, registry, today))
  parentPort!.postMessage({ id: message.id, results } satisfies WorkerResult)
})
parentPort?.postMessage({ ready: true })
