import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import * as runtime from '../../src/index.js'
import { summarizeSource } from './programs.js'
import { summarize } from './summarize.js'

const consumer = inject('consumer')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' }

let server: Server
let browser: Browser
let origin: string
const requested: string[] = []

/** Where the `import` condition of a package’s export points, as a URL path under the consumer. */
async function resolveImport(name: string, subpath = '.'): Promise<string> {
  const manifest = JSON.parse(await readFile(join(consumer, 'node_modules', name, 'package.json'), 'utf8')) as { exports: Record<string, { import: { default: string } }> }
  return `/node_modules/${name}/${manifest.exports[subpath]!.import.default.replace(/^\.\//, '')}`
}

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`Cannot find Chromium at \`${executablePath}\`, expected \`apt-get install -y chromium\` (see .ci/run) or \`CHROMIUM_PATH\``)
  const imports = {
    'nato-russland-korpus': await resolveImport('nato-russland-korpus'),
    'nato-russland-korpus/schema': await resolveImport('nato-russland-korpus', './schema'),
    valibot: await resolveImport('valibot')
  }
  const page = `<!doctype html>
<meta charset="utf-8">
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module">
import * as k from 'nato-russland-korpus'
import { ArticleMetaSchema } from 'nato-russland-korpus/schema'
import * as v from 'valibot'
${summarizeSource}
try {
  window.result = { summary: summarize(k), schema: k.articles.every((article) => v.is(ArticleMetaSchema, k.byDate(article.date).find((meta) => meta.id === article.id))) }
} catch (error) {
  window.result = { error: String(error && error.stack || error) }
}
</script>
`
  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    if (path === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    requested.push(path)
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
      return
    }
    try {
      const body = await readFile(join(consumer, path))
      response.writeHead(200, { 'content-type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8` }).end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

it('runs every query helper from the ESM build in headless Chromium', async () => {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(origin)
  await page.waitForFunction(() => 'result' in window, undefined, { timeout: 30_000 })
  const result = await page.evaluate(() => (window as unknown as { result: unknown }).result)
  expect(errors).toEqual([])
  expect(result).toEqual({ summary: summarize(runtime), schema: true })
  // Only the package’s own ES modules (the data modules and their blocks) and valibot were loaded: no CommonJS, no raw data.
  expect(requested.filter((path) => path !== '/' && !/^\/node_modules\/(nato-russland-korpus\/dist\/(index|schema|runtime\/[\w-]+(?:\/\d{5})?)\.js|valibot\/dist\/index\.mjs)$/.test(path))).toEqual([])
  expect(requested).toContain('/node_modules/nato-russland-korpus/dist/runtime/texts/00000.js')
  await page.close()
})
