import { expect, it } from 'vitest'
// @ts-expect-error: plain JavaScript without declarations (checked with @ts-check)
import { toCommonJsDeclaration } from '../../scripts/bundle/declarations.mjs'

it('points the relative imports of a `.d.cts` copy at `.cjs` files, and leaves packages and other specifiers alone', () => {
  const text = [
    "import type { ArticleId } from '../../generated/runtime/catalog.js';",
    'export * from "./query/corpus.js";',
    "export type { Quote } from './schema/quote.js';",
    "type Lazy = import('./query/articles.js').Article;",
    "import * as v from 'valibot';",
    "import type { X } from './data.json';",
    "// see './notes.js' in a comment"
  ].join('\n')
  expect(toCommonJsDeclaration(text).split('\n')).toEqual([
    "import type { ArticleId } from '../../generated/runtime/catalog.cjs';",
    'export * from "./query/corpus.cjs";',
    "export type { Quote } from './schema/quote.cjs';",
    "type Lazy = import('./query/articles.cjs').Article;",
    "import * as v from 'valibot';",
    "import type { X } from './data.json';",
    "// see './notes.js' in a comment"
  ])
})
