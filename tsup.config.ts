import { copyFile, cp, mkdir, readdir, rm } from 'node:fs/promises'
import { defineConfig, type Options } from 'tsup'

// The published runtime: query code, data, schemas; no parser, no `node:` module.
// `korpus` (the CLI) runs from source in this repository (`npm run korpus`).
//
// The data ships once, and never goes through the bundler. `korpus build`
// writes the data modules in their final form, `generated/runtime/*.js` (plain
// ES modules, data as JSON strings, one per article, for `JSON.parse`; types
// in `*.d.ts`); they are copied to `dist/runtime/` as they are, and both
// `dist/index.js` and `dist/index.cjs` import them from there instead of
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

/** Copy what `korpus build` wrote for the runtime and the `./data/*` subpath into `dist/`. */
async function copyData(): Promise<void> {
  const modules = (
    await readdir('generated/runtime').catch(() => {
      throw new Error('Cannot find `generated/runtime/`, expected `korpus build` to run before tsup (`npm run build` does both)')
    })
  ).filter((file) => file.endsWith('.js'))
  await rm('dist/runtime', { recursive: true, force: true })
  await mkdir('dist/runtime', { recursive: true })
  for (const file of modules) await copyFile(`generated/runtime/${file}`, `dist/runtime/${file}`)
  await rm('dist/data', { recursive: true, force: true })
  await cp('generated/data', 'dist/data', { recursive: true, dereference: true })
}

export default defineConfig(() => {
  const configs: Options[] = [
    {
      ...common,
      entry: { index: 'src/index.ts', catalog: 'src/catalog.ts', schema: 'src/schema/index.ts' },
      format: ['esm', 'cjs'],
      outDir: 'dist',
      dts: true,
      // `copyData` owns these folders.
      clean: ['!runtime/**', '!data/**'],
      external: ['valibot'],
      esbuildPlugins: [sharedData],
      onSuccess: copyData
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
