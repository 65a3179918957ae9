// Development paragraphs for organizations on unseen news (issue 12, class 7):
// invented sentences in the style of agency copy, captions, Russian state
// media in German, transcripts and interviews (written for these tests, not
// taken from any outlet), matched against the real registry.
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/pipeline/extract/index.js'
import { loadRegistryOf } from '../../../src/pipeline/extract-source.js'

const registry = await loadRegistryOf('corpus')
const types = new Map(registry.map((entity) => [entity.id, entity.type]))
const run = (...texts: string[]) => {
  const result = extract({ articleId: 'dev', paragraphs: texts.map((text) => ({ type: 'paragraph' as const, text })) }, registry)
  for (const entity of result.discovered) types.set(entity.id, entity.type)
  return result.mentions.map((mention) => ({ text: mention.text, entity: mention.entity, type: types.get(mention.entity) }))
}
const orgs = (...texts: string[]) => run(...texts).filter((mention) => mention.type === 'organization').map((mention) => mention.text)

describe('credit and sign-off tags', () => {
  it('reports no agency of a dateline tag or a sign-off, but the names of the article', () => {
    const mentions = run('Moskau (dpa/AFP) - Außenminister Sergej Lawrow hat der Nato erneut Wortbruch vorgeworfen.', 'Die Gespräche gehen in Wien weiter. (leg/reuters)')
    expect(mentions.map((mention) => mention.text)).toEqual(['Moskau', 'Sergej Lawrow', 'Nato', 'Wien'])
  })
  it('reports no photographer or agency of a credit line', () => {
    expect(run('Soldaten bei einer Übung nahe Rostow. Foto: Iwan Petrow/TASS/dpa').map((mention) => mention.text)).toEqual(['Rostow'])
    expect(run('Mit Material von dpa und Reuters')).toEqual([])
  })
  it('ends a credit line without brackets after its names, so a place after it stays (review finding)', () => {
    expect(run('Foto: Jana Keller/AFP Moskau meldete am Abend neue Manöver.').map((mention) => mention.text)).toEqual(['Moskau'])
    expect(run('Foto: IMAGO/SNA Kiew bestätigte den Angriff.').map((mention) => mention.text)).toEqual(['Kiew'])
  })
  it('still reports nothing of a credit in brackets or a credit list', () => {
    expect(run('Die Sitzung in Genf (Foto: Jana Keller/Reuters Genf)').map((mention) => mention.text)).toEqual(['Genf'])
    expect(run('Quelle: Reuters, AFP, Interfax')).toEqual([])
    expect(run('Foto: Pressedienst des Kremls/TASS')).toEqual([])
  })
  it('keeps an agency that the text cites', () => {
    expect(orgs('Wie die Nachrichtenagentur dpa meldete, tagte die Agentur Interfax nicht.')).toEqual(['dpa', 'Interfax'])
  })
  it('reports nothing of a source line with a web address and author initials, or of a byline with an agency', () => {
    expect(run('Quelle: zdf.de, mbe/dpa/AFP')).toEqual([])
    expect(run('Von Jana Keller, dpa')).toEqual([])
    expect(run('Von Iwan Petrow und Lena Koch, AFP')).toEqual([])
  })
  it('reads a credit cue in capitals (`FOTO:`) as one', () => {
    expect(run('Soldaten bei Rostow. FOTO: Iwan Petrow/TASS').map((mention) => mention.text)).toEqual(['Rostow'])
  })
  it('reports no transcript mark or German noun in capitals as an organization, but keeps acronyms and a party in capitals', () => {
    expect(orgs('VIDEO: Die Lage in Kiew. INSERT: Jana Keller, Reporterin. REPORTER: Es ist ruhig.')).toEqual([])
    expect(orgs('Der BUND und die LINKE protestieren, die OSZE schweigt.').length).toBe(3)
  })
  it('keeps the names of a sentence that opens with `Von`, and a web address that the text cites', () => {
    expect(run('Von Kiew aus sagte Selenskyj, dpa berichte falsch.').map((mention) => mention.text)).toEqual(['Kiew', 'Selenskyj', 'dpa'])
    expect(orgs('Das berichtete meduza.io am Abend.')).toEqual(['meduza.io'])
  })
})

