// Organization rules from the precision audit of issue 12 (class 7): names that
// begin with an acronym, codes and events that are no organization, classifier
// nouns before a name, and a registry name inside a longer name. Invented
// sentences written for these tests, matched against the real registry.
import { describe, expect, it } from 'vitest'
import { mentions, organizationMentions } from './_mentions.js'

const orgs = (...texts: string[]) => organizationMentions(...texts).map((mention) => mention.text)

describe('a name that an unknown acronym begins', () => {
  it('takes the acronym and the words after it as one organization', () => {
    expect(orgs('Der Stürmer wechselt vom SC Neustadt zum FC St. Georgen.')).toEqual(['SC Neustadt', 'FC St. Georgen'])
    expect(orgs('Die IG Metall-Vorsitzende sprach, danach der Chef der IG Bau.')).toEqual(['IG Metall', 'IG Bau'])
    expect(orgs('Sie startet für den VSC Tannenberg, ihr Bruder für die SG ACT Waldau.')).toEqual(['VSC Tannenberg', 'SG ACT Waldau'])
  })
  it('keeps a longer acronym alone before a common noun, and one that a capitalized word follows', () => {
    expect(orgs('Ob die LDPR Sanktionen fordert, blieb offen.')).toEqual(['LDPR'])
    expect(orgs('Die KVB Rhein Sieg Bahn fährt.')).toEqual(['KVB'])
  })
  it('reports no acronym before a number or a numeral: an event, a code, a benefit', () => {
    expect(orgs('Bei der WM 2006 und im Verfahren S 12 KR 345/10 ging es um ALG II, sagte die OSZE.')).toEqual(['OSZE'])
  })
})

describe('classifier nouns before a name', () => {
  it('keeps the noun, also a hyphen compound of it, out of the mention', () => {
    expect(orgs('Der US-Sender CNN und die Menschenrechtsorganisation Memorial berichteten, der Inlandsgeheimdienst FSB schwieg.')).toEqual(['CNN', 'Memorial', 'FSB'])
    expect(orgs('Die staatliche Fluggesellschaft Aeroflot strich Flüge.')).toEqual(['Aeroflot'])
  })
  it('leaves a name that starts with a noun of its own whole (`Organisation für Sicherheit …`)', () => {
    expect(orgs('Die Organisation für Sicherheit und Zusammenarbeit in Europa tagt.')).toEqual(['Organisation für Sicherheit und Zusammenarbeit in Europa'])
  })
})

describe('a registry name inside a longer name', () => {
  it('is no mention of that entity after a capitalized adjective inside a sentence', () => {
    expect(mentions('Am Abend tagte der Ständige Sicherheitsrat des Bündnisses.').filter((m) => m.type === 'organization')).toEqual([])
    // The longer name is an organization of its own (entities/adjective-names.ts).
    expect(mentions('Helfer des Deutschen Roten Kreuzes waren vor Ort.').filter((m) => m.type === 'organization').map((m) => m.name)).toEqual(['Deutsches Rotes Kreuz'])
  })
  it('is no mention of a party or government when the genitive of a place follows', () => {
    expect(mentions('Sie ist Mitglied der Demokratischen Partei Serbiens.').map((m) => `${m.type}:${m.name}`)).toEqual(['organization:Demokratische Partei Serbiens', 'place:Serbien'])
  })
  it('stays the entity after an article, a classifier noun, a lower-case adjective, at a sentence start and where the registry knows the whole name', () => {
    expect(mentions('Das Rote Kreuz half. Ständige Sicherheitsrat-Sitzungen sind selten. Der Sicherheitsrat tagte.').map((m) => m.name)).toEqual(['Internationales Komitee vom Roten Kreuz', 'UN-Sicherheitsrat', 'UN-Sicherheitsrat'])
    expect(mentions('Dem Energieriesen Gazprom und der Deutschen Bundeswehr fehlt Geld, sagte ein Mitglied der Demokratischen Partei.').map((m) => m.name)).toEqual(['Gazprom', 'Bundeswehr', 'Demokratische Partei'])
    expect(mentions('Der russische Sicherheitsrat tagte.').map((m) => m.name)).toEqual(['Sicherheitsrat Russlands'])
  })
})

