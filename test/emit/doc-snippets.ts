import { readFileSync } from 'node:fs'

const docs = readFileSync(new URL('../../docs/distribution.md', import.meta.url), 'utf8')

/** The first fenced code block of a language in docs/distribution.md. */
export function snippet(language: string): string {
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(docs)
  if (!match) throw new Error(`Cannot find a \`${language}\` block in docs/distribution.md`)
  return match[1]!
}
