import type { CorpusDiff } from './diff-corpus.js'

/**
 * The diff as Markdown for a pull request (or a job summary).
 *
 * @param diff
 *   The differences.
 * @param ref
 *   The ref compared against, for the heading.
 * @returns
 *   Markdown text.
 */
export function formatDiff(diff: CorpusDiff, ref: string): string {
  const lines = [`## Corpus changes against \`${ref}\``, '']
  const total = (name: keyof CorpusDiff['totals']): string => {
    const { before, after } = diff.totals[name]
    return `${after} ${name}${after === before ? '' : ` (${after > before ? '+' : '−'}${Math.abs(after - before)})`}`
  }
  lines.push(`${total('articles')}, ${total('entities')}, ${total('mentions')}, ${total('quotes')}.`, '')
  if (diff.added.length + diff.changed.length + diff.removed.length + diff.entitiesAdded.length + diff.entitiesRemoved.length + diff.speakers.length === 0) {
    lines.push('No changes.')
    return `${lines.join('\n')}\n`
  }
  if (diff.added.length + diff.changed.length + diff.removed.length > 0) {
    lines.push('### Articles', '')
    for (const article of diff.added) lines.push(`- added \`${article.id}\`: ${article.title} (${article.date})`)
    for (const article of diff.changed) lines.push(`- changed \`${article.id}\`: ${article.parts.join(', ')}`)
    for (const article of diff.removed) lines.push(`- removed \`${article.id}\`: ${article.title} (${article.date})`)
    lines.push('')
  }
  if (diff.entitiesAdded.length + diff.entitiesRemoved.length > 0) {
    lines.push('### Entities', '')
    for (const entity of diff.entitiesAdded) lines.push(`- added \`${entity.id}\`: ${entity.name} (${entity.type}${entity.provisional ? ', provisional: not in the registry' : ''})`)
    for (const entity of diff.entitiesRemoved) lines.push(`- removed \`${entity.id}\`: ${entity.name} (${entity.type})`)
    lines.push('')
  }
  if (diff.speakers.length > 0) {
    lines.push('### Quotes per speaker', '', '| Speaker | Before | After | Added | Removed |', '|---|---:|---:|---:|---:|')
    for (const change of diff.speakers) {
      lines.push(`| ${change.name}${change.speaker ? ` (\`${change.speaker}\`)` : ''} | ${change.before} | ${change.after} | +${change.added.length} | −${change.removed.length} |`)
    }
    lines.push('')
    for (const change of diff.speakers) {
      for (const quote of change.added) lines.push(`- \\+ ${change.name}: „${ellipsis(quote.text)}“ (\`${quote.id}\`)`)
      for (const quote of change.removed) lines.push(`- − ${change.name}: „${ellipsis(quote.text)}“ (\`${quote.id}\`)`)
    }
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function ellipsis(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text
}
