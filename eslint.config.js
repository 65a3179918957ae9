// Two lint steps, no formatting or general style:
// - regular expressions: every RegExp in `src/` and `scripts/` must be free of
//   super-linear backtracking (ReDoS) and of the mistakes that make a pattern
//   match something other than what it says;
// - boundaries (see `boundaries.js`): no import from a later build stage into
//   an earlier one, none from the runtime into the build or the CLI, no cycle.
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'
import { boundaries } from './boundaries.js'

export default [
  { ignores: ['dist/**', 'generated/**', '.generated/**', 'node_modules/**', 'coverage/**', 'test/lint/fixtures/**'] },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { regexp },
    rules: {
      // Time: exponential or polynomial backtracking, and quadratic scans with `g`/search.
      'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }],
      'regexp/no-super-linear-move': ['error', { report: 'certain', ignoreSticky: true, ignorePartial: false }],
      'regexp/no-dupe-disjunctions': ['error', { report: 'interesting' }],
      // Correctness: patterns that do not mean what they say.
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-misleading-unicode-character': 'error',
      'regexp/no-contradiction-with-assertion': 'error',
      'regexp/no-invalid-regexp': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-empty-character-class': 'error',
      'regexp/no-lazy-ends': 'error',
      'regexp/no-optional-assertion': 'error',
      'regexp/no-useless-backreference': 'error',
      'regexp/no-dupe-characters-character-class': 'error',
      'regexp/no-obscure-range': 'error',
      'regexp/no-control-character': 'error',
      'regexp/confusing-quantifier': 'error',
      'regexp/control-character-escape': 'error'
    }
  },
  ...boundaries
]
