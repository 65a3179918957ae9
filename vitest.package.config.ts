import { defineConfig } from 'vitest/config'

// `npm run test:package`: the published package as consumers get it. Packs
// the built `dist/` once (global setup), installs the tarball into a fresh
// temporary project, and checks it with publint, attw, Node 20/22/24 (ESM and
// CJS), TypeScript (node16 and bundler), esbuild, headless Chromium and the
// size budgets. Needs `npm run build` first.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    globalSetup: ['test/package/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000
  }
})
