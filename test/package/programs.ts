import { summarize } from './summarize.js'

/** `summarize` as source text, with a shim for the `__name` helper a transpiler may add. */
export const summarizeSource = `var __name = (target) => target;\n${summarize.toString()}\n`

/** An ES module program: prints the summary, and checks the `/schema` and `/data/*` subpaths (`data/registry.jsonl`: the whole registry). */
export const esmProgram = `import * as k from 'nato-russland-korpus'
import { ArticleMetaSchema, ManifestSchema } from 'nato-russland-korpus/schema'
import * as v from 'valibot'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
${summarizeSource}
const manifestFile = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('nato-russland-korpus/data/manifest.json')), 'utf8'))
const registry = readFileSync(fileURLToPath(import.meta.resolve('nato-russland-korpus/data/registry.jsonl')), 'utf8').split('\\n').filter(Boolean).map((line) => JSON.parse(line))
console.log(JSON.stringify({
  summary: summarize(k),
  schema: k.articles.every((article) => v.is(ArticleMetaSchema, k.byDate(article.date).find((meta) => meta.id === article.id))) && v.is(ManifestSchema, k.manifest),
  manifestFile: JSON.stringify(manifestFile) === JSON.stringify(k.manifest),
  // The main entry holds the referenced entities; the whole registry is a data file.
  registry: registry.length > k.entities.length && k.entities.filter((entity) => !entity.provisional).every((entity) => JSON.stringify(registry.find((entry) => entry.id === entity.id)) === JSON.stringify(entity))
}))
`

/** The same as a CommonJS program (`require`). */
export const cjsProgram = `'use strict'
const k = require('nato-russland-korpus')
const { ArticleMetaSchema, ManifestSchema } = require('nato-russland-korpus/schema')
const v = require('valibot')
const { readFileSync } = require('node:fs')
${summarizeSource}
const manifestFile = JSON.parse(readFileSync(require.resolve('nato-russland-korpus/data/manifest.json'), 'utf8'))
const registry = readFileSync(require.resolve('nato-russland-korpus/data/registry.jsonl'), 'utf8').split('\\n').filter(Boolean).map((line) => JSON.parse(line))
console.log(JSON.stringify({
  summary: summarize(k),
  schema: k.articles.every((article) => v.is(ArticleMetaSchema, k.byDate(article.date).find((meta) => meta.id === article.id))) && v.is(ManifestSchema, k.manifest),
  manifestFile: JSON.stringify(manifestFile) === JSON.stringify(k.manifest),
  // The main entry holds the referenced entities; the whole registry is a data file.
  registry: registry.length > k.entities.length && k.entities.filter((entity) => !entity.provisional).every((entity) => JSON.stringify(registry.find((entry) => entry.id === entity.id)) === JSON.stringify(entity))
}))
`