describe('ministries by a capital, courts and councils', () => {
  it('takes a capital’s adjective for the ministry’s country', () => {
    expect(mentions('Das Moskauer Verteidigungsministerium und das Kiewer Außenministerium widersprachen.').map((m) => m.name)).toEqual(['Verteidigungsministerium Russlands', 'Außenministerium der Ukraine'])
    expect(mentions('Das Verteidigungsministerium schwieg, der Moskauer Bürgermeister auch.').filter((m) => m.type === 'organization')).toEqual([])
  })
  it('reads `Obersten` before a noun as an adjective, not the rank before a name', () => {
    expect(mentions('Die Gruppe wurde vom Obersten Gericht Russlands verboten, der Oberste Gerichtshof der USA schwieg.').map((m) => `${m.type}:${m.name}`)).toEqual(['organization:Oberstes Gericht Russlands', 'place:Russland', 'organization:Oberster Gerichtshof der USA', 'place:USA'])
    expect(mentions('Oberst Kleinert sagte, die Lage sei ruhig.').map((m) => `${m.type}:${m.text}`)).toEqual(['person:Kleinert'])
  })
  it('knows national security councils by their names', () => {
    expect(orgs('Der Bundessicherheitsrat genehmigte die Lieferung, der Nationale Sicherheitsrat der Ukraine beriet.')).toEqual(['Bundessicherheitsrat', 'Nationale Sicherheitsrat'])
  })
})

describe('bodies that every country has under the same name', () => {
  const named = (...texts: string[]) => organizationMentions(...texts).map((mention) => `${mention.text} = ${mention.name}`)
  it('names them by the country the text gives: adjective, genitive, `in` and a capital, a prefix', () => {
    expect(named('Das Oberste Gericht der Ukraine hob das Urteil auf.', 'Das Oberste Gericht Russlands bestätigte es.')).toEqual(['Oberste Gericht = Oberstes Gericht der Ukraine', 'Oberste Gericht = Oberstes Gericht Russlands'])
    expect(named('Der ukrainische Nationale Sicherheitsrat beschloss Sanktionen, das Verfassungsgericht in Kiew prüft sie.')).toEqual(['Nationale Sicherheitsrat = Nationaler Sicherheitsrat der Ukraine', 'Verfassungsgericht = Verfassungsgericht der Ukraine'])
    expect(named('Das US-Verfassungsgericht und die Zentrale Wahlkommission Russlands schwiegen.')).toEqual(['US-Verfassungsgericht = Verfassungsgericht der USA', 'Zentrale Wahlkommission = Zentrale Wahlkommission Russlands'])
  })
  it('takes a known place’s genitive as written for a country without a nationality adjective in the lexicon', () => {
    expect(named('Das Verfassungsgericht der Mongolei tagte.')).toEqual(['Verfassungsgericht = Verfassungsgericht der Mongolei'])
  })
  it('finds the registry entity of a country’s body by any of its forms', () => {
    expect(named('Der amerikanische Nationale Sicherheitsrat tagte.')).toEqual(['Nationale Sicherheitsrat = Nationaler Sicherheitsrat der USA'])
  })
  it('names no entity without a country, and never merges two countries’ bodies', () => {
    expect(named('Das Oberste Gericht verwarf die Klage, der Nationale Sicherheitsrat tagte am Abend in Kiew.')).toEqual([])
    expect(named('Das Landes-Verfassungsgericht und das Bundesverfassungsgericht urteilten.')).toEqual(['Bundesverfassungsgericht = Bundesverfassungsgericht'])
    const [ukraine, russia] = mentions('Das Oberste Gericht der Ukraine urteilte.', 'Das Oberste Gericht Russlands auch.').filter((m) => m.type === 'organization')
    expect(ukraine!.name).not.toBe(russia!.name)
  })
})

