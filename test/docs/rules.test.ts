import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

/** Kebab-case string literals inside `reportError(…)` and `reportWarning(…)` calls, or assigned to a `ruleId`: the rule ids. */
async function ruleIdsInSource(dir: string): Promise<Set<string>> {
  const ids = new Set<string>()
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8')
    for (const line of text.matchAll(/ruleId = ([^\n]+)/g)) for (const id of line[1]!.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)) ids.add(id[1]!)
    for (const call of text.matchAll(/report(?:Error|Warning)\(/g)) {
      let depth = 0
      let end = call.index
      for (; end < text.length; end++) {
        if (text[end] === '(') depth++
        else if (text[end] === ')' && --depth === 0) break
      }
      for (const id of text.slice(call.index, end).matchAll(/(?<![`\w])'([a-z]+(?:-[a-z]+)+)'/g)) ids.add(id[1]!)
    }
  }
  return ids
}

it('documents every rule id the build reports, and no other, in docs/rules.md', async () => {
  const docs = await readFile(join(root, 'docs/rules.md'), 'utf8')
  const headings = [...docs.matchAll(/^## ([a-z]+(?:-[a-z]+)+)$/gm)].map((match) => match[1]!)
  expect(new Set(headings).size).toBe(headings.length)
  expect([...headings].sort()).toEqual([...(await ruleIdsInSource(join(root, 'src')))].sort())
})
