import { configDefaults, defineConfig } from 'vitest/config'

// `npm test`: everything but the packed-tarball consumer tests, which run
// separately (`npm run test:package`, see vitest.package.config.ts).
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'test/package/**', '.scratch/**']
  }
})
