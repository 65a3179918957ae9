// @ts-check
/**
 * The type declarations of the published entry points, written by the
 * TypeScript compiler in this process: one declaration emit of the entry
 * points (no type check beyond what the emit needs; `npm test` runs `tsc`),
 * laid out in `dist/types/` as a tree that mirrors the project (`src/…`, and
 * the generated declarations the code imports, `generated/runtime/…`), each
 * file twice: `*.d.ts` for `import`, `*.d.cts` for `require` (relative
 * imports rewritten to `.cjs`, so each tree stays in its module format).
 * Each entry point gets a `dist/<name>.d.ts` and `.d.cts` that re-exports its
 * tree file.
 *
 * It replaces tsup's `dts` option, which bundled the same declarations with
 * rollup twice (once per format) and took about three times the CPU time of
 * this emit (see docs/performance.md).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { entryPoints } from './entry-points.mjs'

/** Folder of `dist/` with the declaration tree. */
export const typesFolder = 'types'

/**
 * Relative import specifiers of a declaration file (`from './x.js'`,
 * `import('./x.js')`), for the `.d.cts` copy.
 */
const relativeJs = /(\bfrom\s*|\bimport\(\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g

/**
 * The `.d.cts` form of a `.d.ts` file's text: relative imports of `.js` become `.cjs`.
 *
 * @param {string} text
 * @returns {string}
 */
export function toCommonJsDeclaration(text) {
  return text.replace(relativeJs, (_, keyword, quote, path) => `${keyword}${quote}${path}.cjs${quote}`)
}

/**
 * A slash path relative to `dist/` for a file under `root`, in the tree.
 *
 * @param {string} root
 * @param {string} file
 * @returns {string}
 */
function treePath(root, file) {
  return `${typesFolder}/${relative(root, file).split(sep).join('/')}`
}

/**
 * Emit the declarations of every entry point into `dist/`.
 *
 * @param {string} root
 *   Project folder (with `tsconfig.json`, `src/`, `generated/runtime/`).
 * @returns {Promise<string[]>}
 *   The files written, relative to `dist/`, sorted.
 * @throws
 *   `Error` listing the compiler's messages when the emit reports any.
 */
export async function writeDeclarations(root) {
  const ts = createRequire(join(root, 'package.json'))('typescript')
  const configFile = join(root, 'tsconfig.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    { noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: root, outDir: join(root, 'dist', typesFolder), types: [], incremental: false },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (/** @type {any} */ diagnostic) => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')) } }
  )
  if (!parsed) throw new Error(`Cannot read ${configFile}`)
  const rootNames = entryPoints.map((entry) => join(root, entry.source))
  const program = ts.createProgram({ rootNames, options: parsed.options })
  /** @type {Map<string, string>} */
  const files = new Map()
  const result = program.emit(undefined, (/** @type {string} */ file, /** @type {string} */ text) => {
    files.set(relative(join(root, 'dist'), file).split(sep).join('/'), text)
  })
  const problems = [...ts.getConfigFileParsingDiagnostics(parsed), ...result.diagnostics]
  if (problems.length > 0 || result.emitSkipped) {
    const host = { getCanonicalFileName: (/** @type {string} */ name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' }
    throw new Error(`Type declarations not written:\n${ts.formatDiagnostics(problems, host)}`)
  }
  // Generated declarations the code imports (the id unions) are inputs, not emitted: copy them into the tree.
  for (const source of program.getSourceFiles()) {
    const path = relative(root, source.fileName)
    if (source.isDeclarationFile && !path.startsWith('..') && !path.split(sep).includes('node_modules')) {
      files.set(treePath(root, source.fileName), source.text)
    }
  }
  for (const entry of entryPoints) {
    const target = treePath(root, join(root, entry.source)).replace(/\.ts$/, '.js')
    files.set(`${entry.name}.d.ts`, `export * from './${target}'\n`)
  }
  for (const [path, text] of [...files]) files.set(path.replace(/\.d\.ts$/, '.d.cts'), toCommonJsDeclaration(text))
  const written = [...files.keys()].sort()
  for (const path of written) {
    const file = join(root, 'dist', path)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, files.get(path) ?? '')
  }
  return written
}
