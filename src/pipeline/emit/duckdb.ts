import { Worker } from 'node:worker_threads'

/**
 * A DuckDB to run SQL statements in, one at a time: on this thread
 * (`openDuckDb`), or on a thread of its own started ahead of use
 * (`startDuckDb`).
 */
export interface DuckDb {
  /** Run one statement (after the ones before it); rejects with DuckDB's error. */
  run(statement: string): Promise<void>
  /** Close it; statements still running finish first. Resolves once it is closed (its thread, if any, ended). */
  close(): Promise<void>
}

/**
 * Open an in-memory DuckDB on this thread, set up so that the same input
 * always gives the same output: one thread, insertion order kept.
 *
 * @returns
 *   The database (`@duckdb/node-api`, a build-time dependency, is loaded now).
 */
export async function openDuckDb(): Promise<DuckDb> {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
  const connection = await instance.connect()
  await connection.run('SET preserve_insertion_order = true')
  return {
    run: async (statement) => void (await connection.run(statement)),
    close: async () => {
      connection.closeSync()
      instance.closeSync()
    }
  }
}

/** A message to the DuckDB thread (src/pipeline/emit/duckdb-thread.ts). */
export type DuckDbRequest = { type: 'run'; id: number; statement: string } | { type: 'close' }

/** The DuckDB thread's answer to a `run`: `error` is DuckDB's message when it failed. */
export interface DuckDbAnswer {
  id: number
  error?: string
}

/**
 * Start loading DuckDB on a thread of its own, so that loading the library
 * and opening the database (about 0.3 s) overlap the build's other steps
 * instead of adding to the emit. Nothing waits for the thread while no
 * statement runs: a build that needs no Parquet neither waits for it nor is
 * kept alive by it. Should the thread itself fail (not DuckDB in it, whose
 * errors are the statements'), the statements run on this thread.
 *
 * @returns
 *   The database; `close` it when done.
 */
export function startDuckDb(): DuckDb {
  // From source a shim loads the TypeScript through tsx; the bundled build tool has `duckdb-worker.mjs` beside it.
  const worker = new Worker(new URL('./duckdb-worker.mjs', import.meta.url))
  worker.unref()
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void; statement: string }>()
  let local: Promise<DuckDb> | undefined
  let failed = false
  let closed = false
  let next = 0
  const runLocally = (statement: string): Promise<void> => (local ??= openDuckDb()).then((db) => db.run(statement))
  // The thread is gone: what it had not answered runs here.
  const fail = (): void => {
    if (failed || closed) return
    failed = true
    for (const [id, waiting] of pending) {
      pending.delete(id)
      runLocally(waiting.statement).then(waiting.resolve, waiting.reject)
    }
  }
  worker.on('message', (answer: DuckDbAnswer) => {
    const waiting = pending.get(answer.id)
    if (!waiting) return
    pending.delete(answer.id)
    if (pending.size === 0) worker.unref()
    if (answer.error === undefined) waiting.resolve()
    else waiting.reject(new Error(answer.error))
  })
  worker.on('error', fail)
  worker.on('exit', fail)
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  return {
    run(statement) {
      if (failed) return runLocally(statement)
      return new Promise((resolve, reject) => {
        const id = ++next
        pending.set(id, { resolve, reject, statement })
        worker.ref()
        worker.postMessage({ type: 'run', id, statement } satisfies DuckDbRequest)
      })
    },
    async close() {
      closed = true
      if (!failed) worker.postMessage({ type: 'close' } satisfies DuckDbRequest)
      // Kept alive until it has ended: with nothing else to do, Node would otherwise leave the wait unsettled.
      worker.ref()
      // Ended, not only asked to: a process that exits at once (scripts/build.mjs) must not stop DuckDB's native code half-way.
      await Promise.all([exited, local?.then((db) => db.close(), () => undefined)])
    }
  }
}
