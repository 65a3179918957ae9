import { execFileSync, spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { articles, byDate, quotes, quotesBy } from '../../src/index.js'
import { snippet } from './doc-snippets.js'
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