describe('federal ministries and products', () => {
  it('names a federal ministry by its own name, with `für …` or a genitive', () => {
    expect(mentions('Das Bundesinnenministerium prüft, das Bundesministerium für Wirtschaft und Energie rechnet, das Bundesministerium des Innern schweigt.').map((m) => m.name)).toEqual([
      'Bundesinnenministerium',
      'Bundesministerium für Wirtschaft und Energie',
      'Bundesministerium des Innern'
    ])
    expect(mentions('Das Bundesverteidigungsministerium liefert Helme.').map((m) => m.name)).toEqual(['Bundesministerium der Verteidigung'])
  })
  it('reads an organization before a model letter, and a company after an article it never takes, as a product', () => {
    expect(orgs('Der Impfstoff Sputnik V wirkt, meldete Sputnik.')).toEqual(['Sputnik'])
    expect(orgs('Der Airbus landete in Riga. Als der Airbus abhob, stand eine Boeing am Gate; sie mieten einen Airbus.')).toEqual([])
  })
  it('keeps a company after a noun or a preposition (its genitive or dative), and before an initial', () => {
    expect(orgs('Der Chef der Rheinmetall sprach, bei der Airbus arbeiten viele, und die Airbus meldet Aufträge.')).toEqual(['Rheinmetall', 'Airbus', 'Airbus'])
    expect(orgs('Die Tochter des Airbus-Konzerns wächst, berichtete Sputnik. V. Petrow widersprach.')).toEqual(['Airbus', 'Sputnik'])
  })
  it('reads a company before a model number as a product', () => {
    expect(orgs('Eine Boeing 747 landete, der Airbus A400M flog.')).toEqual([])
    expect(orgs('Boeing und Airbus melden Aufträge, Rheinmetall liefert 20 Panzer.')).toEqual(['Boeing', 'Airbus', 'Rheinmetall'])
  })
})

describe('registry names of the topic', () => {
  it('finds forums, parties, services and media of NATO–Russia reporting', () => {
    expect(orgs('Der Petersburger Dialog, das Deutsch-Russische Forum und der Ost-Ausschuss der Deutschen Wirtschaft mahnten.')).toEqual(['Petersburger Dialog', 'Deutsch-Russische Forum', 'Ost-Ausschuss der Deutschen Wirtschaft'])
    expect(orgs('Die LDPR, Gerechtes Russland und Jabloko stimmten ab; in Kiew stimmte die Europäische Solidarität dagegen.')).toEqual(['LDPR', 'Gerechtes Russland', 'Jabloko', 'Europäische Solidarität'])
    expect(mentions('Die ukrainische Nationalgarde, das US European Command und der Nationale Sicherheitsrat der USA meldeten sich; Rossija 1 und Swesda berichteten.').filter((m) => m.type === 'organization').map((m) => m.name)).toEqual([
      'Nationalgarde der Ukraine',
      'US European Command',
      'Nationaler Sicherheitsrat der USA',
      'Rossija 1',
      'Swesda'
    ])
  })
})

describe('a national organization after another nationality', () => {
  it('is not the entity whose aliases name its country', () => {
    expect(mentions('Die australische Luftwaffe schickte Hubschrauber.').filter((m) => m.type === 'organization')).toEqual([])
    expect(mentions('Die deutsche Luftwaffe schickte Eurofighter, die russische Luftwaffe flog Angriffe.').map((m) => m.name)).toEqual(['Luftwaffe', 'Luft- und Weltraumkräfte Russlands'])
  })
})

describe('a person’s genitive after an organization noun', () => {
  it('is the person, and the organization has no name', () => {
    expect(mentions('Die Partei Erdoğans verlor Stimmen.').map((m) => `${m.type}:${m.name}`)).toEqual(['person:Recep Tayyip Erdoğan'])
    expect(orgs('Die Partei Kowalczyks verlor, die Gewerkschaft Brandts protestierte.')).toEqual([])
    expect(mentions('Tomasz Wielgosz kaufte zu. Der Konzern Wielgoszs wächst.').map((m) => `${m.type}:${m.name}`)).toEqual(['person:Tomasz Wielgosz', 'person:Tomasz Wielgosz'])
  })
  it('stays a name after a company noun when no person of that name is known', () => {
    expect(orgs('Der Konzern Siemens und die Fluggesellschaft Emirates meldeten Gewinne, die Partei Jabloko verlor.')).toEqual(['Siemens', 'Emirates', 'Jabloko'])
  })
})

