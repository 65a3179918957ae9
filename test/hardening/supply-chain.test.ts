import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './_project.js'

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  bundleDependencies?: unknown
  bundledDependencies?: unknown
  files: string[]
}
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number
  packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean; peer?: boolean; integrity?: string; resolved?: string; hasInstallScript?: boolean }>
}
const threatModel = readFileSync(join(root, 'docs/threat-model.md'), 'utf8')

/** The runtime dependencies, each with the reason it is there (also listed in docs/threat-model.md). */
const allowedRuntime = ['valibot']

describe('supply chain', () => {
  it('runs no script when a user installs the package', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare']) expect(pkg.scripts).not.toHaveProperty(hook)
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined()
  })

  it('has only the runtime dependencies the threat model lists, with a reason each', () => {
    expect(Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }).sort()).toEqual(allowedRuntime)
    for (const name of allowedRuntime) expect(threatModel).toMatch(new RegExp(`\\| \`${name}\` \\|[^|\\n]+\\|`))
  })

  it('locks every runtime package to the npm registry with an integrity hash and no install script', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3)
    const runtime = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional && !entry.peer)
    expect(runtime.map(([path]) => path).sort()).toEqual(allowedRuntime.map((name) => `node_modules/${name}`))
    for (const [path, entry] of runtime) {
      expect(entry.integrity, path).toMatch(/^sha512-/)
      expect(entry.resolved ?? 'https://registry.npmjs.org/', path).toMatch(/^https:\/\/registry\.npmjs\.org\//)
      expect(entry.hasInstallScript, path).toBeFalsy()
    }
  })

  it('publishes only the built folder', () => {
    expect(pkg.files).toEqual(['dist'])
  })

  it('says how to report a problem', () => {
    expect(existsSync(join(root, 'SECURITY.md'))).toBe(true)
    expect(readFileSync(join(root, 'SECURITY.md'), 'utf8')).toMatch(/## Reporting a vulnerability/)
  })
})
