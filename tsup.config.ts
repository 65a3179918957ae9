import { cp, readdir, rm } from 'node:fs/promises'
import { defineConfig, type Options } from 'tsup'

// The published runtime: query code, data, schemas; no parser, no `node:` module.
// `korpus` (the CLI) runs from source in this repository (`npm run korpus`).
//
// The data ships once. `generated/runtime/*.ts` become ES modules in
// `dist/runtime/` (data as JSON strings, one per article, for `JSON.parse`), and
// both `dist/index.js` and `dist/index.cjs` import them from there instead of
// inlining a copy each: Node ≥ 20.19 and ≥ 22.12 `require()` an ES module
// without a flag (hence `engines`), and bundlers handle both. The raw data
// files (`generated/data/`) are copied to `dist/data/` for the `./data/*`
// subpath. See docs/distribution.md.

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

export default defineConfig(async () => {
  const modules = (
    await readdir('generated/runtime').catch(() => {
      throw new Error('Cannot find `generated/runtime/`, expected `korpus build` to run before tsup (`npm run build` does both)')
    })
  )
    .filter((file) => file.endsWith('.ts'))
    .sort()
  const configs: Options[] = [
    {
      ...common,
      entry: { index: 'src/index.ts', catalog: 'src/catalog.ts', schema: 'src/schema/index.ts' },
      format: ['esm', 'cjs'],
      outDir: 'dist',
      dts: true,
      // The other config owns these folders.
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
    },
    {
      ...common,
      entry: Object.fromEntries(modules.map((file) => [file.slice(0, -3), `generated/runtime/${file}`])),
      format: ['esm'],
      outDir: 'dist/runtime',
      dts: false,
      clean: true,
      async onSuccess() {
        await rm('dist/data', { recursive: true, force: true })
        await cp('generated/data', 'dist/data', { recursive: true, dereference: true })
      }
    }
  ]
  return configs
})
