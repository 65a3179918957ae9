import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyPackage } from '../../src/pipeline/verify/verify-package.js'
import { runCli } from '../../src/cli/run-cli.js'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')
const hashA = 'a'.repeat(64)
const hashB = 'b'.repeat(64)

/** Data files as the build writes them (a small synthetic corpus). */
function dataFiles(): Map<string, string> {
  const files = new Map<string, string>()
  files.set('articles.jsonl', `${JSON.stringify({ id: '2022-01-eins', hash: hashA })}\n${JSON.stringify({ id: '2022-01-zwei', hash: hashB })}\n`)
  files.set('entities.jsonl', `${JSON.stringify({ id: 'nato' })}\n`)
  files.set('manifest.json', `${JSON.stringify({ corpusVersion: '0.1.0', packageVersion: '0.1.0', articles: { '2022-01-eins': hashA, '2022-01-zwei': hashB }, entities: hashA }, null, 2)}\n`)
  files.set('schema/article.schema.json', '{}\n')
  const resources = [...files].map(([path, text]) => ({ name: path, path, bytes: Buffer.byteLength(text), hash: `sha256:${sha(text)}` }))
  files.set('datapackage.json', `${JSON.stringify({ name: 'nato-russland-korpus', resources }, null, 2)}\n`)
  files.set('SHA256SUMS', [...files.keys()].sort().map((path) => `${sha(files.get(path)!)}  ${path}\n`).join(''))
  return files
}

let work: string
let pkg: string

async function install(files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, text] of files) {
    await mkdir(join(pkg, 'dist/data', path, '..'), { recursive: true })
    await writeFile(join(pkg, 'dist/data', path), text)
  }
  await writeFile(join(pkg, 'package.json'), '{"name":"nato-russland-korpus","version":"0.1.0"}\n')
}

async function cli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const code = await runCli(argv, { cwd: work, stdout: () => {}, stderr: (text) => void (stderr += text), stdin: async () => new Uint8Array() })
  return { code, stderr }
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'korpus-verify-'))
  pkg = join(work, 'node_modules/nato-russland-korpus')
  await install(dataFiles())
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('verifyPackage', () => {
  it('verifies an intact copy', async () => {
    const result = await verifyPackage(pkg)
    expect(result.problems).toEqual([])
    expect(result.dataFolder).toBe('dist/data')
    expect(result.verified).toEqual(['dist/data/articles.jsonl', 'dist/data/datapackage.json', 'dist/data/entities.jsonl', 'dist/data/manifest.json', 'dist/data/schema/article.schema.json'])
  })

  it('names the file whose content differs', async () => {
    await writeFile(join(pkg, 'dist/data/entities.jsonl'), '{"id":"nato","name":"Warschauer Pakt"}\n')
    const { problems } = await verifyPackage(pkg)
    expect(problems.map(({ path, kind }) => `${path} ${kind}`)).toEqual(['dist/data/entities.jsonl changed', 'dist/data/entities.jsonl changed'])
    expect(problems[0]!.reason).toMatch(/datapackage\.json|SHA256SUMS/)
  })

  it('names a missing, an unlisted and a linked file', async () => {
    await rm(join(pkg, 'dist/data/entities.jsonl'))
    await writeFile(join(pkg, 'dist/data/extra.js'), 'alert(1)\n')
    await rm(join(pkg, 'dist/data/schema/article.schema.json'))
    await symlink('/etc/hostname', join(pkg, 'dist/data/schema/article.schema.json'))
    const { problems } = await verifyPackage(pkg)
    expect(problems.map(({ path, kind }) => `${path} ${kind}`)).toEqual(['dist/data/entities.jsonl missing', 'dist/data/extra.js unlisted', 'dist/data/schema/article.schema.json link'])
  })

  it('finds an article edited together with its checksums but not with the manifest', async () => {
    const files = dataFiles()
    files.set('articles.jsonl', files.get('articles.jsonl')!.replace(hashB, 'c'.repeat(64)))
    files.delete('SHA256SUMS')
    files.set('SHA256SUMS', [...files.keys()].sort().map((path) => `${sha(files.get(path)!)}  ${path}\n`).join(''))
    await install(files)
    const { problems } = await verifyPackage(pkg)
    expect(problems.map(({ path, kind, reason }) => `${path} ${kind} ${reason}`)).toEqual([
      'dist/data/articles.jsonl changed Unexpected content that differs from its hash or size in `datapackage.json`',
      'dist/data/articles.jsonl changed Unexpected hash of article `2022-01-zwei`, expected the one in `manifest.json`'
    ])
  })

  it('refuses checksum lines that point outside the data folder', async () => {
    const sums = dataFiles().get('SHA256SUMS')!
    await writeFile(join(pkg, 'dist/data/SHA256SUMS'), `${sums}${sha('x')}  ../../../package.json\n${sha('x')}  /etc/passwd\nnot a checksum\n`)
    const { problems } = await verifyPackage(pkg)
    expect(problems.map(({ kind }) => kind)).toEqual(['malformed', 'malformed', 'malformed'])
    expect(problems[0]!.reason).toContain('line 6')
  })

  it('says so when there is no checksum file', async () => {
    const { problems } = await verifyPackage(join(work, 'nowhere'))
    expect(problems).toHaveLength(1)
    expect(problems[0]!.kind).toBe('missing')
  })
})

