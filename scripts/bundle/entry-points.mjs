// @ts-check
/**
 * The entry points of the published runtime, shared by tsup (the code) and
 * `declarations.mjs` (the types): `dist/<name>.js`, `.cjs`, `.d.ts`, `.d.cts`.
 *
 * @type {ReadonlyArray<{ name: string, source: string }>}
 */
export const entryPoints = [
  { name: 'index', source: 'src/index.ts' },
  { name: 'catalog', source: 'src/catalog.ts' },
  { name: 'schema', source: 'src/schema/index.ts' }
]
