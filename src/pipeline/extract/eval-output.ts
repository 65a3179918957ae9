import type { Registry } from '../registry/registry.js'
import type { Extraction } from './extract.js'

/**
 * Turn an extraction into the JSON shape the scorer reads (FORMAT.md,
 * “Extractor output that the scorer reads”): every entity that has a mention
 * or is a quote's speaker or `via`, with its mentions as `{text}`, and the
 * quotes with text, speaker id and kind (plus the other quote fields).
 *
 * @param extraction
 *   Result of `extract`.
 * @param registry
 *   The registry used for it.
 * @returns
 *   `{entities, quotes}`.
 * @example
 *   JSON.stringify(toEvalOutput(extract(input, registry), registry))
 */
export function toEvalOutput(extraction: Extraction, registry: Registry): { entities: unknown[]; quotes: unknown[] } {
  const byId = new Map(registry.map((entity) => [entity.id, entity]))
  for (const entity of extraction.discovered) byId.set(entity.id, entity)
  const mentions = new Map<string, Array<{ text: string; paragraph: number; start: number; end: number; role: string | null }>>()
  const order: string[] = []
  const touch = (id: string) => {
    if (!mentions.has(id)) {
      mentions.set(id, [])
      order.push(id)
    }
  }
  for (const mention of extraction.mentions) {
    touch(mention.entity)
    mentions.get(mention.entity)!.push({ text: mention.text, paragraph: mention.paragraph, start: mention.start, end: mention.end, role: mention.role })
  }
  for (const quote of extraction.quotes) {
    if (quote.speaker) touch(quote.speaker)
    if (quote.via) touch(quote.via)
  }
  const entities = order
    .map((id) => byId.get(id))
    .filter((entity) => entity !== undefined)
    .map((entity) => ({ id: entity.id, type: entity.type, name: entity.name, wikidata: entity.wikidata, provisional: entity.provisional, mentions: mentions.get(entity.id) ?? [] }))
  const quotes = extraction.quotes.map((quote) => ({ ...quote }))
  return { entities, quotes }
}
