// How far `quotes.speaker-text` can go with the entities an extractor finds.
//
// The scorer counts a quote's speaker as right when the predicted speaker
// entity's name or one of its mention texts is a whole-word part of the speaker
// phrase annotated at the quote (or both are unnamed). A gold phrase that holds
// no name the extractor found in that article (`die Polizei`, `Medienberichten`,
// `er`) cannot agree with any speaker, however good the attribution: this
// counts those, so the figure can be read against what is reachable.
//
// Folding copies `fold` of `../shared/eval/score.mjs`, which cannot be imported
// (it runs on import).
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

/** Counts over the non-optional gold quotes of a folder of speaker-phrase gold files. */
export interface SpeakerTextCeiling {
  /** Gold quotes scored. */
  readonly quotes: number
  /** Gold quotes without a speaker phrase: an unnamed prediction agrees. */
  readonly unnamed: number
  /** Gold phrases that hold a name or mention text of an entity found in the article, or lie inside one. */
  readonly named: number
  /** Gold phrases without any: pronouns, role nouns, unnamed sources, names not found. */
  readonly unreachable: number
  /** `(unnamed + named) / quotes`: the recall speaker-text can reach with these entities. */
  readonly recall: number
}

interface GoldFile {
  readonly quotes?: readonly { readonly speaker?: string | null, readonly optional?: boolean }[]
}

interface PredFile {
  readonly entities?: readonly { readonly name: string, readonly mentions?: readonly { readonly text: string }[] }[]
}

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function speakerTextCeiling(goldDir: string, predDir: string): SpeakerTextCeiling {
  let quotes = 0
  let unnamed = 0
  let named = 0
  for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile
    const predPath = join(predDir, file)
    const pred = existsSync(predPath) ? JSON.parse(readFileSync(predPath, 'utf8')) as PredFile : {}
    const forms = new Set<string>()
    for (const entity of pred.entities ?? []) {
      for (const text of [entity.name, ...(entity.mentions ?? []).map((mention) => mention.text)]) {
        const folded = fold(text)
        if (folded) forms.add(` ${folded} `)
      }
    }
    for (const quote of gold.quotes ?? []) {
      if (quote.optional) continue
      quotes++
      if (quote.speaker == null) {
        unnamed++
        continue
      }
      const phrase = ` ${fold(quote.speaker)} `
      if ([...forms].some((form) => phrase.includes(form) || form.includes(phrase))) named++
    }
  }
  return { quotes, unnamed, named, unreachable: quotes - unnamed - named, recall: quotes ? (unnamed + named) / quotes : 0 }
}
