import { readFileSync } from 'node:fs'

const docs = readFileSync(new URL('../../docs/distribution.md', import.meta.url), 'utf8')

/** The first fenced code block of a language in docs/distribution.md. */
export function snippet(language: string): string {
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(docs)
  if (!match) throw new Error(`Cannot find a \`${language}\` block in docs/distribution.md`)
  return match[1]!
}

/** The first fenced code block of a language in a `## <section>` of docs/distribution.md. */
export function sectionSnippet(section: string, language: string): string {
  const start = docs.indexOf(`\n## ${section}\n`)
  if (start === -1) throw new Error(`Cannot find a section \`## ${section}\` in docs/distribution.md`)
  const end = docs.indexOf('\n## ', start + 1)
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(docs.slice(start, end === -1 ? undefined : end))
  if (!match) throw new Error(`Cannot find a \`${language}\` block in \`## ${section}\` of docs/distribution.md`)
  return match[1]!
}
