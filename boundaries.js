// The import boundaries of `src/`, checked by `npm run lint` (eslint.config.js)
// and described in docs/build.md ("One path"). Each build stage is a folder of
// `src/pipeline/`; a stage may import the stages before it, never one after
// it. Test: test/lint/boundaries.test.ts.
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

/** Files every part of the build may import: they import nothing of the build themselves. */
const shared = ['src/pipeline/diagnostics.ts', 'src/pipeline/hash.ts', 'src/pipeline/compare-ids.ts']

/**
 * The build stages in the order data flows through them. `source` holds the
 * reading and the text normalization parse already uses; `validate` the
 * schema checks and the registry and corrections files checked with them.
 * `wrap` runs `prepare` (compile/prepare-article.ts) memoised (cache),
 * elsewhere (workers) or packed for both (transport).
 */
const stages = [
  ['source', ['src/pipeline/source', 'src/pipeline/normalize']],
  ['parse', ['src/pipeline/parse']],
  ['validate', ['src/pipeline/validate', 'src/pipeline/registry', 'src/pipeline/corrections']],
  ['extract', ['src/pipeline/extract']],
  ['compile', ['src/pipeline/compile']],
  ['emit', ['src/pipeline/emit']],
  ['wrap', ['src/pipeline/cache', 'src/pipeline/workers', 'src/pipeline/transport']],
  // The commands' library functions, which run the stages (called by src/cli/).
  [
    'command',
    [
      'src/pipeline/build-corpus.ts',
      'src/pipeline/check-corpus.ts',
      'src/pipeline/extract-source.ts',
      'src/pipeline/load-corpus.ts',
      'src/pipeline/diff',
      'src/pipeline/import',
      'src/pipeline/review',
      'src/pipeline/review-page',
      'src/pipeline/verify'
    ]
  ]
]

/** The runtime: what the package's entries import. Browser-safe, never the build. */
const runtime = ['src/query', 'src/schema', 'src/internal', 'src/index.ts', 'src/catalog.ts']

const zones = [
  ...runtime.map((target) => ({
    target,
    from: ['src/pipeline', 'src/cli'],
    message: 'The runtime never imports the build or the CLI (docs/build.md, "One path").'
  })),
  { target: 'src/pipeline', from: 'src/cli', message: 'The build is a library the CLI calls, never the reverse.' },
  ...shared.map((target) => ({
    target,
    from: stages.flatMap(([, folders]) => folders),
    message: 'A shared build module imports no stage of the build.'
  })),
  ...stages.flatMap(([name, folders], index) => {
    const later = stages.slice(index + 1)
    if (later.length === 0) return []
    return folders.map((target) => ({
      target,
      from: later.flatMap(([, from]) => from),
      message: `Stage \`${name}\` imports a later stage (${later.map(([stage]) => stage).join(', ')}): data flows one way (docs/build.md).`
    }))
  }),
  // The wrappers know `prepare` and nothing else of compile.
  ...stages
    .find(([name]) => name === 'wrap')[1]
    .map((target) => ({
      target,
      from: 'src/pipeline/compile',
      except: ['./prepare-article.ts'],
      message: 'The cache, workers and transport wrap `prepare`: import compile/prepare-article.ts, not compile’s internals.'
    }))
]

export const boundaries = [
  {
    files: ['src/**/*.ts', 'test/lint/fixtures/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { 'import-x': importX },
    settings: {
      // Files the cycle check parses to follow their imports.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      // Sources import `./x.js` for `./x.ts` (TypeScript's node16 style).
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } })]
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }]
    }
  }
]
