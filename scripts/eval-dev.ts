// Dev harness for the extractor: run `extract` over the raw seeds and the
// WikiNews evaluation texts, write `toEvalOutput` JSON to a temp dir and score
// both with ../shared/eval/score.mjs.
//
//   npx tsx scripts/eval-dev.ts             # both tables
//   npx tsx scripts/eval-dev.ts --verbose   # with misses and false positives
//   npx tsx scripts/eval-dev.ts --seeds     # seeds only
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { parse } from 'yaml'
import type { Paragraph } from '../src/schema/article.js'
import type { Entity } from '../src/schema/entity.js'
import { extract, toEvalOutput } from '../src/build/extract/index.js'

const shared = resolve(process.env.KORPUS_SHARED ?? '../shared')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const keep = args.includes('--keep')

function loadRegistry(): Entity[] {
  const entities: Entity[] = []
  for (const [file, type] of [['persons.yaml', 'person'], ['organizations.yaml', 'organization'], ['places.yaml', 'place']] as const) {
    const path = join('corpus/registry', file)
    if (!existsSync(path)) continue
    const data = parse(readFileSync(path, 'utf8')) as Array<Record<string, unknown>> | null
    for (const entry of data ?? []) {
      entities.push({
        id: String(entry.id),
        type,
        name: String(entry.name),
        wikidata: (entry.wikidata as string | null) ?? null,
        aliases: (entry.aliases as string[] | undefined) ?? [],
        roles: ((entry.roles as Entity['roles'] | undefined) ?? []).map((role) => ({ title: role.title, nouns: role.nouns ?? [], from: role.from ?? null, to: role.to ?? null })),
        kind: (entry.kind as string | undefined) ?? null,
        provisional: false
      })
    }
  }
  return entities
}

/** Split a raw seed like the importer: blank-line paragraphs, no date marker, caption, dateline or agency credit. */
function seedParagraphs(raw: string): Paragraph[] {
  let text = raw.replace(/\r\n?/g, '\n').replace(/^\s*date[ \t]+\d{4}-\d{2}(?:-\d{2})?[ \t]*/, '')
  const blocks = text.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean)
  if (blocks[0] && /(?:Foto|Bild)\s*:/.test(blocks[0])) blocks.shift()
  if (blocks[0]) blocks[0] = blocks[0].replace(/^\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*){0,2}[ \t]+[-–][ \t]+(?=\S)/u, '')
  const lastIndex = blocks.length - 1
  if (lastIndex >= 0) blocks[lastIndex] = blocks[lastIndex]!.replace(/\s*\([A-Za-z]{1,12}(?:\/[A-Za-z-]{1,12}){0,4}\)\s*$/, '')
  text = ''
  return blocks.map((block) => ({ type: block.length < 60 && !/[.!?:"“»«]$/.test(block) ? 'heading' : 'paragraph', text: block }))
}

function wikinewsParagraphs(raw: string): Paragraph[] {
  return raw.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean).map((text) => ({ type: 'paragraph' as const, text }))
}

const registry = loadRegistry()
const work = mkdtempSync(join(tmpdir(), 'extract-dev-'))
const sets = [
  { name: 'Seeds', texts: join(shared, 'seeds'), gold: join(shared, 'eval/gold'), split: seedParagraphs, extra: [] as string[] },
  { name: 'WikiNews (quote spans)', texts: join(shared, 'eval/wikinews/articles'), gold: join(shared, 'eval/wikinews/gold'), split: wikinewsParagraphs, extra: ['--spans-only'] }
].slice(0, args.includes('--seeds') ? 1 : 2)

console.log(`registry: ${registry.length} entries`)
for (const set of sets) {
  const out = join(work, set.name.replace(/\W+/g, '-'))
  mkdirSync(out, { recursive: true })
  const files = readdirSync(set.texts).filter((name) => name.endsWith('.txt')).sort()
  const started = performance.now()
  for (const name of files) {
    const stem = basename(name, '.txt')
    const paragraphs = set.split(readFileSync(join(set.texts, name), 'utf8'))
    const extraction = extract({ articleId: stem.toLowerCase().replace(/[^a-z0-9]+/g, '-'), paragraphs }, registry)
    writeFileSync(join(out, `${stem}.json`), JSON.stringify(toEvalOutput(extraction, registry), null, 2))
  }
  const ms = performance.now() - started
  console.log(`\n## ${set.name}: ${files.length} articles, ${ms.toFixed(0)} ms${keep ? ` → ${out}` : ''}\n`)
  console.log(execFileSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', set.gold, '--pred', out, ...set.extra, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' }))
}
