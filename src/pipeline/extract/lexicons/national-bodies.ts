/** A body that many countries have under the same name, by the lower-case forms of its words. */
export interface NationalBody {
  /** Nominative name without a country (`Oberstes Gericht`). */
  readonly name: string
  /** Lower-case forms of each word, in order. */
  readonly words: readonly ReadonlySet<string>[]
}

const forms = (...words: string[]): ReadonlySet<string> => new Set(words)
const oberst = forms('oberste', 'obersten', 'oberster', 'oberstes', 'oberstem')
const national = forms('nationale', 'nationalen', 'nationaler')
const zentral = forms('zentrale', 'zentralen')

/**
 * Courts and councils whose name does not say whose they are (`das Oberste
 * Gericht`, `der Nationale Sicherheitsrat`, `das Verfassungsgericht`): the
 * country must come from the text (`entities/national-bodies.ts`). Longer
 * names first.
 */
export const nationalBodies: readonly NationalBody[] = [
  { name: 'Oberster Nationaler Sicherheitsrat', words: [oberst, national, forms('sicherheitsrat', 'sicherheitsrats', 'sicherheitsrates')] },
  { name: 'Oberstes Gericht', words: [oberst, forms('gericht', 'gerichts', 'gerichtes')] },
  { name: 'Oberster Gerichtshof', words: [oberst, forms('gerichtshof', 'gerichtshofs', 'gerichtshofes')] },
  { name: 'Oberster Rat', words: [oberst, forms('rat', 'rats', 'rates')] },
  { name: 'Nationaler Sicherheitsrat', words: [national, forms('sicherheitsrat', 'sicherheitsrats', 'sicherheitsrates')] },
  { name: 'Zentrale Wahlkommission', words: [zentral, forms('wahlkommission')] },
  { name: 'Ermittlungskomitee', words: [forms('ermittlungskomitee', 'ermittlungskomitees')] },
  { name: 'Generalstaatsanwaltschaft', words: [forms('generalstaatsanwaltschaft')] },
  { name: 'Generalstab', words: [forms('generalstab', 'generalstabs', 'generalstabes')] },
  { name: 'Verfassungsgericht', words: [forms('verfassungsgericht', 'verfassungsgerichts', 'verfassungsgerichtes')] },
  { name: 'Verfassungsgerichtshof', words: [forms('verfassungsgerichtshof', 'verfassungsgerichtshofs', 'verfassungsgerichtshofes')] }
]
