import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, expect, inject, it } from 'vitest'
import { articles } from '../../src/index.js'
import { run } from './run.js'

const consumer = inject('consumer')

/** Pieces of every article body: 40 characters from the middle of each paragraph, without characters the data modules escape (quotes, backslashes, anything above U+00FF). */
const bodies = articles.flatMap((article) =>
  article.paragraphs
    .filter((paragraph) => paragraph.type === 'paragraph' && paragraph.text.length > 60)
    .map((paragraph) => paragraph.text.slice(20, 60))
    .filter((piece) => !/["'\\\u0100-\uffff]/.test(piece))
)

async function bundle(name: string, source: string): Promise<string> {
  await writeFile(join(consumer, name), source)
  const result = await build({
    absWorkingDir: consumer,
    entryPoints: [name],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent'
  })
  const code = result.outputFiles[0]!.text
  await writeFile(join(consumer, `${name}.bundle.mjs`), code)
  return code
}

beforeAll(() => {
  expect(bodies.length).toBeGreaterThan(0)
})

it('bundles a program that imports only `byDate` without any article body', async () => {
  const code = await bundle('by-date.mjs', "import { byDate } from 'nato-russland-korpus'\nconsole.log(JSON.stringify(byDate('2022-01').map((article) => article.id)))\n")
  expect(bodies.filter((piece) => code.includes(piece))).toEqual([])
  expect(code).not.toContain('valibot')
  const result = await run(process.execPath, ['by-date.mjs.bundle.mjs'], { cwd: consumer })
  expect(JSON.parse(result.stdout)).toEqual(articles.filter((article) => article.date.startsWith('2022-01')).map((article) => article.id))
})

it('keeps the bodies in a bundle that reads them (the check above can fail)', async () => {
  const code = await bundle('get-article.mjs', "import { getArticle } from 'nato-russland-korpus'\nconsole.log(getArticle('x'))\n")
  expect(bodies.every((piece) => code.includes(piece))).toBe(true)
})