describe('organizations after a classifier noun', () => {
  it('takes the name after a company, party, union or NGO noun', () => {
    expect(orgs('Die Fluggesellschaft Nordwind strich Flüge, der Rüstungskonzern Halvorsen lieferte.')).toEqual(['Nordwind', 'Halvorsen'])
    expect(orgs('Die Umweltorganisation „Grüner Fluss“ und die Partei Narodna Sloga protestierten.')).toEqual(['Grüner Fluss', 'Narodna Sloga'])
    expect(orgs('Die Bundesagentur für Arbeit Frank-Peter Kühn sagte nichts.')).toEqual(['Bundesagentur für Arbeit'])
  })
  it('takes nothing after a noun inside a name, before a common noun, or in front of an English connector', () => {
    expect(orgs('Sie ist Chefin der Demokratischen Partei Hongkongs.')).toEqual(['Demokratischen Partei'])
    expect(orgs('Die Partei Mitglieder verlor, die Oppositionspartei Movement for Change protestierte.')).toEqual([])
  })
})

describe('credits of agency copy', () => {
  it('reports no agency after a copyright sign, in an English sign-off or as a lone code after the last sentence', () => {
    expect(mentions('Der Kreml wies das zurück. ©AFP').map((m) => m.text)).toEqual(['Kreml'])
    expect(mentions('Die Lage bleibt angespannt, sagte er in Kiew. dpa-infocom').map((m) => m.text)).toEqual(['Kiew'])
    expect(mentions('Die Gespräche in Genf enden. (Reporting by Jonas Smith; Editing by Mara Doe)').map((m) => m.text)).toEqual(['Genf'])
    expect(mentions('Der Kreml wies das zurück. (c) dpa').map((m) => m.text)).toEqual(['Kreml'])
  })
  it('ends a copyright or picture credit without brackets after its names, so the caption after it keeps its own', () => {
    expect(mentions('© Lena Hartwig Die Kanzlerin Angela Merkel sprach in Berlin.').map((m) => m.text)).toEqual(['Angela Merkel', 'Berlin'])
    expect(mentions('©Lena Hartwig/AFP Emmanuel Macron empfing Olaf Scholz.').map((m) => m.text)).toEqual(['Emmanuel Macron', 'Olaf Scholz'])
    expect(mentions('© 2021 Getty Images Wladimir Putin in Moskau.').map((m) => m.text)).toEqual(['Wladimir Putin', 'Moskau'])
    expect(mentions('picture alliance/dpa/Lena Hartwig Olaf Scholz in Kiew.').map((m) => m.text)).toEqual(['Olaf Scholz', 'Kiew'])
  })
  it('keeps every name of the credit itself out, up to the sentence end or the closing bracket', () => {
    expect(mentions('© Lena Hartwig, Jan Koch/Reuters. Die Nato tagte in Brüssel.').map((m) => m.text)).toEqual(['Nato', 'Brüssel'])
    expect(mentions('(© Lena Hartwig/AFP/Nato) Die Nato tagte.').map((m) => m.text)).toEqual(['Nato'])
    expect(mentions('Putin in Moskau. © picture alliance/dpa/Sputnik').map((m) => m.text)).toEqual(['Putin', 'Moskau'])
  })
  it('matches a registry name with capitals only as written: the ordinary phrase in lower case is none', () => {
    expect(orgs('Die Partei Europäische Solidarität stimmte dagegen.')).toEqual(['Europäische Solidarität'])
    expect(orgs('Scholz appellierte an die europäische Solidarität mit der Ukraine.')).toEqual([])
    expect(orgs('Der Plan sei ein Schritt für ein gerechtes Russland, sagte er.')).toEqual([])
  })
  it('reports no organization for a common noun in capitals before a noun', () => {
    expect(orgs('Lücken in der IT Sicherheit der Ministerien bleiben, sagte die OSZE.')).toEqual(['OSZE'])
    expect(orgs('Nach dem WM Titel feierte die Stadt.')).toEqual([])
  })
  it('keeps an agency the text cites, also last in a paragraph', () => {
    expect(orgs('Das meldete die Agentur AFP. Das berichtete die dpa')).toEqual(['AFP', 'dpa'])
  })
})

