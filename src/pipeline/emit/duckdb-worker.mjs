// Entry of the DuckDB thread from source: loads the TypeScript through tsx's
// namespaced loader (as src/pipeline/workers/worker.mjs does). The bundled
// build tool has its own `duckdb-worker.mjs` (scripts/korpus.mjs).
import { tsImport } from 'tsx/esm/api'

await tsImport('./duckdb-thread.ts', import.meta.url)
