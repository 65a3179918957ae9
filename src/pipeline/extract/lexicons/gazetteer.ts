/**
 * Places and organizations that the extractor knows without the registry:
 * countries, capitals and large cities, regions, seas and straits;
 * international organizations, news agencies and media, parties and
 * institutions. The registry wins where it lists the same name. Entities found
 * through this list are reported as discovered (`provisional: true`).
 */
export interface GazetteerEntry {
  readonly type: 'place' | 'organization'
  readonly name: string
  readonly aliases?: readonly string[]
  readonly kind: string
}

const list = (type: GazetteerEntry['type'], kind: string, text: string): GazetteerEntry[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, ...aliases] = line.split('|').map((value) => value.trim())
      return { type, kind, name: name!, aliases }
    })

/** The entries. */
export const gazetteer: readonly GazetteerEntry[] = [
  ...list('place', 'country', `
    Russland|Russische Föderation
    Ukraine
    USA|Vereinigte Staaten|Vereinigte Staaten von Amerika|Amerika
    Deutschland|Bundesrepublik
    Frankreich
    Großbritannien|Vereinigtes Königreich|Britannien
    Polen
    Belarus|Weißrussland
    Georgien
    Litauen
    Lettland
    Estland
    Finnland
    Schweden
    Norwegen
    Dänemark
    Belgien
    Niederlande|Holland
    Luxemburg
    Österreich
    Schweiz
    Italien
    Spanien
    Portugal
    Griechenland
    Türkei
    Rumänien
    Bulgarien
    Ungarn
    Tschechien|Tschechische Republik
    Slowakei
    Slowenien
    Kroatien
    Serbien
    Bosnien-Herzegowina|Bosnien und Herzegowina
    Montenegro
    Nordmazedonien
    Albanien
    Kosovo
    Moldau|Moldawien|Republik Moldau
    Armenien
    Aserbaidschan
    Kasachstan
    Usbekistan
    Kirgistan
    Tadschikistan
    Turkmenistan
    China|Volksrepublik China
    Japan
    Indien
    Pakistan
    Afghanistan
    Iran
    Irak
    Syrien
    Israel
    Libyen
    Mali
    Ägypten
    Saudi-Arabien
    Kanada
    Mexiko
    Brasilien
    Venezuela
    Kuba
    Nordkorea
    Südkorea
    Australien
    Island
    Irland
    Zypern
    Malta
    Sowjetunion|UdSSR
    Transnistrien
    Abchasien
    Südossetien
  `),
  ...list('place', 'city', `
    Moskau
    Kiew|Kyjiw|Kyiv
    Washington
    Berlin
    Brüssel
    Paris
    London
    Warschau
    Minsk
    Wien
    Genf
    Rom
    Madrid
    Lissabon
    Den Haag
    Amsterdam
    Stockholm
    Oslo
    Helsinki
    Kopenhagen
    Riga
    Vilnius|Wilna
    Tallinn
    Prag
    Budapest
    Bukarest
    Sofia
    Ankara
    Istanbul
    Tiflis|Tbilissi
    Jerewan
    Baku
    Peking|Beijing
    Tokio
    Neu-Delhi
    Teheran
    Damaskus
    Ottawa
    New York
    München
    Hamburg
    Frankfurt
    Bonn
    Sankt Petersburg|St. Petersburg|Petersburg
    Kaliningrad|Königsberg
    Sewastopol
    Simferopol
    Donezk
    Luhansk|Lugansk
    Charkiw|Charkow
    Odessa
    Mariupol
    Lwiw|Lemberg
    Dnipro
    Cherson
    Saporischschja
    Kramatorsk
    Sotschi
    Wladiwostok
    Wolgograd
    Jekaterinburg
    Nowosibirsk
    Rostow am Don|Rostow
    Woronesch
    Brjansk
    Belgorod
    Kursk
    Pskow
    Smolensk
    Brest
    Grodno
    Narva
    Chisinau|Kischinau
    Almaty
    Astana|Nur-Sultan
    Davos
    Straßburg
  `),
  ...list('place', 'region', `
    Hongkong|Hong Kong
    Macau|Macao
    Europa
    Osteuropa
    Westeuropa
    Mitteleuropa
    Südosteuropa
    Nordeuropa
    Asien
    Zentralasien
    Afrika
    Nahost|Naher Osten
    Kaukasus
    Südkaukasus
    Balkan|Westbalkan
    Baltikum
    Skandinavien
    Arktis
    Sibirien
    Krim|Halbinsel Krim
    Donbass|Donbas
    Ostukraine
    Westukraine
    Transkarpatien
    Tschetschenien
    Nordamerika
    Westen
    Lateinamerika
    Baden-Württemberg
    Bayern|Freistaat Bayern
    Brandenburg
    Bremen
    Hessen
    Mecklenburg-Vorpommern
    Niedersachsen
    Nordrhein-Westfalen
    Rheinland-Pfalz
    Saarland
    Sachsen|Freistaat Sachsen
    Sachsen-Anhalt
    Schleswig-Holstein
    Thüringen|Freistaat Thüringen
  `),
  ...list('place', 'sea', `
    Schwarzes Meer
    Asowsches Meer
    Ostsee
    Nordsee
    Mittelmeer
    Atlantik|Nordatlantik
    Pazifik
    Straße von Kertsch|Meerenge von Kertsch
    Bosporus
    Dardanellen
    Barentssee
    Suwalki-Lücke
  `),
  ...list('organization', 'international', `
    NATO|Nato|Nordatlantikpakt|Nordatlantische Allianz|Atlantische Allianz
    Europäische Union|EU
    Vereinte Nationen|UN|UNO
    UN-Sicherheitsrat|Sicherheitsrat|Weltsicherheitsrat
    OSZE|Organisation für Sicherheit und Zusammenarbeit in Europa
    Europarat
    Europäische Kommission|EU-Kommission
    Europäisches Parlament|EU-Parlament
    Nato-Russland-Rat|NATO-Russland-Rat
    G7
    G20
    OVKS|Organisation des Vertrags über kollektive Sicherheit
    GUS|Gemeinschaft Unabhängiger Staaten
    Eurasische Wirtschaftsunion
    IAEA|Internationale Atomenergiebehörde
    Internationaler Währungsfonds|IWF
    Weltbank
    Welthandelsorganisation|WTO
    Weltgesundheitsorganisation|WHO
  `),
  ...list('organization', 'state', `
    Kreml
    Weißes Haus
    Pentagon
    US-Kongress
    US-Senat|Senat
    Repräsentantenhaus
    Bundestag
    Bundesregierung
    Bundeswehr
    Bundesrat
    Auswärtiges Amt
    Kanzleramt|Bundeskanzleramt
    Duma|Staatsduma
    Föderationsrat
    Werchowna Rada|Rada
    Élysée|Elysée-Palast
    Downing Street
    State Department|US-Außenministerium
    Bundesnachrichtendienst|BND
    CIA
    NSA
    FBI
    FSB
    GRU
    KGB
    Rosatom
    Roskosmos
    Bundessicherheitsrat
    Bundespolizei
    Bundesamt für Verfassungsschutz|Verfassungsschutz|BfV
    Bundeskriminalamt|BKA
    Umweltbundesamt|UBA
    Bundeskartellamt
    Bundesnetzagentur
    Kraftfahrt-Bundesamt|KBA
    Bundesgerichtshof|BGH
    Bundesanstalt für Finanzdienstleistungsaufsicht|BaFin
    Deutscher Wetterdienst|DWD
    Robert Koch-Institut|Robert-Koch-Institut|RKI
  `),
  ...list('organization', 'union', `
    Deutscher Gewerkschaftsbund|DGB
    Verdi|Ver.di|ver.di|Vereinte Dienstleistungsgewerkschaft
    IG Metall
  `),
  ...list('organization', 'ngo', `
    Greenpeace
    Ärzte ohne Grenzen
    Deutsche Umwelthilfe|DUH
    Deutsches Rotes Kreuz|DRK
    Norwegisches Nobelkomitee|Nobelkomitee
    Bundesverband der Deutschen Industrie|BDI
    ADAC
  `),
  ...list('organization', 'company', `
    Gazprom
    Rosneft
    Lukoil
    Nord Stream 2|Nord Stream
    Naftogaz
    Wagner-Gruppe|Gruppe Wagner|Wagner Group
  `),
  ...list('organization', 'party', `
    SPD
    CDU
    CSU
    FDP
    AfD
    Grüne|Die Grünen|Bündnis 90/Die Grünen
    Die Linke|Linkspartei
    Einiges Russland
    Kommunistische Partei
  `),
  ...list('organization', 'media', `
    TASS|Tass
    RIA Nowosti|Ria Nowosti|RIA Novosti
    Interfax
    Sputnik
    RT|Russia Today|RT DE
    Reuters
    AFP|Agence France-Presse
    dpa|Deutsche Presse-Agentur
    AP|Associated Press
    Bloomberg
    Ukrinform
    Unian
    Kommersant
    Iswestija
    Prawda
    Nowaja Gaseta
    BBC
    CNN
    Fox News
    NBC
    CBS
    ABC
    New York Times
    Washington Post
    Wall Street Journal
    Financial Times
    The Guardian|Guardian
    Politico
    Axios
    Spiegel|Der Spiegel
    FAZ|Frankfurter Allgemeine Zeitung
    Süddeutsche Zeitung
    Die Welt
    ARD
    ZDF
    Deutsche Welle|DW
    Tagesschau
    Handelsblatt
    Le Monde
    Radio Free Europe
    Echo Moskwy
    Haaretz
    Welt am Sonntag|WamS
    Bild am Sonntag
    Frankfurter Allgemeine Sonntagszeitung|FAS
    N24|n24
    Lewada-Zentrum|Levada-Zentrum
  `)
]
