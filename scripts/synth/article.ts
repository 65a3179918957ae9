import { createHash } from 'node:crypto'
import { stringify } from 'yaml'
import { slugify } from '../../src/pipeline/normalize/slugify.js'
import type { Random } from './prng.js'
import type { SynthPerson, SynthRegistry } from './registry.js'
import * as t from './templates.js'

/** A generated article source. */
export interface SynthArticle {
  /** Article id, also the file name without `.md`. */
  id: string
  /** The whole source: frontmatter and body. */
  source: string
}

/** Quotation marks: German, straight, Swiss guillemets, reversed guillemets. Single German marks (‚…‘) are used nested and for fragments. */
const quoteMarks: ReadonlyArray<readonly [string, string]> = [
  ['„', '“'],
  ['"', '"'],
  ['«', '»'],
  ['»', '«']
]

const firstDay = Date.UTC(2014, 0, 1)
const lastDay = Date.UTC(2024, 11, 31)
const day = 86_400_000

const feminine = new Set(['Henrike', 'Jana', 'Karolina', 'Ilse', 'Miriam', 'Svenja', 'Oksana', 'Nele', 'Wiebke', 'Tamara'])

interface Speaker {
  /** First mention (`Außenminister Sergej Lawrow`, `Jana Vossberg`). */
  first: string
  /** Apposition after the first mention (`Sicherheitsexpertin am …`), or `undefined`. */
  apposition: string | undefined
  /** Later mentions (`Lawrow`). */
  later: string
  /** Pronoun (`Er`, `Sie`). */
  pronoun: string | undefined
  /** Whether the speaker was mentioned already. */
  seen: boolean
}

/**
 * Generate one article.
 *
 * @param random
 *   Generator for this article (seeded with the corpus seed and the index).
 * @param registry
 *   Names from the registry.
 * @param index
 *   Position of the article in the corpus (for provenance).
 * @param seed
 *   The corpus seed (for provenance).
 * @param taken
 *   Ids already used; the new id is added.
 * @returns
 *   The article.
 */