describe('outlet names that are common nouns', () => {
  it('reads `die Welt`, `die Zeit`, `Spiegel` as common nouns without a sign of the outlet', () => {
    expect(orgs('Die Welt schaut auf Genf. Die Zeit drängt, sagte er. Ein Blick in den Spiegel der Geschichte.')).toEqual([])
  })
  it('reads them as outlets in quotation marks, after an outlet noun or with a word of reporting', () => {
    expect(orgs('Das sagte er der „Welt“. Dem Nachrichtenmagazin Spiegel sagte sie dasselbe.')).toEqual(['Welt', 'Spiegel'])
    expect(orgs('Der Zeit zufolge reiste er ab. Das berichtete die „Washington Post“.')).toEqual(['Zeit', 'Washington Post'])
  })
})

describe('platforms, armed services, compounds', () => {
  it('finds platforms and armed services', () => {
    expect(orgs('Auf Twitter und Telegram teilte sie mit, die Bundeswehr, die US-Armee und die Schwarzmeerflotte übten.')).toEqual(['Twitter', 'Telegram', 'Bundeswehr', 'US-Armee', 'Schwarzmeerflotte'])
  })
  it('takes a compound of a known name and an organization head as one organization, not a compound of a common noun', () => {
    expect(orgs('Beim Waldai-Klub sprach er, danach tagten der EU-Rat und die Konrad-Adenauer-Stiftung, nicht aber der Experten-Rat.')).toEqual(['Waldai-Klub', 'EU-Rat', 'Konrad-Adenauer-Stiftung'])
  })
  it('keeps the common noun before a name out of the mention (`Gaspipeline Nord Stream 2`)', () => {
    expect(run('Er warb für die Gaspipeline Nord Stream 2.').map((mention) => mention.text)).toEqual(['Nord Stream 2'])
  })
})

// Issue 12, class 3/7: outlets and media that a classifier noun introduces are organizations of the article.
describe('outlets named after a classifier noun', () => {
  it('takes a channel’s name after `Kanal`, also of a compound (`Telegram-Kanal`)', () => {
    expect(orgs('Der Telegram-Kanal Nordwind meldete das, der Kanal „Graue Zone“ auch.')).toEqual(['Telegram', 'Nordwind', 'Graue Zone'])
    expect(orgs('Der Kanal Richtung Norden ist gesperrt.')).toEqual([])
  })
  it('takes a name after the noun, in quotation marks or not', () => {
    expect(orgs('Die Tageszeitung Morgenkurier berichtete über den Streik.')).toEqual(['Morgenkurier'])
    expect(orgs('Der Fernsehsender „Kanal 9“ zeigte die Bilder.')).toEqual(['Kanal 9'])
    expect(orgs('Das meldete die malaysische Nachrichtenagentur Berita.')).toEqual(['Berita'])
  })
  it('takes an English name with its article and a compound classifier', () => {
    expect(orgs('Einem Bericht der Zeitung The Manila Herald zufolge flohen drei Häftlinge.')).toEqual(['The Manila Herald'])
    expect(orgs('Laut dem US-Nachrichtensender Ocean Network stieg die Zahl.')).toEqual(['Ocean Network'])
  })
  it('takes no common noun, first name or lone article after the noun', () => {
    expect(orgs('Die Zeitung Berichte aus der Region las er nicht.')).toEqual([])
    expect(orgs('Er sagte der Zeitung Karl Berger sei zurückgetreten.')).toEqual([])
    expect(orgs('Die Zeitung The meldete nichts.')).toEqual([])
    expect(orgs('Der Sender sendet heute nicht.')).toEqual([])
  })
})

describe('an outlet name that is also a classifier noun', () => {
  it('is no outlet when another name follows it', () => {
    expect(orgs('Das berichtete die Tageszeitung Morgenkurier am Montag.')).toEqual(['Morgenkurier'])
  })
  it('is the outlet when the text says so, and the common noun otherwise', () => {
    expect(orgs('Das schrieb „die tageszeitung“ am Montag.')).toEqual(['tageszeitung'])
    expect(orgs('Er liest jeden Morgen die Tageszeitung.')).toEqual([])
  })
})

