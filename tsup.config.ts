import { defineConfig } from 'tsup'

// The published runtime: data + query code, no parser, no `node:` module.
// `korpus` (the CLI) runs from source in this repository (`npm run korpus`).
export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['valibot']
})