describe('English organization names of common nouns', () => {
  it('end in a head noun of companies, parties and papers', () => {
    expect(orgs('Die Fluggesellschaft Nordic Sky Airlines und die Coastal Airways strichen Flüge, die Harbor Group kaufte zu.')).toEqual(['Nordic Sky Airlines', 'Coastal Airways', 'Harbor Group'])
    expect(orgs('Die Lakeside Times und die People’s Unity Party berichteten, die Alpha Bank zahlte.')).toEqual(['Lakeside Times', 'People’s Unity Party', 'Alpha Bank'])
  })
  it('are none for the head alone, after a German city’s adjective, and a registry name before the head stays itself', () => {
    expect(orgs('Er saß auf der Bank, die Kiewer Bank zahlte nicht, die Partei feierte.')).toEqual([])
    expect(orgs('Die Times berichtete, die Financial Times auch.').map((name) => name)).toEqual(['Times', 'Financial Times'])
  })
})

describe('names with a genitive inside', () => {
  const named = (...texts: string[]) => organizationMentions(...texts).map((mention) => `${mention.text} = ${mention.name}`)
  it('take a listed head, `der`/`des` and the complement, in the nominative, with an acronym in brackets', () => {
    expect(named('Die Gewerkschaft der Lehrer (GdL) warnte, der Chef des Bundes der Sparer (BdS) widersprach.')).toEqual([
      'Gewerkschaft der Lehrer = Gewerkschaft der Lehrer',
      'GdL = Gewerkschaft der Lehrer',
      'Bundes der Sparer = Bund der Sparer',
      'BdS = Bund der Sparer'
    ])
    expect(named('Sie sprach beim Verband der Keramischen Industrie und vor der Partei der Arbeit (PdA).')).toEqual(['Verband der Keramischen Industrie = Verband der Keramischen Industrie', 'Partei der Arbeit = Partei der Arbeit', 'PdA = Partei der Arbeit'])
  })
  it('are none after a role noun, a known name or a place, without an article, or before another capitalized word', () => {
    expect(named('Die Partei der Kanzlerin verlor, die Partei der Ukraine auch. Partei der Mitte ist ein Slogan. Der Bund der Sparer Hessen tagte.')).toEqual([])
    expect(named('Die Partei der Grünen stimmte zu.')).toEqual(['Grünen = Bündnis 90/Die Grünen'])
  })
  it('are none with an everyday head (`Bund`, `Partei`, `Liga`) and no acronym in brackets', () => {
    expect(named('Der Bund der Ehe ist geschützt, die Partei der Nichtwähler wächst, die Liga der Demokratien tagte, der Chef des Bundes der Sparer schwieg.')).toEqual([])
    expect(named('Die Gewerkschaft der Lehrer warnte.')).toEqual(['Gewerkschaft der Lehrer = Gewerkschaft der Lehrer'])
  })
})

// Review findings of issue 12: a country's genitive before a national body, a person's
// genitive after an organization noun, and a city's adjective before a registry body.
const named = (...texts: string[]) => mentions(...texts).map((m) => `${m.type}:${m.text}=${m.name}`)
describe('a national body after the country’s genitive', () => {
  it('is that country’s body', () => {
    expect(named('Russlands Verfassungsgericht wies die Klage ab, Polens Oberstem Gericht lag sie nicht vor.').filter((m) => !m.startsWith('place'))).toEqual(['organization:Verfassungsgericht=Verfassungsgericht Russlands', 'organization:Oberstem Gericht=Oberstes Gericht Polens'])
  })
  it('is none after a genitive that is no country, and none without a country', () => {
    expect(named('Berlins Verfassungsgericht tagte, das Verfassungsgericht schwieg.').filter((m) => m.startsWith('organization'))).toEqual([])
  })
})