export function generateArticle(random: Random, registry: SynthRegistry, index: number, seed: string, taken: Set<string>): SynthArticle {
  const time = firstDay + random.int(0, (lastDay - firstDay) / day) * day
  const when = new Date(time)
  const iso = when.toISOString().slice(0, 10)
  const monthPrecision = random.chance(0.15)
  const date = monthPrecision ? iso.slice(0, 7) : iso
  const places = registry.places.length > 1 ? registry.places : ['Brüssel', 'Moskau']
  const organizations = registry.organizations.length > 1 ? registry.organizations : ['Nato', 'OSZE']
  const [place, place2] = random.sample(places, 2) as [string, string]
  const [org, org2] = random.sample(organizations, 2) as [string, string]
  const persons = random.sample(registry.persons, random.int(1, 3)).map((person) => registrySpeaker(random, person, iso))
  const experts = Array.from({ length: random.int(0, 2) }, () => inventedSpeaker(random, places))
  const speakers = [...persons, ...experts]
  const fill = (text: string): string =>
    text
      .replace(/\{place\}/g, place)
      .replace(/\{place2\}/g, place2)
      .replace(/\{org\}/g, org)
      .replace(/\{org2\}/g, org2)
      .replace(/\{weekday\}/g, () => random.pick(t.weekdays))
      .replace(/\{month\}/g, () => random.pick(t.months))
      .replace(/\{number\}/g, () => String(random.int(2, 90)))
      .replace(/\{last\}/g, persons[0]?.later ?? org)

  const quote = (): string => {
    const speaker = speakers.length > 0 && !random.chance(0.1) ? random.pick(speakers) : undefined
    if (!speaker) return `${random.pick(t.unnamedSources)}, ${random.pick(t.indirect)}.`
    const name = speaker.seen ? speaker.later : speaker.apposition ? `${speaker.first}, ${speaker.apposition},` : speaker.first
    const end = speaker.seen ? speaker.later : speaker.apposition ? `${speaker.first}, ${speaker.apposition}` : speaker.first
    const cue = random.pick(t.cues)
    const [open, close] = random.pick(quoteMarks)
    const form = random.int(0, 7)
    let sentence: string
    if (form === 0 || form === 1) sentence = `${open}${random.pick(t.direct)}${close}, ${cue} ${end}.`
    else if (form === 2) sentence = `${name} ${cue} am ${random.pick(t.weekdays)}: ${open}${random.pick(t.direct)}.${close}`
    else if (form === 3) sentence = `${open}Wir lassen uns nicht auf ‚rote Linien‘ festlegen, die andere ziehen${close}, ${cue} ${end}.`
    else if (form === 4) sentence = `${name} ${cue}, ${random.pick(t.indirect)}.`
    else if (form === 5) sentence = `${capitalize(random.pick(t.indirect))}, ${cue} ${end}.`
    else if (form === 6) {
      const [before, fragment] = random.pick(t.mixed)
      const [mixedOpen, mixedClose] = random.chance(0.2) ? ['‚', '‘'] : [open, close]
      sentence = `${name} ${cue}, ${before}${mixedOpen}${fragment}${mixedClose}.`
    } else sentence = `${name} sprach von einem ${open}Moment der Klarheit${close} und ${cue}, ${random.pick(t.indirect)}.`
    speaker.seen = true
    if (speaker.pronoun && random.chance(0.3)) sentence += ` ${speaker.pronoun} fügte hinzu: ${open}${random.pick(t.direct)}.${close}`
    return sentence
  }

  const paragraph = (sentences: number, quoteChance: number): string => {
    const parts: string[] = []
    for (let count = 0; count < sentences; count++) parts.push(random.chance(quoteChance) ? quote() : fill(random.pick(t.narration)))
    return parts.join(' ')
  }

  const title = fill(random.pick(t.titles))
  const blocks: string[] = [paragraph(2, 0)]
  const hasDateline = random.chance(0.6)
  blocks.push(`${hasDateline ? `${place} – ` : ''}${paragraph(random.int(3, 5), 0.35)}`)
  for (const heading of random.sample(t.subheadings, random.int(2, 4))) {
    blocks.push(`## ${fill(heading)}`)
    for (let count = random.int(2, 3); count > 0; count--) blocks.push(paragraph(random.int(3, 5), 0.35))
  }
  const body = `${blocks.join('\n\n')}\n`

  const slug = slugify(title) || 'artikel'
  let id = `${date}-${slug}`
  for (let suffix = 2; taken.has(id); suffix++) id = `${date}-${slug}-${suffix}`
  taken.add(id)

  const [agency, code] = random.pick(t.agencies)
  const withImage = random.chance(0.6)
  const photographer = random.pick(t.photographers)
  const initials = `${random.pick(['leg', 'ust', 'mak', 'jdw', 'bru'])}/${code}`
  const frontmatter = {
    id,
    title,
    titleKind: random.chance(0.7) ? 'original' : 'editorial',
    date,
    datePrecision: monthPrecision ? 'month' : 'day',
    dateSource: monthPrecision ? 'inferred' : 'source-line',
    dateReason: monthPrecision
      ? `Synthetic article: dated to ${t.months[when.getUTCMonth()]} ${when.getUTCFullYear()} by the generator`
      : `Synthetic article: source line „${place}, ${when.getUTCDate()}. ${t.months[when.getUTCMonth()]} ${when.getUTCFullYear()}“`,
    language: 'de',
    genre: random.pick(['news', 'news', 'news', 'analysis', 'commentary']),
    publisher: random.pick(t.publishers),
    dateline: hasDateline ? place : null,
    agencies: [agency],
    credits: [...(withImage ? [{ kind: 'photo', text: `picture alliance/${code}/${photographer}` }] : []), { kind: 'agency', text: initials }],
    image: withImage ? { caption: fill(random.pick(t.captions)), credit: `Foto: picture alliance/${code}/${photographer}` } : null,
    provenance: {
      file: `synth-${seed}-${String(index).padStart(6, '0')}.txt`,
      sha256: createHash('sha256').update(body).digest('hex')
    }
  }
  return { id, source: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}` }
}

function registrySpeaker(random: Random, person: SynthPerson, iso: string): Speaker {
  const roles = person.roles.filter((role) => (role.from === null || role.from <= iso) && (role.to === null || role.to >= iso))
  const role = roles.length > 0 && random.chance(0.6) ? random.pick(roles) : undefined
  return { first: role ? `${role.noun} ${person.name}` : person.name, apposition: undefined, later: random.pick(person.short), pronoun: undefined, seen: false }
}

function inventedSpeaker(random: Random, places: readonly string[]): Speaker {
  const first = random.pick(t.firstNames)
  const last = random.pick(t.lastNames)
  const female = feminine.has(first)
  const role = random.pick(t.expertRoles)[female ? 1 : 0]!.replace('{place}', random.pick(places))
  return { first: `${first} ${last}`, apposition: role, later: last, pronoun: female ? 'Sie' : 'Er', seen: false }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
