// Worker entry: loads the TypeScript worker through tsx's namespaced loader, so
// it runs the same under `tsx`, vitest and plain node (the build runs from source).
import { tsImport } from 'tsx/esm/api'

await tsImport('./prepare-worker.ts', import.meta.url)