describe('a person’s genitive after an organization noun', () => {
  it('names no organization when the word has a surname’s ending', () => {
    expect(named('Der Konzern Wolodarskas meldete Verluste, die Holding Marchenkos auch.').filter((m) => m.startsWith('organization'))).toEqual([])
  })
  it('keeps a company’s name that ends in -s', () => {
    expect(named('Der Konzern Siemens meldete Gewinne, der Konzern Halvoris auch.').filter((m) => m.startsWith('organization'))).toEqual(['organization:Siemens=Siemens', 'organization:Halvoris=Halvoris'])
  })
})

describe('a city’s adjective before a registry body of another country', () => {
  it('is another body (`der Berliner Senat` is not the US Senate)', () => {
    expect(named('Der Berliner Senat tagte, der Hamburger Senat auch.').filter((m) => m.startsWith('organization'))).toEqual([])
  })
  it('stays the body alone or with its own country’s adjective', () => {
    expect(named('Der Senat stimmte zu, der amerikanische Senat auch.').map((m) => m.split('=')[1])).toEqual(['US-Senat', 'US-Senat'])
  })
})

describe('acronyms and names that are no organization', () => {
  it('reports no acronym of an event in brackets, but one of an organization', () => {
    expect(named('Zum „Arctic Energy Summit“ (AES) kam die Internationale Energieagentur (IEA), zur Klimakonferenz (KLK) niemand.').filter((m) => m.startsWith('organization')).map((m) => m.split('=')[0])).toEqual(['organization:Internationale Energieagentur', 'organization:IEA'])
  })
  it('reports no ship after a ship prefix', () => {
    expect(named('Der Zerstörer USS Halvorsen und die HMS Kittiwake kreuzten vor der Küste.').filter((m) => m.startsWith('organization'))).toEqual([])
  })
  it('reports no person of the article as an outlet after an outlet noun', () => {
    expect(named('Der Politiker Sascha Wendrich war da. Der Sender hätte Wendrich nicht einladen dürfen, meinte er, der Sender Wendrich die Bühne geboten.').map((m) => m.split('=')[0])).toEqual(['person:Sascha Wendrich', 'person:Wendrich', 'person:Wendrich'])
  })
})

describe('a name with `für` and an elided compound', () => {
  it('goes on over `Außen- und …`', () => {
    expect(named('Sie leitet den Rat für Außen- und Sicherheitspolitik.').map((m) => m.split('=')[0])).toEqual(['organization:Rat für Außen- und Sicherheitspolitik'])
  })
  it('ends at the end of the noun phrase after the compound', () => {
    expect(named('Der Rat für Außen- und Sicherheitspolitik Jens Mertens sprach.').map((m) => m.split('=')[0])).toEqual(['organization:Rat für Außen- und Sicherheitspolitik', 'person:Jens Mertens'])
  })
})

describe('an organization named by its seat or area', () => {
  it('takes a compound head and a known place after it as one organization, the place a mention of its own', () => {
    expect(mentions('Der Landesbauernverband Sachsen-Anhalt warnte, die Ärztekammer Niedersachsen auch.').map((m) => `${m.type}:${m.name}`)).toEqual([
      'organization:Landesbauernverband Sachsen-Anhalt',
      'place:Sachsen-Anhalt',
      'organization:Ärztekammer Niedersachsen',
      'place:Niedersachsen'
    ])
    expect(mentions('Die Polizei Hamburg ermittelt.').map((m) => m.name)).toEqual(['Polizei Hamburg', 'Hamburg'])
  })
  it('takes none for a bare head, an unknown word, or a place that a capitalized word follows', () => {
    expect(orgs('Er lobte den Verband Bayern und den Landesverband Grün.')).toEqual([])
    expect(orgs('Die Polizei Hamburg Nord ermittelt.')).toEqual([])
  })
})

