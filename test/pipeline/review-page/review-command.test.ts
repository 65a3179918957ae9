import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/run-cli.js'
import { getArticle } from '../../../src/index.js'

const root = join(import.meta.dirname, '../../..')
const fixtures = relative(root, join(import.meta.dirname, 'fixtures'))
const seed = '2021-11-01-russland-kappt-die-verbindungen-zur-nato'
let out: string

async function review(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['review', ...argv, '--out', out], {
    cwd: root,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: async () => new Uint8Array()
  })
  return { code, stdout, stderr }
}

/** `[quote id, speaker]` of each quote in a page's list by speaker. */
function listed(html: string): string[][] {
  return [...html.matchAll(/data-quote-id="([^"]+)" data-speaker="([^"]*)"/g)].map((match) => [match[1]!, match[2]!])
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'korpus-review-'))
})
afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('korpus review', { timeout: 60_000 }, () => {
  it('writes the page of a corpus article by id, with every quote and its speaker, and an index', async () => {
    const { code, stdout, stderr } = await review(seed)
    expect([code, stderr]).toEqual([0, 'Wrote 1 article page and the index.\n'])
    expect(stdout).toBe(`${relative(root, join(out, 'index.html'))}\n`)
    expect((await readdir(out)).sort()).toEqual([`${seed}.html`, 'index.html'])
    const html = await readFile(join(out, `${seed}.html`), 'utf8')
    const quotes = getArticle(seed)!.quotes
    expect(quotes.length).toBeGreaterThan(3)
    expect(listed(html)).toEqual(expect.arrayContaining(quotes.map((quote) => [quote.id, quote.speaker ?? ''])))
    expect(listed(html)).toHaveLength(quotes.length)
    for (const quote of quotes) expect(html).toContain(`data-quote="${quote.id}"`)
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain(`<a href="${seed}.html">`)
  })

  it('takes the source path of a corpus article as its id', async () => {
    const { code } = await review(`corpus/articles/${seed}.md`)
    expect(code).toBe(0)
    expect(await readFile(join(out, `${seed}.html`), 'utf8')).toContain('<span class="status corpus">in the corpus</span>')
  })

  it('reviews a raw text not in the corpus, with the corrections file beside it shown and applied', async () => {
    const { code } = await review(`${fixtures}/entwurf.txt`)
    expect(code).toBe(0)
    const html = await readFile(join(out, 'entwurf.html'), 'utf8')
    expect(html).toContain('<span class="status draft">not in the corpus</span>')
    // setSpeakers: the quote is Putin's now, marked as a correction; addMentions: flagged in the text.
    expect(listed(html)).toContainEqual(['entwurf#q1', 'wladimir-putin'])
    expect(html).toMatch(/<a class="badge direct corrected" href="#list-q1"[^>]*>q1 · direct · Wladimir Putin · correction 1\.00<\/a>/)
    expect(html).toMatch(/<mark class="m organization" data-entity="nato"[^>]*>Osterweiterung<span class="tag">ORG<\/span><span class="flag"[^>]*>FIX<\/span><\/mark>/)
    expect(html).toContain(`<code>${fixtures}/entwurf.corrections.yaml</code>`)
  })

  it('exits 1 and names an input that is neither an article id nor a file', async () => {
    const { code, stderr } = await review('2099-01-01-gibt-es-nicht')
    expect(code).toBe(1)
    expect(stderr).toBe('Cannot find `2099-01-01-gibt-es-nicht`, expected an article id of the corpus or a Markdown source or raw text file\n')
  })

  it('is listed in `korpus --help`', async () => {
    let stdout = ''
    await runCli(['--help'], { cwd: root, stdout: (text) => void (stdout += text), stderr: () => {}, stdin: async () => new Uint8Array() })
    expect(stdout).toContain('  korpus review [ids… | paths…] [--out DIR]\n')
    expect(stdout).toContain('--out <value>  Folder to write the pages into (default: review-pages)')
  })
})
