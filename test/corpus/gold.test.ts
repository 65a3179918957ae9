import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { articles, entities } from '../../src/index.js'

const evalDir = join(import.meta.dirname, '../../../shared/eval')
let work: string | undefined

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

// The annotations the package ships (extraction plus corrections), scored with the project's
// scorer against the gold files of the seeds: they must meet the targets of the extraction issue.
it('ships seed annotations that agree with the gold annotations', async () => {
  expect(existsSync(join(evalDir, 'gold'))).toBe(true)
  work = await mkdtemp(join(tmpdir(), 'korpus-gold-'))
  const byId = new Map(entities.map((entity) => [entity.id as string, entity]))
  for (const article of articles) {
    const ids = new Set([...article.mentions.map((m) => m.entity), ...article.quotes.flatMap((q) => [q.speaker, q.via]).filter((id) => id !== null)])
    const output = {
      entities: [...ids].map((id) => ({
        ...byId.get(id)!,
        mentions: article.mentions.filter((mention) => mention.entity === id).map((mention) => ({ text: mention.text }))
      })),
      quotes: article.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, kind: quote.kind }))
    }
    const stem = article.provenance.file.replace(/\.txt$/, '')
    await writeFile(join(work, `${stem}.json`), JSON.stringify(output))
  }
  const { result } = JSON.parse(
    execFileSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', join(evalDir, 'gold'), '--pred', work, '--json'], { encoding: 'utf8' })
  ) as { result: Record<string, { f1: number }> }
  expect(result['person']!.f1).toBeGreaterThanOrEqual(0.95)
  expect(result['organization']!.f1).toBeGreaterThanOrEqual(0.9)
  expect(result['place']!.f1).toBeGreaterThanOrEqual(0.9)
  expect(result['quotes.attribution']!.f1).toBeGreaterThanOrEqual(0.85)
  expect(result['quotes.direct.attribution']!.f1).toBeGreaterThanOrEqual(0.95)
})
