import { defineConfig, type Options } from 'tsup'
// @ts-expect-error: plain JavaScript without declarations (checked with @ts-check)
import { entryPoints as entries } from './scripts/bundle/entry-points.mjs'

const entryPoints: ReadonlyArray<{ name: string; source: string }> = entries

// The published runtime: query code, data, schemas; no parser, no `node:` module.
// `korpus` (the CLI) runs from source in this repository (`npm run korpus`).
//
// The data ships once, and never goes through the bundler. `korpus build`
// writes the data modules in their final form, `generated/runtime/*.js` (plain
// ES modules, data as JSON strings, one per article, for `JSON.parse`; types
// in `*.d.ts`); they are linked into `dist/runtime/` as they are, and both
// `dist/index.js` and `dist/index.cjs` import them from there instead of
// inlining a copy each: Node ≥ 20.19 and ≥ 22.12 `require()` an ES module
// without a flag (hence `engines`), and bundlers handle both. The raw data
// files (`generated/data/`) go to `dist/data/` for the `./data/*` subpath.
// Both are brought into `dist/` by `scripts/bundle.mjs` (the bundle step of
// `npm run build`), which runs tsup only when the code changed, and then writes
// the type declarations (`scripts/bundle/declarations.mjs`): a bare `tsup`
// bundles the code alone, without types. See docs/distribution.md and docs/build.md.

const runtime = /[\\/]generated[\\/]runtime[\\/]([\w-]+)\.js$/

/** Leave imports of the generated data modules as `./runtime/<name>.js` (shared by ESM and CJS). */
const sharedData: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'shared-data-modules',
  setup(build) {
    build.onResolve({ filter: runtime }, (args) => ({ path: `./runtime/${runtime.exec(args.path)![1]}.js`, external: true }))
  }
}

const common = {
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  treeshake: true,
  splitting: false,
  esbuildOptions(options) {
    options.charset = 'utf8'
  }
} satisfies Options

export default defineConfig(() => {
  const configs: Options[] = [
    {
      ...common,
      entry: Object.fromEntries(entryPoints.map((entry) => [entry.name, entry.source])),
      format: ['esm', 'cjs'],
      outDir: 'dist',
      // The declarations come from `scripts/bundle/declarations.mjs` (one emit, no rollup).
      dts: false,
      // `scripts/bundle.mjs` owns these folders.
      clean: ['!runtime/**', '!data/**'],
      external: ['valibot'],
      esbuildPlugins: [sharedData]
    },
    {
      // The published bin: `verify` only (node:crypto, node:fs), no parser.
      ...common,
      entry: { 'korpus-verify': 'src/cli/published-bin.ts' },
      format: ['esm'],
      platform: 'node',
      outDir: 'dist',
      dts: false,
      clean: false
    }
  ]
  return configs
})