describe('Parquet files', () => {
  /** The data files with one more file, listed in the checksums (not in the data package). */
  async function installWith(path: string, bytes: Buffer): Promise<void> {
    const files = dataFiles()
    files.delete('SHA256SUMS')
    await install(files)
    await writeFile(join(pkg, 'dist/data', path), bytes)
    const sums = [...files.keys(), path].sort().map((name) => `${createHash('sha256').update(name === path ? bytes : files.get(name)!).digest('hex')}  ${name}\n`)
    await writeFile(join(pkg, 'dist/data/SHA256SUMS'), sums.join(''))
  }

  it('accepts a file framed as Parquet (`PAR1`, footer, footer length, `PAR1`)', async () => {
    const footer = Buffer.from('footer')
    const length = Buffer.alloc(4)
    length.writeUInt32LE(footer.byteLength)
    await installWith('quotes.parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.from('rows'), footer, length, Buffer.from('PAR1')]))
    expect((await verifyPackage(pkg)).problems).toEqual([])
  })

  it('names a `.parquet` file that is not Parquet, even with matching checksums', async () => {
    await installWith('quotes.parquet', Buffer.from('{"id":"x"}\n'))
    const { problems } = await verifyPackage(pkg)
    expect(problems.map(({ path, kind }) => `${path} ${kind}`)).toEqual(['dist/data/quotes.parquet malformed'])
    expect(problems[0]!.reason).toContain('not a Parquet file')
  })
})

describe('korpus verify', () => {
  it('checks node_modules/nato-russland-korpus by default and exits 0 when intact', async () => {
    const { code, stderr } = await cli('verify')
    expect(stderr).toBe('All 5 files verified.\n')
    expect(code).toBe(0)
  })

  it('exits 1 and prints the path of each file that differs', async () => {
    await writeFile(join(pkg, 'dist/data/manifest.json'), '{}\n')
    const { code, stderr } = await cli('verify', 'node_modules/nato-russland-korpus')
    expect(code).toBe(1)
    expect(stderr).toContain('node_modules/nato-russland-korpus/dist/data/manifest.json  changed  Unexpected content (sha256 ')
    expect(stderr).toMatch(/\d+ problems?, 4 files verified\.\n$/)
  })

  it('verifies the repository\'s own build (dist/data) where no copy is installed', async () => {
    await rm(join(work, 'node_modules'), { recursive: true })
    await writeFile(join(work, 'package.json'), '{"name":"nato-russland-korpus","version":"0.1.0"}\n')
    for (const [path, text] of dataFiles()) {
      await mkdir(join(work, 'dist/data', path, '..'), { recursive: true })
      await writeFile(join(work, 'dist/data', path), text)
    }
    expect(await cli('verify')).toEqual({ code: 0, stderr: "No installed copy in `node_modules/nato-russland-korpus`: verifying this repository's build (`dist/data`).\nAll 5 files verified.\n" })
    await writeFile(join(work, 'dist/data/entities.jsonl'), '{}\n')
    const { code, stderr } = await cli('verify')
    expect(code).toBe(1)
    expect(stderr).toContain('dist/data/entities.jsonl  changed')
  })

  it('says which command to run in the repository before a build', async () => {
    await rm(join(work, 'node_modules'), { recursive: true })
    await writeFile(join(work, 'package.json'), '{"name":"nato-russland-korpus","version":"0.1.0"}\n')
    const { code, stderr } = await cli('verify')
    expect(code).toBe(1)
    expect(stderr).toContain('run `npm run build`, then `npm run korpus -- verify`')
  })

  it('says how to install or name the copy in another project', async () => {
    await rm(join(work, 'node_modules'), { recursive: true })
    await writeFile(join(work, 'package.json'), '{"name":"my-pipeline"}\n')
    expect(await cli('verify')).toEqual({
      code: 1,
      stderr: 'Cannot find `node_modules/nato-russland-korpus`, expected the package installed here (`npm install nato-russland-korpus`), or pass its folder: `verify <dir>`\n'
    })
  })
})
