import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { entities } from '../../src/index.js'
import { run } from './run.js'

const consumer = inject('consumer')
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const known = entities[0]!.id

/** A program that uses every helper with its types; must compile. */
const program = (from: string, schema: string) => `import { byActor, byDate, corpusVersion, entities, getArticle, getEntity, manifest, quotes, quotesBy, resolveActor, type Article, type ArticleMeta, type EntityId, type Quote } from '${from}'
import { ArticleMetaSchema } from '${schema}'
import * as v from 'valibot'

const metas: readonly ArticleMeta[] = byDate({ from: '2021-10', to: '2022-01' })
const id: EntityId = ${JSON.stringify(known)}
const name: string = getEntity(id).name
const article: Article | undefined = getArticle(metas[0]!.id)
const text: string | undefined = article?.paragraphs[0]?.text
const said: readonly Quote[] = quotesBy(id, { kind: 'direct' })
const actors: readonly EntityId[] = resolveActor('Stoltenberg')
const valid: boolean = v.is(ArticleMetaSchema, metas[0])
const hashes: Record<string, string> = manifest.articles
// Ids are typed end to end: a speaker, a relay and a mention's entity are \`EntityId\`s, an article's id an \`ArticleId\`.
for (const quote of quotes) if (quote.speaker !== null) console.log(getEntity(quote.speaker).name, quote.via && getEntity(quote.via).name, quote.spans.length)
const known: Article = getArticle(quotes[0]!.articleId)
const first: EntityId | undefined = known.mentions.map((mention) => getEntity(mention.entity).id)[0]
console.log(first, name, text, said.length, actors, valid, hashes, corpusVersion, byActor(id).length, entities.length, quotes.length)
`

/** Calls `getEntity` with an id that is not in the corpus: must be TS2345. */
const bad = (from: string) => `import { getEntity } from '${from}'

getEntity('no-such-id')
`

const configs = {
  node16: { module: 'node16', moduleResolution: 'node16', files: ['esm.mts', 'cjs.cts', 'bad.mts'] },
  bundler: { module: 'esnext', moduleResolution: 'bundler', files: ['bundler.ts', 'bad-bundler.ts'] }
} as const

beforeAll(async () => {
  const folder = join(consumer, 'ts')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'esm.mts'), program('nato-russland-korpus', 'nato-russland-korpus/schema'))
  await writeFile(join(folder, 'cjs.cts'), `${program('nato-russland-korpus', 'nato-russland-korpus/schema')}export {}\n`)
  await writeFile(join(folder, 'bundler.ts'), program('nato-russland-korpus', 'nato-russland-korpus/schema'))
  await writeFile(join(folder, 'bad.mts'), bad('nato-russland-korpus'))
  await writeFile(join(folder, 'bad-bundler.ts'), bad('nato-russland-korpus'))
  for (const [name, config] of Object.entries(configs)) {
    await writeFile(
      join(folder, `tsconfig.${name}.json`),
      JSON.stringify({
        compilerOptions: {
          module: config.module,
          moduleResolution: config.moduleResolution,
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false
        },
        files: config.files
      })
    )
  }
})

describe.each(Object.keys(configs))('TypeScript, moduleResolution %s', (name) => {
  it('type-checks a program using every helper, and rejects an unknown entity id with TS2345', async () => {
    const result = await run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`, '--pretty', 'false'], { cwd: join(consumer, 'ts') })
    const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^bad(-bundler)?\.m?ts\(3,11\): error TS2345: Argument of type '"no-such-id"' is not assignable to parameter of type /)
    expect(result.code).toBe(2)
  })
})
