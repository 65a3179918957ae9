/**
 * News agencies as they appear in credits (`(leg/reuters)`, `(dpa)`), by
 * lower-case short form, with the name the corpus records.
 */
export const agencyNames: Readonly<Record<string, string>> = {
  afp: 'AFP',
  ap: 'AP',
  apa: 'APA',
  dpa: 'dpa',
  epd: 'epd',
  kna: 'KNA',
  reuters: 'Reuters',
  sda: 'SDA',
  tass: 'TASS',
  interfax: 'Interfax',
  ria: 'RIA Nowosti',
  ukrinform: 'Ukrinform',
  dts: 'dts',
  afx: 'dpa-AFX',
  'dpa-afx': 'dpa-AFX'
}
