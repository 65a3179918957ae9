import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { type Document, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml'
import { reportError } from '../diagnostics.js'
import { parsePlainYaml } from './plain-yaml.js'

/** YAML with a way to find where each key and value is. */
export interface ParsedYaml {
  /** The parsed YAML document. */
  document: Document
  /** The data as plain JS (`undefined` when the YAML has errors). */
  data: unknown
  /**
   * Where a key or its value is.
   *
   * @param path Keys (and indices) from the root.
   * @param which `'key'` for the key itself, `'value'` (default) for its value.
   * @returns The start point of the deepest node of the path that exists.
   */
  placeOf(path: ReadonlyArray<PropertyKey>, which?: 'key' | 'value'): Point
}

/**
 * Parse YAML that sits in `file` at `base` (an offset), reporting syntax
 * errors and duplicate keys as errors with their line and column. Aliases are
 * refused (no billion-laughs expansion) and keys such as `__proto__` stay plain
 * data. Plain frontmatter (see `parsePlainYaml`) is read without the full
 * parser, which then runs only when a position is asked for.
 *
 * @param file
 *   File the YAML is in.
 * @param yaml
 *   The YAML text.
 * @param base
 *   Offset of `yaml` in the file.
 * @param toPoint
 *   Maps a file offset to a point (`vfile-location`).
 * @returns
 *   The parsed YAML.
 */
export function parseYaml(file: VFile, yaml: string, base: number, toPoint: (offset: number) => Point | undefined): ParsedYaml {
  const pointAt = (offset: number): Point => toPoint(base + offset) ?? { line: 1, column: 1 }
  const plain = parsePlainYaml(yaml)
  if (plain !== undefined) {
    // No errors to report: positions need the document, parsed on first use.
    let document: Document | undefined
    const full = (): Document => (document ??= parseYamlDocument(yaml))
    return {
      get document() {
        return full()
      },
      data: plain,
      placeOf: (path, which = 'value') => placeIn(full(), path, which, pointAt)
    }
  }

  const document = parseYamlDocument(yaml)
  for (const error of document.errors) {
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    const opening = error.code === 'MISSING_CHAR' && /quote/.test(reason) ? unclosedQuote(yaml) : undefined
    reportError(file, `Unexpected YAML: ${reason}`, error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax', {
      place: pointAt(opening ?? error.pos[0]),
      note: 'Check indentation, colons and quotes around values that contain `:` or `#`.'
    })
  }

  let data: unknown
  if (document.errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 0 })
    } catch (error) {
      reportError(file, `Unexpected YAML alias, expected plain values (${String((error as Error).message)})`, 'yaml-syntax', { place: pointAt(0) })
    }
  }

  return { document, data, placeOf: (path, which = 'value') => placeIn(document, path, which, pointAt) }
}

function parseYamlDocument(yaml: string): Document {
  return parseDocument(yaml, { uniqueKeys: true, prettyErrors: false })
}

/** Where the deepest node of `path` that exists starts (see `ParsedYaml.placeOf`). */
function placeIn(document: Document, path: ReadonlyArray<PropertyKey>, which: 'key' | 'value', pointAt: (offset: number) => Point): Point {
  let node: unknown = document.contents
  let found: Point = pointAt((node as { range?: [number] } | null)?.range?.[0] ?? 0)
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
      if (!pair) break
      const keyRange = (pair.key as { range?: [number, number, number] }).range
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range
      found = pointAt((which === 'key' || !valueRange ? keyRange : valueRange)?.[0] ?? 0)
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined
      if (!item) break
      if (item.range) found = pointAt(item.range[0])
      node = item
    } else break
  }
  return found
}

/**
 * Offset of the quote that opens a quoted value left unclosed: the parser
 * notices only at the end of the document, but the contributor wants the line
 * where the quote starts.
 */
function unclosedQuote(yaml: string): number | undefined {
  let offset = 0
  for (const line of yaml.split('\n')) {
    const match = /^(?:\s*-\s+|[^#"']*?:\s+)(["'])/.exec(line)
    if (match) {
      const quote = match[1]!
      const rest = line.slice(match[0].length).replace(quote === '"' ? /\\./g : /''/g, '')
      if (!rest.includes(quote)) return offset + match[0].length - 1
    }
    offset += line.length + 1
  }
  return undefined
}
