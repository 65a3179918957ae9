import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import * as runtime from '../../src/index.js'
import { cjsProgram, esmProgram } from './programs.js'
import { run } from './run.js'
import { summarize } from './summarize.js'

const consumer = inject('consumer')
const nodes = inject('nodes')
const expected = { summary: summarize(runtime), schema: true, manifestFile: true, registry: true }

beforeAll(async () => {
  await writeFile(join(consumer, 'esm.mjs'), esmProgram)
  await writeFile(join(consumer, 'cjs.cjs'), cjsProgram)
})

describe.each(Object.keys(nodes).sort())('Node.js %s', (major) => {
  it('runs the binary it is named after', async () => {
    const result = await run(nodes[major]!, ['--version'])
    expect(result.stdout.trim().split('.')[0]).toBe(`v${major}`)
  })

  it.each(['esm.mjs', 'cjs.cjs'])('gives the same results as the source with `%s`, without warnings', async (program) => {
    const result = await run(nodes[major]!, [program], { cwd: consumer })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(expected)
  })
})
