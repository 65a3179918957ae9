import { readdirSync, readFileSync } from 'node:fs'
import { rm, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { synthCorpusDir, synthProject } from '../fixtures/synth-project.js'
import { korpus, root } from './_project.js'

// `korpus check` and `korpus build` on the synthetic fixture corpus (12
// articles, frozen): expected results come from the fixture, so a new article
// in corpus/ changes none of them.
const articleFiles = readdirSync(join(synthCorpusDir, 'articles')).filter((name) => name.endsWith('.md'))
const registryEntries = readdirSync(join(synthCorpusDir, 'registry'))
  .map((name) => readFileSync(join(synthCorpusDir, 'registry', name), 'utf8').match(/^- id: /gm)?.length ?? 0)
  .reduce((sum, count) => sum + count, 0)
const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter(Boolean)

let dir: string
beforeAll(async () => {
  dir = await synthProject()
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('korpus check and build on the synthetic fixture', { timeout: 60_000 }, () => {
  it('checks it with no error, warning of each unlisted name, and fails with --frail', async () => {
    const result = await korpus(dir, ['check', '--format', 'json'])
    expect(result.code).toBe(0)
    const messages = JSON.parse(result.stdout) as Array<{ file: string; line: number; column: number; severity: string; ruleId: string }>
    // 15 unlisted names since the first-name lists find `Nele Lindqvist` and `Lennart Pfeilsticker`.
    expect(messages.map((message) => `${message.severity} ${message.ruleId}`)).toEqual(Array.from({ length: 15 }, () => 'warning entity-unknown'))
    // Each in a fixture article, at a real line of it.
    for (const message of messages) {
      const source = readFileSync(join(dir, message.file), 'utf8').split('\n')
      expect(articleFiles).toContain(message.file.replace('corpus/articles/', ''))
      expect(source[message.line - 1]!.length).toBeGreaterThanOrEqual(message.column)
    }
    expect((await korpus(dir, ['check', '--frail'])).code).toBe(1)
  })

  it('builds it, summing up the counts of what it wrote', async () => {
    const result = await korpus(dir, ['build'])
    expect(result.code).toBe(0)
    const data = join(dir, 'generated', 'data')
    expect(lines(join(data, 'articles', '00000.jsonl'))).toHaveLength(articleFiles.length)
    expect(lines(join(data, 'registry.jsonl'))).toHaveLength(registryEntries)
    const [entities, mentions, quotes] = ['entities.jsonl', 'mentions/00000.jsonl', 'quotes/00000.jsonl'].map((name) => lines(join(data, name)).length)
    expect(quotes).toBeGreaterThan(articleFiles.length)
    expect(result.stderr).toContain(`Built ${articleFiles.length} articles, ${entities} entities (of ${registryEntries} in the registry), ${mentions} mentions, ${quotes} quotes.\n`)
  })
})
