import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engineConflicts, supportedRanges } from '../../scripts/engines.js'

const root = join(import.meta.dirname, '../..')

// The installed tree of this project: what `npm ci` puts on a contributor's disk.
it('finds no installed package that excludes the supported Node.js ranges', () => {
  expect(supportedRanges(root)).toEqual({ runtime: '^20.19.0 || >=22.12.0', development: '^20.19.0 || ^22.13.0 || >=24' })
  expect(engineConflicts(root)).toEqual([])
})

describe('engineConflicts on a synthetic install', () => {
  let project: string
  const write = async (path: string, value: unknown) => {
    await mkdir(dirname(join(project, path)), { recursive: true })
    await writeFile(join(project, path), JSON.stringify(value))
  }

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'korpus-engines-'))
    await write('package.json', {
      engines: { node: '^20.19.0 || >=22.12.0' },
      devEngines: { runtime: { name: 'node', version: '^20.19.0 || ^22.13.0 || >=24' } }
    })
    await write('package-lock.json', {
      packages: {
        '': {},
        'node_modules/lint-tool': { dev: true },
        'node_modules/lint-tool/node_modules/new-parser': { dev: true },
        'node_modules/@scope/runtime-dep': {},
        'node_modules/old-enough': { dev: true },
        'node_modules/no-engines': {}
      }
    })
    await write('node_modules/lint-tool/package.json', { name: 'lint-tool', version: '3.0.0', engines: { node: '^20.19.0 || ^22.13.0 || >=24' } })
    await write('node_modules/lint-tool/node_modules/new-parser/package.json', { name: 'new-parser', version: '9.0.0', engines: { node: '^22.22.2 || >=24.15.0' } })
    await write('node_modules/@scope/runtime-dep/package.json', { name: '@scope/runtime-dep', version: '1.0.0', engines: { node: '^20.19.0 || ^22.13.0 || >=24' } })
    await write('node_modules/old-enough/package.json', { name: 'old-enough', version: '1.0.0', engines: { node: '>=18' } })
    await write('node_modules/no-engines/package.json', { name: 'no-engines', version: '1.0.0' })
  })
  afterAll(() => rm(project, { recursive: true, force: true }))

  it('reports a nested dev dependency that needs Node 22, and a production one that leaves out 22.12, with the range each is held to', () => {
    expect(engineConflicts(project)).toEqual([
      { path: 'node_modules/@scope/runtime-dep', id: '@scope/runtime-dep@1.0.0', engines: '^20.19.0 || ^22.13.0 || >=24', dev: false, required: '^20.19.0 || >=22.12.0' },
      { path: 'node_modules/lint-tool/node_modules/new-parser', id: 'new-parser@9.0.0', engines: '^22.22.2 || >=24.15.0', dev: true, required: '^20.19.0 || ^22.13.0 || >=24' }
    ])
  })

  it('checks against the ranges it is given (`>=20` includes 20.0, which none of three accepts)', () => {
    expect(engineConflicts(project, { runtime: '>=20', development: '>=20' }).map((c) => c.id)).toEqual([
      '@scope/runtime-dep@1.0.0',
      'lint-tool@3.0.0',
      'new-parser@9.0.0'
    ])
  })

  it('reads the development range from devEngines and falls back to engines.node without it', async () => {
    expect(supportedRanges(project).development).toBe('^20.19.0 || ^22.13.0 || >=24')
    await write('package.json', { engines: { node: '>=22.12.0' } })
    expect(supportedRanges(project)).toEqual({ runtime: '>=22.12.0', development: '>=22.12.0' })
    await write('package.json', {})
    expect(() => supportedRanges(project)).toThrow(/Expected `engines.node` in .*package\.json/)
  })
})
