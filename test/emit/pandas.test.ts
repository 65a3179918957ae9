import { execFileSync, spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { articles, byDate, entities, getArticle, quotes, quotesBy } from '../../src/index.js'
import { sectionSnippet, snippet } from './doc-snippets.js'
import { dataDir } from './read-data.js'

/** The first Python with pandas: `$PYTHON`, `python3` on the PATH, or Debian’s (`apt-get install python3-pandas`). */
const python = [process.env.PYTHON, 'python3', '/usr/bin/python3'].find(
  (candidate) => candidate && spawnSync(candidate, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0
)
const hasPandas = python !== undefined

/** Why the test is skipped here, and how to run it: in its name, which vitest prints with the skip. */
const skipped = hasPandas ? '' : 'SKIPPED: no Python with pandas found ($PYTHON, python3); install it with `apt-get install python3-pandas` or `pip install pandas`, or set PYTHON=/path/to/python. Test: '

it.skipIf(!hasPandas)(`${skipped}gives the counts of \`quotesBy\` and \`byDate\` with the documented pandas snippet`, () => {
  const script = `${snippet('python')}\nimport json\nprint(json.dumps({"speaker": {k: int(v) for k, v in per_speaker.items()}, "month": {k: int(v) for k, v in per_month.items()}}))\n`
  const output = execFileSync(python!, ['-c', script], { cwd: dataDir, encoding: 'utf8' })
  const result = JSON.parse(output.trimEnd().split('\n').at(-1)!) as { speaker: Record<string, number>; month: Record<string, number> }
  const speakers = [...new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))]
  const months = [...new Set(articles.map((article) => article.date.slice(0, 7)))]
  expect(result.speaker).toEqual(Object.fromEntries(speakers.map((id) => [id, quotesBy(id).length])))
  expect(result.month).toEqual(Object.fromEntries(months.map((month) => [month, byDate(month as never).length])))
})

/** The first Python with pandas and a Parquet engine (pyarrow or fastparquet); Debian 12 packages neither, `pip install pyarrow` adds it. */
const parquetPython = [process.env.PYTHON, 'python3', '/usr/bin/python3'].find(
  (candidate) =>
    candidate && spawnSync(candidate, ['-c', 'import pandas\ntry:\n import pyarrow\nexcept ImportError:\n import fastparquet'], { stdio: 'ignore' }).status === 0
)

/** Reads every Parquet table with `pandas.read_parquet` and prints the records and column dtypes as JSON. */
const readParquetScript = `
import datetime, json, sys
from glob import glob
import numpy as np
import pandas as pd

def plain(value):
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [plain(item) for item in value]
    if isinstance(value, (datetime.date, pd.Timestamp)):
        return value.isoformat()[:10]
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value

result = {}
for table in ["articles", "entities", "mentions", "quotes"]:
    # A table in blocks (articles/00000.parquet, …) is its blocks in name order.
    paths = sorted(glob(f"{table}/*.parquet")) or [f"{table}.parquet"]
    frame = pd.concat([pd.read_parquet(path) for path in paths], ignore_index=True)
    result[table] = {
        "dtypes": {column: str(dtype) for column, dtype in frame.dtypes.items()},
        "rows": [plain(row) for row in frame.to_dict("records")],
    }
print(json.dumps(result))
`

/** A record as Parquet gives it back: a month date as its first day. */
function asParquet(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => asParquet(item))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, asParquet(item, name)]))
  if (typeof value === 'string' && ['date', 'from', 'to'].includes(key) && /^\d{4}-\d{2}$/.test(value)) return `${value}-01`
  return value
}

it.skipIf(!parquetPython)('reads the Parquet files with `pandas.read_parquet` as the records of the API (skipped without pyarrow: `pip install pyarrow`, or set PYTHON)', () => {
  const output = execFileSync(parquetPython!, ['-c', readParquetScript], { cwd: dataDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const result = JSON.parse(output) as Record<string, { dtypes: Record<string, string>; rows: unknown[] }>
  expect(result.articles!.rows).toEqual(
    articles.map((meta) => {
      const { mentions: _m, quotes: _q, ...record } = getArticle(meta.id)!
      return asParquet({ ...record })
    })
  )
  expect(result.entities!.rows).toEqual(entities.map((entity) => asParquet({ ...entity })))
  expect(result.mentions!.rows).toEqual(articles.flatMap((meta) => getArticle(meta.id)!.mentions.map((mention) => ({ ...mention }))))
  expect(result.quotes!.rows).toEqual(quotes.map((quote) => ({ ...quote })))
  // Offsets are integers and confidence a float, not text or objects.
  expect([result.quotes!.dtypes.start, result.quotes!.dtypes.confidence, result.entities!.dtypes.provisional]).toEqual(['int32', 'float64', 'bool'])
})

it.skipIf(!parquetPython)('gives the counts of `quotesBy` and `byDate` with the documented Parquet snippet (skipped without pyarrow: `pip install pyarrow`, or set PYTHON)', () => {
  const script = `${sectionSnippet('Parquet', 'python')}\nimport json\nprint(json.dumps({"speaker": {k: int(v) for k, v in per_speaker.items()}, "month": {k: int(v) for k, v in per_month.items()}}))\n`
  const output = execFileSync(parquetPython!, ['-c', script], { cwd: dataDir, encoding: 'utf8' })
  const result = JSON.parse(output.trimEnd().split('\n').at(-1)!) as { speaker: Record<string, number>; month: Record<string, number> }
  const speakers = [...new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))]
  const months = [...new Set(articles.map((article) => article.date.slice(0, 7)))]
  expect(result.speaker).toEqual(Object.fromEntries(speakers.map((id) => [id, quotesBy(id).length])))
  expect(result.month).toEqual(Object.fromEntries(months.map((month) => [month, byDate(month as never).length])))
})