describe('authorities named by their seat', () => {
  it('makes the authority and its seat one organization', () => {
    expect(orgs('Nach Angaben der Staatsanwaltschaft Görlitz wurden zwei Männer festgenommen.')).toEqual(['Staatsanwaltschaft Görlitz'])
    expect(orgs('Das Amtsgericht Tiergarten vertagte die Sitzung.')).toEqual(['Amtsgericht Tiergarten'])
  })
  it('takes no common noun, first name or longer phrase for a seat', () => {
    expect(orgs('Die Polizei Hunde suchten den Wald ab.')).toEqual([])
    expect(orgs('Die Polizei sagte Peter nichts.')).toEqual([])
    expect(orgs('Die Staatsanwaltschaft Berlin Mitte ermittelt.')).toEqual([])
  })
})

describe('unit and index abbreviations', () => {
  it('reports none as an organization, but keeps a real acronym', () => {
    expect(orgs('Das AKW liefert 1.400 MW, der DAX fiel, und das LNG kommt per Schiff.')).toEqual([])
    expect(orgs('Die OSZE schickte Beobachter.')).toEqual(['OSZE'])
  })
})

// Development paragraphs of issue 12 written for these tests: Russian state media in German
// (dateline tag of a state agency, bodies named by the country's genitive) and transcripts.
describe('Russian state media in German', () => {
  it('reports no agency of a dateline tag, but the agency the text cites', () => {
    const found = run('Moskau, 3. März (RIA Nowosti) – Der Kreml hat die Vorwürfe zurückgewiesen. Wie RIA Nowosti weiter meldete, tagte der Sicherheitsrat.')
    expect(found.filter((mention) => mention.type === 'organization').map((mention) => mention.text)).toEqual(['Kreml', 'RIA Nowosti', 'Sicherheitsrat'])
    expect(run('Moskau, 3. März (RIA Nowosti) – Der Kreml schwieg.').map((mention) => mention.text)).toEqual(['Moskau', 'Kreml'])
  })
  it('names a ministry and a national body by the country’s genitive after it', () => {
    expect(orgs('Laut dem Verteidigungsministerium der Russischen Föderation und dem Ermittlungskomitee Russlands sei die Übung beendet.')).toEqual(['Verteidigungsministerium', 'Ermittlungskomitee'])
    expect(run('Laut dem Verteidigungsministerium der Russischen Föderation sei die Übung beendet.').filter((mention) => mention.type === 'organization').map((mention) => mention.entity)).toEqual(['russisches-verteidigungsministerium'])
  })
  it('names no ministry or body without a country', () => {
    expect(orgs('Das Verteidigungsministerium und das Ermittlungskomitee schwiegen, der Generalstab auch.')).toEqual([])
  })
})

describe('outlets by their web address', () => {
  it('finds a web address of an outlet in the text, known or not', () => {
    expect(run('Das berichtete tagesschau.de, später auch novaja-gaseta.eu und Westnik.ru.').map((mention) => `${mention.text}=${mention.entity}`)).toEqual(['tagesschau.de=ard', 'novaja-gaseta.eu=novaja-gaseta-eu', 'Westnik.ru=westnik-ru'])
  })
  it('takes no part of a longer address, an e-mail address or a link', () => {
    expect(orgs('Mehr unter www.beispiel.de/ukraine, per Mail an redaktion@beispiel.de oder auf https://beispiel.com/news.')).toEqual([])
  })
})

describe('sign-offs of transcripts and agency copy', () => {
  it('reports no agency of `Ende/dpa`, but of a sentence that names it', () => {
    expect(run('Die Gespräche sollen fortgesetzt werden. Ende/dpa')).toEqual([])
    expect(orgs('Das Ende der Gespräche meldete die dpa.')).toEqual(['dpa'])
  })
})

describe('a point of the compass', () => {
  it('is a direction inside a place before `der`, `von` or a genitive', () => {
    expect(run('Die Polizei im Westen der Provinz und im Osten von Kaschgar meldete Schüsse, im Süden Chiles bebte die Erde.').filter((mention) => mention.entity === 'westen')).toEqual([])
  })
  it('stays the West as a region otherwise', () => {
    expect(run('Der Westen reagierte mit Sanktionen, sagte er über den Westen.').map((mention) => mention.entity)).toEqual(['westen', 'westen'])
  })
})
