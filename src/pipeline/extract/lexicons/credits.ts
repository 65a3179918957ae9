/**
 * Credit and sign-off tags: the news agencies and picture agencies that
 * credit lines name (`(dpa/AFP)`, `Foto: picture alliance/dpa`,
 * `(leg/reuters)`). Names in a credit are not entities of the article
 * (../shared/eval/FORMAT.md). Lower case.
 */
export const agencyCodes: ReadonlySet<string> = new Set(
  `dpa afp ap rtr reuters kna epd dts apa sda ddp sid afx ansa efe pap belga anp ats ctk mti bta
  tass itar ria nowosti novosti interfax sputnik ukrinform unian xinhua kyodo yonhap anadolu bloomberg
  epa keystone imago getty ullstein infocom sna`.split(/\s+/).filter(Boolean)
)

/**
 * Words that open a credit line when a colon follows (`Foto: …`, `Quelle: …`).
 * `Video` is not one: `Video: Putin warnt …` is a title.
 */
export const creditCues: readonly string[] = [
  'Foto', 'Fotos', 'Fotograf', 'Fotografin', 'Bild', 'Bilder', 'Bildquelle', 'Bildrechte', 'Quelle', 'Quellen',
  'Grafik', 'Karte', 'Illustration', 'Copyright', 'Credit', 'Credits', 'Photo', 'Titelbild', 'Archivbild', 'Archivfoto'
]

/** Picture agencies and image credits written out (`picture alliance`, `Getty Images`): a credit runs from them to its end. */
export const pictureCredits: readonly string[] = ['picture alliance', 'picture-alliance', 'imago images', 'Getty Images', 'AP Photo', 'AFP Photo', 'Sputnik Photo']
