import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import { byActor, byDate, getArticle, quotesBy } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')
const work = join(import.meta.dirname, '.readme')

afterAll(() => rm(work, { recursive: true, force: true }))

/** The first `js` block of the README's Use section, run against the source with its output captured. */
it('runs the README usage example as written and prints real results', async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8')
  const use = readme.slice(readme.indexOf('## Use'), readme.indexOf('## API'))
  const code = /```js\n([\s\S]*?)```/.exec(use)![1]!
  await mkdir(work, { recursive: true })
  const file = join(work, 'use.ts')
  await writeFile(file, code.replace(/from 'nato-russland-korpus'/g, "from '../../../src/index.js'"))
  const lines: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')))
  try {
    await import(file)
  } finally {
    log.mockRestore()
  }
  const january = byDate('2022-01').map((article) => `${article.date} ${article.title}`)
  expect(lines.slice(0, january.length)).toEqual(january)
  expect(lines[january.length]).toBe(String(byActor('Grushko').map((article) => article.id)))
  const direct = quotesBy('Stoltenberg', { kind: 'direct' })
  expect(direct.length).toBeGreaterThan(0)
  expect(lines.slice(january.length + 1, january.length + 1 + direct.length)).toEqual(
    direct.map((quote) => `„${quote.text}“ (${quote.articleId}, paragraph ${quote.paragraph})`)
  )
  expect(lines.at(-1)).toBe(getArticle('2021-11-01-russland-kappt-die-verbindungen-zur-nato')!.paragraphs[1]!.text)
})