describe('federal bodies by the shape of their word', () => {
  it('names `Bundes…amt`, `…bundesamt`, federal courts and agencies in the nominative', () => {
    expect(mentions('Das Bundesverwaltungsamt, ein Sprecher des Bundessozialgerichts und das Luftfahrt-Bundesamt äußerten sich.').map((m) => m.name)).toEqual(['Bundesverwaltungsamt', 'Bundessozialgericht', 'Luftfahrt-Bundesamt'])
    expect(mentions('Nach Einschätzung des Umweltbundesamtes sinkt der Wert.').map((m) => m.name)).toEqual(['Umweltbundesamt'])
  })
  it('names no bare head, and leaves a name with `für` to its own rule', () => {
    expect(orgs('Eine Bundesbehörde und das Bundesamt prüfen das.')).toEqual([])
    expect(orgs('Die Bundesanstalt für Materialprüfung prüft.')).toEqual(['Bundesanstalt für Materialprüfung'])
  })
})

describe('a state ministry by the state’s or its capital’s adjective', () => {
  it('is the state’s ministry', () => {
    expect(mentions('Das Kieler Sozialministerium und ein Sprecher des sächsischen Kultusministeriums widersprachen.').map((m) => m.name)).toEqual(['Sozialministerium Schleswig-Holstein', 'Kultusministerium Sachsens'])
  })
  it('is none without such an adjective, and `Berliner` stays the federal one', () => {
    expect(orgs('Das Kultusministerium schwieg, ein Kieler Sprecher auch.')).toEqual([])
    expect(mentions('Das Berliner Außenministerium schwieg.').map((m) => m.name)).toEqual(['Auswärtiges Amt'])
  })
})

describe('adjective names of aid bodies, exchanges and city companies', () => {
  it('takes `-hilfe`, `Börse` and a city’s company after a capitalized adjective', () => {
    expect(mentions('Die Deutsche Krebshilfe und die Kölner Verkehrsbetriebe warben, die Hamburger Stadtreinigung auch.').map((m) => m.name)).toEqual(['Deutsche Krebshilfe', 'Kölner Verkehrsbetriebe', 'Hamburger Stadtreinigung'])
  })
  it('takes none after a lower-case adjective, and a city’s adjective before another bare head stays a common noun', () => {
    expect(orgs('Die deutsche Entwicklungshilfe wächst, das Hamburger Gericht tagt.')).toEqual([])
  })
})

describe('outlets and organizations after their nouns', () => {
  it('takes a quoted one-word outlet near a word of reporting', () => {
    expect(orgs('Wie die „Lebensmittelzeitung“ in ihrer Onlineausgabe berichtet, steigen die Preise.')).toEqual(['Lebensmittelzeitung'])
    expect(orgs('Der „Wirtschaftswoche“ zufolge sinkt der Absatz.')).toEqual(['Wirtschaftswoche'])
  })
  it('takes no quoted word without a word of reporting, a bare outlet noun, or a word of scorn', () => {
    expect(orgs('Die „Aktionswoche“ beginnt am Montag.')).toEqual([])
    expect(orgs('Er sprach von „Lügenpresse“ und der „Tageszeitung“, berichtete ein Reporter.')).toEqual([])
  })
  it('takes a name after a company noun or a compound of one, and three nouns joined by hyphens after a union noun', () => {
    expect(orgs('Das teilte die Plattenfirma Nordklang-Records mit, der Medienkonzern Halvorsen schwieg.')).toEqual(['Nordklang-Records', 'Halvorsen'])
    expect(orgs('Nach Angaben der Gewerkschaft Holz-Papier-Druck streiken 300 Beschäftigte.')).toEqual(['Gewerkschaft Holz-Papier-Druck'])
  })
  it('takes no common noun after the noun, no compound of two nouns, and no name that goes on after a full stop or a hyphen', () => {
    expect(orgs('Die Gewerkschaft Polizei-Wache streikt, die Firma Richtung Westen auch.')).toEqual([])
    expect(orgs('Der Sprecher der Bewegung Tahrik-i-Nur sagte das.')).toEqual([])
  })
  it('makes an acronym in brackets after such a name its alias', () => {
    expect(mentions('Die Partei Nieuwe Koers (NK) tritt an. Die Partei NK verlor.').map((m) => `${m.text}:${m.name}`)).toEqual(['Nieuwe Koers:Nieuwe Koers', 'NK:Nieuwe Koers', 'NK:Nieuwe Koers'])
    // Also when the acronym comes first.
    expect(mentions('Die Partei NK verlor.', 'Die Partei Nieuwe Koers (NK) tritt an.').map((m) => m.name)).toEqual(['Nieuwe Koers', 'Nieuwe Koers', 'Nieuwe Koers'])
    expect(mentions('Die Partei NK verlor.', 'Die Partei NV tritt an.').map((m) => m.name)).toEqual(['NK', 'NV'])
  })
})

