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

/** The fenced `js` and `ts` blocks of a Markdown text, with the heading of their section. */
function blocks(markdown: string): Array<{ section: string; code: string; before: string }> {
  const found: Array<{ section: string; code: string; before: string }> = []
  for (const match of markdown.matchAll(/```(?:js|ts)\n([\s\S]*?)```/g)) {
    const head = markdown.slice(0, match.index)
    const section = [...head.matchAll(/^##+ (.+)$/gm)].at(-1)?.[1] ?? ''
    found.push({ section, code: match[1]!, before: head.trimEnd().slice(head.trimEnd().lastIndexOf('\n\n')) })
  }
  return found
}

const readmeText = await readFile(join(root, 'README.md'), 'utf8')

it('type-checks every JavaScript and TypeScript block of the README as a strict TypeScript consumer', async () => {
  const ts = (await import('typescript')).default
  const index = await import('../../src/index.js')
  const names = Object.keys(index).join(', ')
  const folder = join(work, 'typed')
  await mkdir(folder, { recursive: true })
  const files: string[] = []
  for (const [number, block] of blocks(readmeText).entries()) {
    if (block.code.includes('require(')) continue
    const code = /^import /m.test(block.code) ? block.code : `import { ${names} } from 'nato-russland-korpus'\n${block.code}`
    const file = join(folder, `block-${number}.ts`)
    await writeFile(file, `${code.replace(/'nato-russland-korpus\/schema'/g, "'../../../../src/schema/index.js'").replace(/'nato-russland-korpus'/g, "'../../../../src/index.js'")}\nexport {}\n`)
    files.push(file)
  }
  expect(files.length).toBeGreaterThan(8)
  const program = ts.createProgram(files, {
    strict: true,
    noUncheckedIndexedAccess: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    skipLibCheck: true,
    noEmit: true
  })
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
    .map((diagnostic) => `${diagnostic.file!.fileName.slice(folder.length + 1)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`)
  expect(errors).toEqual([])
}, 60_000)

it('shows in README comments only results the code gives', async () => {
  const index = await import('../../src/index.js')
  const v = await import('valibot')
  const schema = await import('../../src/schema/index.js')
  const scope: Record<string, unknown> = { ...index, ...schema, v }
  const evaluate = (expression: string): unknown => new Function(...Object.keys(scope), `return (${expression})`)(...Object.values(scope))
  const literal = (text: string): { value: unknown } | undefined => {
    try {
      return { value: new Function(`return (${text})`)() }
    } catch {
      // A claim followed by a remark: `'e3b0…' (64 hex digits)`, `3 (one article …)`.
      const string = /^'([^']*)'/.exec(text)
      if (string) return { value: string[1] }
      const number = /^(\d+)\b/.exec(text)
      return number ? { value: Number(number[1]) } : undefined
    }
  }
  let checked = 0
  for (const block of blocks(readmeText)) {
    const lines = block.code.split('\n')
    lines.forEach((line, index) => {
      const match = /^(\S.*?)\s+\/\/ (.+)$/.exec(line)
      const includes = /^\/\/ includes (.+)$/.exec(lines[index + 1] ?? '')
      if (!match && !includes) return
      if (/^(?:const|let|for|import|if)\b/.test(match?.[1] ?? line)) return
      const expression = (match?.[1] ?? line).replace(/^console\.log\((.*)\)$/, '$1')
      const actual = evaluate(expression)
      if (includes) {
        expect(actual, line).toContain(literal(includes[1]!)!.value)
        checked++
      }
      const claim = match ? literal(match[2]!) : undefined
      if (!claim) return
      checked++
      if (typeof claim.value === 'string' && claim.value.endsWith('…')) expect(String(actual).startsWith(claim.value.slice(0, -1)), line).toBe(true)
      else expect(actual, line).toEqual(claim.value)
    })
  }
  expect(checked).toBeGreaterThan(6)
})

it('names only article ids that exist, in the README and the doc comments of the API', async () => {
  const { articles } = await import('../../src/index.js')
  const ids = new Set(articles.map((article) => article.id))
  const sources = [readmeText, ...(await Promise.all(['articles', 'by-date', 'by-actor', 'quotes-by', 'corpus', 'entities'].map((name) => readFile(join(root, 'src/query', `${name}.ts`), 'utf8'))))]
  const named = sources.flatMap((text) => [...text.matchAll(/'(\d{4}-\d{2}(?:-\d{2})?-[a-z][a-z0-9]*(?:-[a-z0-9]+)*)'/g)].map((match) => match[1]!))
  expect(named.length).toBeGreaterThan(3)
  expect(named.filter((id) => !ids.has(id as never))).toEqual([])
})

it('says to install valibot before a block that imports it', () => {
  const importing = blocks(readmeText).filter((block) => /from 'valibot'/.test(block.code))
  expect(importing.length).toBeGreaterThan(0)
  for (const block of importing) expect(block.before).toMatch(/`npm install valibot`/)
})
