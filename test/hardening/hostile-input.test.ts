import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { importArticle } from '../../src/pipeline/import/import-article.js'
import { loadCorpus, maxSourceBytes } from '../../src/pipeline/load-corpus.js'
import { parseSource } from '../../src/pipeline/parse/parse-source.js'
import { validateBody } from '../../src/pipeline/validate/validate-body.js'
import { validateFrontmatter } from '../../src/pipeline/validate/validate-frontmatter.js'
import { asSource } from '../../scripts/adversarial/inputs.js'
import { anyText, propertyRuns } from './_arbitraries.js'
import { root } from './_project.js'

let work: string
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'korpus-hostile-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

function check(text: string, path = 'corpus/articles/2022-01-x.md') {
  const file = new VFile({ path, value: text })
  const source = parseSource(file)
  const frontmatter = source.frontmatter ? validateFrontmatter(file, source.frontmatter, { today: '2022-12-31' }) : undefined
  const bodyOk = validateBody(source)
  return { file, frontmatter, bodyOk, rules: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`) }
}

describe('frontmatter cannot pollute prototypes', () => {
  it('reports `__proto__`, `constructor` and `prototype` keys as unknown keys, at any depth', () => {
    const text = asSource('2022-01-x', 'Ein Absatz.').replace(
      'language: de\n',
      'language: de\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nprototype: {polluted: yes}\n'
    ).replace('  file: raw.txt\n', '  file: raw.txt\n  __proto__: {polluted: yes}\n')
    const { rules, frontmatter } = check(text)
    expect(frontmatter).toBeUndefined()
    expect(rules).toEqual(['10:1 frontmatter-unknown-key', '12:1 frontmatter-unknown-key', '15:1 frontmatter-unknown-key', '24:3 frontmatter-unknown-key'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
  })

  it('keeps Object.prototype clean for any key name', () => {
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'), fc.string({ maxLength: 12 }))
    fc.assert(
      fc.property(key, key, (outer, inner) => {
        const text = asSource('2022-01-x', 'Ein Absatz.').replace('language: de\n', `language: de\n${JSON.stringify(outer)}:\n  ${JSON.stringify(inner)}: {polluted: yes}\n`)
        check(text)
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      propertyRuns
    )
  })
})

describe('file names made from text stay inside corpus/articles', () => {
  const hostile = ['../../../etc/passwd', '/etc/passwd', 'C:\\Windows\\system32', 'CON', 'nul', 'NUL.txt', 'aux', 'COM1', 'LPT1', '.', '..', '...', '~', '$HOME', '%00', '\u202eexe.md', 'ﬁle', '𝔑𝔞𝔱𝔬']

  it('derives a safe name from hostile leads and dates', async () => {
    const dir = join(work, 'corpus/articles')
    for (const [index, lead] of hostile.entries()) {
      const raw = `${index % 2 ? ' date 2021-10 ' : ''}${lead} ${lead}\n\nZweiter Absatz.`
      const { path, id } = await importArticle(new TextEncoder().encode(raw), { fileName: lead, articlesDir: dir })
      expect(resolve(dirname(path))).toBe(resolve(dir))
      expect(basename(path)).toMatch(/^(?:\d{4}-\d{2}-|undated-)[a-z0-9]+(?:-[a-z0-9]+)*(?:-\d+)?\.md$/)
      expect(id).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)$/i)
      await rm(path)
    }
    expect(await readdir(work)).toEqual(['corpus'])
  })

  it('derives a safe name from any text', async () => {
    const dir = join(work, 'corpus/articles')
    await fc.assert(
      fc.asyncProperty(anyText, async (raw) => {
        const text = raw.replace(/\0/g, '')
        const { path } = await importArticle(new TextEncoder().encode(text), { fileName: 'raw.txt', articlesDir: dir })
        expect(resolve(dirname(path))).toBe(resolve(dir))
        expect(basename(path)).toMatch(/^[a-z0-9-]+\.md$/)
        await rm(path)
      }),
      { ...propertyRuns, numRuns: 60 }
    )
  })

  it('never writes through a link planted where the new file would go', async () => {
    const dir = join(work, 'corpus/articles')
    await mkdir(dir, { recursive: true })
    const raw = new TextEncoder().encode(' date 2021-10 Die Nato tagt.\n\nZweiter Absatz.')
    const { path } = await importArticle(raw, { fileName: 'a.txt', articlesDir: join(work, 'probe') })
    await symlink(join(work, 'outside.md'), join(dir, basename(path)))
    await expect(importArticle(raw, { fileName: 'a.txt', articlesDir: dir })).rejects.toMatchObject({ code: 'EEXIST' })
    await expect(readFile(join(work, 'outside.md'))).rejects.toThrow()
  })
})

describe('the corpus folder refuses links, odd files and oversized files', () => {
  const article = asSource('2022-01-x', 'Ein Absatz.')

  async function corpus(): Promise<string> {
    const dir = join(work, 'corpus')
    await mkdir(join(dir, 'articles'), { recursive: true })
    await mkdir(join(dir, 'registry'), { recursive: true })
    for (const name of ['persons.yaml', 'organizations.yaml', 'places.yaml']) await writeFile(join(dir, 'registry', name), '[]\n')
    return dir
  }
  const errors = (files: VFile[]) => files.flatMap((file) => file.messages.filter((message) => message.fatal).map((message) => `${file.path} ${message.ruleId}`))

  it('refuses a symbolic link to a file', async () => {
    const dir = await corpus()
    await writeFile(join(work, 'secret.md'), article)
    await symlink(join(work, 'secret.md'), join(dir, 'articles/2022-01-x.md'))
    const { articles } = await loadCorpus(dir, work)
    expect(errors(articles)).toEqual(['corpus/articles/2022-01-x.md file-symlink'])
    expect(String(articles[0]!.value)).toBe('')
  })

  it('refuses a symbolic link to a folder (articles, registry or corpus itself)', async () => {
    const dir = await corpus()
    await mkdir(join(work, 'elsewhere'))
    await writeFile(join(work, 'elsewhere/2022-01-x.md'), article)
    await rm(join(dir, 'articles'), { recursive: true })
    await symlink(join(work, 'elsewhere'), join(dir, 'articles'))
    expect(errors((await loadCorpus(dir, work)).articles)).toEqual(['corpus/articles file-symlink'])
    await symlink(dir, join(work, 'linked-corpus'))
    expect(errors((await loadCorpus(join(work, 'linked-corpus'), work)).articles)).toEqual(['linked-corpus file-symlink', 'linked-corpus/articles file-symlink'])
  })

  it('refuses a folder named like a source instead of crashing', async () => {
    const dir = await corpus()
    await mkdir(join(dir, 'articles/2022-01-x.md'))
    expect(errors((await loadCorpus(dir, work)).articles)).toEqual(['corpus/articles/2022-01-x.md file-not-regular'])
  })

  it(`refuses an article over ${maxSourceBytes} bytes with a message that gives both sizes`, async () => {
    const dir = await corpus()
    await writeFile(join(dir, 'articles/2022-01-x.md'), article + 'Ein Satz. '.repeat(maxSourceBytes / 10))
    const { articles } = await loadCorpus(dir, work)
    expect(errors(articles)).toEqual(['corpus/articles/2022-01-x.md file-too-large'])
    expect(articles[0]!.messages[0]!.reason).toMatch(new RegExp(`^Unexpected file of \\d+ bytes, expected at most ${maxSourceBytes} bytes`))
  })
})

describe('raw HTML and unsafe links are refused at check', () => {
  const samples: Array<[string, string]> = [
    ['<script>alert(1)</script>', 'body-html'],
    ['Text <script>alert(1)</script> mehr.', 'body-html'],
    ['<img src=x onerror=alert(1)>', 'body-html'],
    ['Ein Bild <img src=x onerror="alert(1)"> im Satz.', 'body-html'],
    ['<iframe src="https://example.org"></iframe>', 'body-html'],
    ['<!-- versteckt -->', 'body-html'],
    ['Ein <svg onload=alert(1)> Bild.', 'body-html'],
    ['[x](javascript:alert(1))', 'body-unsafe-link'],
    ['[x](JaVaScRiPt:alert(1))', 'body-unsafe-link'],
    ['[x]( javascript:alert(1) )', 'body-unsafe-link'],
    ['[x](data:text/html,<script>alert(1)</script>)', 'body-unsafe-link'],
    ['[x](vbscript:msgbox)', 'body-unsafe-link'],
    ['![b](data:image/svg+xml,<svg onload=alert(1)>)', 'body-unsafe-link'],
    ['<javascript:alert(1)>', 'body-unsafe-link'],
    ['<data:text/html,x>', 'body-unsafe-link'],
    ['[x][ref]\n\n[ref]: javascript:alert(1)', 'body-unsafe-link'],
    ['[x](&#106;avascript:alert(1))', 'body-unsafe-link'],
    ['[x](java&#x09;script:alert(1))', 'body-unsafe-link']
  ]

  for (const [body, rule] of samples) {
    it(`refuses ${JSON.stringify(body)} (${rule})`, () => {
      const { rules, bodyOk } = check(asSource('2022-01-x', `Ein Absatz.\n\n${body}\n`))
      expect(bodyOk).toBe(false)
      // Some samples parse as HTML or as a definition rather than a link: refused all the same.
      expect(rules.map((entry) => entry.split(' ')[1]).filter((id) => [rule, 'body-html', 'body-unsafe-link', 'body-unexpected-node'].includes(id!))).not.toEqual([])
    })
  }

  it('accepts plain web links and escaped angle brackets', () => {
    const { rules, bodyOk } = check(asSource('2022-01-x', 'Ein [Link](https://example.org/a?b=c) und \\<b\\> als Text, mailto: [m](mailto:a@example.org).\n'))
    expect(rules).toEqual([])
    expect(bodyOk).toBe(true)
  })
})

describe('the published runtime never evaluates text or renders HTML', () => {
  const forbidden = /\beval\s*\(|new\s+Function\b|\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|\bdocument\.|dangerouslySetInnerHTML|\bimport\s*\(\s*[^'"`\s]/

  async function files(dir: string, suffix: RegExp): Promise<string[]> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
    return entries.filter((entry) => entry.isFile() && suffix.test(entry.name)).map((entry) => join(entry.parentPath, entry.name))
  }

  it('has none of eval, new Function, innerHTML or document. in src/query, src/schema, src/index.ts or dist/*.js', async () => {
    const paths = [
      ...(await files(join(root, 'src/query'), /\.ts$/)),
      ...(await files(join(root, 'src/schema'), /\.ts$/)),
      join(root, 'src/index.ts'),
      ...(await files(join(root, 'dist'), /\.(?:c|m)?js$/))
    ]
    expect(paths.length).toBeGreaterThan(5)
    const hits: string[] = []
    for (const path of paths) {
      const text = await readFile(path, 'utf8')
      text.split('\n').forEach((line, index) => {
        if (forbidden.test(line)) hits.push(`${path.slice(root.length + 1)}:${index + 1}: ${line.trim().slice(0, 100)}`)
      })
    }
    expect(hits).toEqual([])
  })
})
