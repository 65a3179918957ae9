import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getArticle, getEntity } from '../../../src/index.js'
import { writeReviewPages } from '../../../src/pipeline/review-page/write-review.js'

const root = join(import.meta.dirname, '../../..')
/** Screenshots and pages of this test (gitignored). */
const artifacts = join(root, '.artifacts/review-page')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
const seed = '2021-11-01-russland-kappt-die-verbindungen-zur-nato'
const hostileFile = 'test/pipeline/review-page/fixtures/hostile.txt'

let browser: Browser

beforeAll(async () => {
  if (!hasChromium) return
  await mkdir(artifacts, { recursive: true })
  await writeReviewPages([seed, hostileFile], { cwd: root, outDir: artifacts })
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/** Open a page of the review folder, recording every request that is not the page itself and every dialog. */
async function open(file: string, width = 1000) {
  const page = await browser.newPage({ viewport: { width, height: 1000 } })
  const requests: string[] = []
  const dialogs: string[] = []
  const url = pathToFileURL(join(artifacts, file)).href
  page.on('request', (request) => void (request.url() !== url && requests.push(request.url())))
  page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()))
  await page.goto(url)
  return { page, requests, dialogs }
}

describe.skipIf(!hasChromium)(`the review page in headless Chromium (skipped without ${executablePath}: \`apt-get install -y chromium\`, or set CHROMIUM_PATH)`, { timeout: 60_000 }, () => {
  it('shows each quote of a seed article with its speaker, in the text and in the list by speaker', async () => {
    const { page, requests } = await open(`${seed}.html`)
    const quotes = getArticle(seed)!.quotes
    expect(quotes.length).toBeGreaterThan(3)
    const shown = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-quote-id]')).map((item) => ({
        id: item.dataset.quoteId,
        speaker: item.dataset.speaker,
        heading: item.closest('section')!.querySelector('h3')!.textContent,
        text: item.querySelector('blockquote')!.textContent,
        badge: document.querySelector(`a.badge[href="#${item.id}"]`)?.textContent,
        inText: document.querySelector(`[data-quote="${CSS.escape(item.dataset.quoteId!)}"]`) !== null
      }))
    )
    expect(shown).toHaveLength(quotes.length)
    for (const quote of quotes) {
      const name = quote.speaker ? getEntity(quote.speaker as never).name : 'Unnamed sources'
      const item = shown.find((entry) => entry.id === quote.id)
      expect(item, quote.id).toMatchObject({ speaker: quote.speaker ?? '', inText: true })
      expect(item!.heading).toContain(name)
      expect(item!.text).toContain(quote.text)
      expect(item!.badge).toContain(`${quote.kind} · ${quote.speaker ? name : 'unnamed'}`)
      expect(item!.badge).toContain(`${quote.attribution} ${quote.confidence.toFixed(2)}`)
    }
    expect(requests).toEqual([])
    await page.screenshot({ path: join(artifacts, `${seed}.png`) })
    await page.close()
  })

  it('fits a phone: nothing wider than the screen', async () => {
    const { page } = await open(`${seed}.html`, 390)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.screenshot({ path: join(artifacts, `${seed}-phone.png`) })
    await page.close()
  })

  it('renders hostile text as text: no script runs, no element comes from the article', async () => {
    const { page, requests, dialogs } = await open('hostile.html')
    const result = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script, img, iframe, object, embed').length,
      bold: document.querySelectorAll('article b, article i').length,
      handlers: Array.from(document.querySelectorAll('*')).flatMap((element) => element.getAttributeNames().filter((name: string) => name.startsWith('on'))),
      text: document.querySelector('article')!.textContent
    }))
    expect(result).toMatchObject({ scripts: 0, bold: 0, handlers: [] })
    expect(result.text).toContain('<script>alert("x")</script> und <img src=x onerror=alert(1)> sollen als Text erscheinen, ebenso </script> und " onmouseover="alert(2)"')
    expect(result.text).toContain('Wir lassen uns nicht einschüchtern </script><b>fett</b>')
    expect([dialogs, requests]).toEqual([[], []])
    await page.screenshot({ path: join(artifacts, 'hostile.png') })
    await page.close()
  })
})