describe('an organization named in part', () => {
  it('is the organization of the longer name: its first words, or an acronym that ends it', () => {
    expect(mentions('Die Pharmafirma „Kelvar Medical“ schwieg. Die Firma Kelvar auch.').map((m) => `${m.text}:${m.name}`)).toEqual(['Kelvar Medical:Kelvar Medical', 'Kelvar:Kelvar Medical'])
    expect(mentions('Der AK Datenschutz schreibt das. Auf der Seite des AK steht es.').map((m) => m.name)).toEqual(['AK Datenschutz', 'AK Datenschutz'])
  })
  it('stays apart when two longer names share the words', () => {
    expect(mentions('Die IG Metall und die IG Bau streiken. Die IG ist stark.').map((m) => m.name)).toEqual(['IG Metall', 'IG Bau', 'IG'])
  })
})

describe('longer names by complement and English connectors', () => {
  it('takes an institute’s complement in `für`, and a place after `of` into the name', () => {
    expect(orgs('Sie forscht am Max-Planck-Institut für Sonnensystemforschung in Göttingen.')).toEqual(['Max-Planck-Institut für Sonnensystemforschung'])
    expect(mentions('Er leitet die Human Rights Commission of Pakistan (HRCP).').map((m) => `${m.type}:${m.name}`)).toEqual(['organization:Human Rights Commission of Pakistan', 'place:Pakistan', 'organization:Human Rights Commission of Pakistan'])
  })
  it('takes no complement after another compound head, and ends an English name before `in`', () => {
    expect(orgs('Die Konrad-Adenauer-Stiftung für Frieden lädt ein.')).toEqual(['Konrad-Adenauer-Stiftung'])
    expect(orgs('Er lehrt an der University of Chicago in Illinois.')).toEqual(['University of Chicago'])
  })
})

describe('acronyms of things and a party in capitals', () => {
  it('reports no acronym in brackets after a thing, nor later in the article', () => {
    expect(orgs('Die Kapsel dockte an der Internationalen Raumstation (ISS) an.', 'Es war der 18. Flug zur ISS, teilte die NASA mit.')).toEqual(['NASA'])
    expect(orgs('Der Müll kam zur Müllverbrennungsanlage (MVA) Stapelfeld.')).toEqual([])
  })
  it('keeps an acronym in brackets after an organization', () => {
    expect(orgs('Das Umweltprogramm der Vereinten Nationen (UNEP) hilft.')).toEqual(['Vereinten Nationen', 'UNEP'])
  })
  it('reads a party written in capitals as the registry party with its article', () => {
    expect(mentions('Sie gehört der LINKEN an, er der LINKE-Fraktion nicht.').filter((m) => m.type === 'organization').map((m) => m.name)[0]).toBe('Die Linke')
    expect(orgs('Die NATO tagt.')).toEqual(['NATO'])
  })
})

describe('German states and bodies the gazetteer knows', () => {
  it('knows the states as places and unions, agencies and NGOs by their short names', () => {
    expect(mentions('In Rheinland-Pfalz, im Saarland und in Thüringen regnete es.').map((m) => `${m.type}:${m.name}`)).toEqual(['place:Rheinland-Pfalz', 'place:Saarland', 'place:Thüringen'])
    expect(mentions('Der DGB, das RKI und das Nobelkomitee äußerten sich.').map((m) => m.name)).toEqual(['Deutscher Gewerkschaftsbund', 'Robert Koch-Institut', 'Norwegisches Nobelkomitee'])
  })
  it('takes no lower-case word of a state for it', () => {
    expect(mentions('Die sachsen-freundliche Politik und der hessische Wein.').filter((m) => m.type === 'place')).toEqual([])
  })
})
