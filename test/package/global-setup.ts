import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { runOk } from './run.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packed tarball (`npm pack` of this repository). */
    tarball: string
    /** A fresh project with the tarball installed (`npm install <tgz>`). */
    consumer: string
    /** Node.js binaries by major version (20 is the one running the tests). */
    nodes: Record<string, string>
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const quiet = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']

/** Majors to test besides the running Node.js. */
const majors = ['22', '24']

/**
 * Pack the package once, install the tarball into a fresh temporary project
 * and fetch the other Node.js binaries (the per-platform packages that the
 * npm package `node` installs, without its install script), cached in
 * `node_modules/.cache`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/runtime/catalog.js'))) {
    throw new Error('Cannot find `dist/`, expected `npm run build` to have run before `npm run test:package`')
  }
  const temp = await mkdtemp(join(tmpdir(), 'korpus-package-'))
  const packed = JSON.parse(await runOk(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', temp, '--loglevel=error'], { cwd: root })) as Array<{ filename: string }>
  const tarball = join(temp, packed[0]!.filename)

  const consumer = join(temp, 'consumer')
  await mkdir(consumer)
  await writeFile(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }, null, 2)}\n`)
  const [nodes] = await Promise.all([
    Promise.all(majors.map(async (major) => [major, await nodeBinary(major)] as const)),
    runOk(npm, ['install', tarball, '--prefer-offline', ...quiet], { cwd: consumer })
  ])

  project.provide('tarball', tarball)
  project.provide('consumer', consumer)
  project.provide('nodes', { [process.versions.node.split('.')[0]!]: process.execPath, ...Object.fromEntries(nodes) })
  return () => rm(temp, { recursive: true, force: true })
}

async function nodeBinary(major: string): Promise<string> {
  const name = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`
  const folder = join(root, 'node_modules/.cache/nato-russland-korpus', `node-${major}`)
  const binary = join(folder, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node')
  if (!existsSync(binary)) {
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'package.json'), '{"private":true}\n')
    await runOk(npm, ['install', `${name}@${major}`, '--prefer-offline', ...quiet], { cwd: folder })
  }
  return binary
}
