// The DuckDB thread of `startDuckDb` (src/pipeline/emit/duckdb.ts): opens the
// database as soon as it starts, then runs the statements it is sent, in order.
import { parentPort } from 'node:worker_threads'
import { type DuckDbAnswer, type DuckDbRequest, openDuckDb } from './duckdb.js'

const opened = openDuckDb()
// A DuckDB that fails to load is each statement's error, not the thread's.
opened.catch(() => undefined)
let queue: Promise<unknown> = opened.catch(() => undefined)

parentPort?.on('message', (message: DuckDbRequest) => {
  if (message.type === 'close') {
    queue = queue
      .then(() => opened)
      .then((db) => db.close())
      .catch(() => undefined)
      .finally(() => parentPort!.close())
    return
  }
  queue = queue.then(async () => {
    let answer: DuckDbAnswer = { id: message.id }
    try {
      await (await opened).run(message.statement)
    } catch (error) {
      answer = { id: message.id, error: error instanceof Error ? error.message : String(error) }
    }
    parentPort!.postMessage(answer)
  })
})
