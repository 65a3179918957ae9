// What every consumer test runs against the package: each query helper once,
// with results reduced to plain JSON. `summarize.toString()` is pasted into the
// Node.js, CommonJS and browser programs, so it is written as plain
// JavaScript (no types) and may only use its argument.

/**
 * Call every export of the runtime and return the results as JSON-safe data.
 *
 * @param {Record<string, any>} k
 *   The module namespace (`import * as k`) or `require()` result.
 */
// biome-ignore lint: plain JavaScript on purpose.
export function summarize(k: any): unknown {
  const ids = (list: any[]) => list.map((item: any) => item.id)
  const first = k.articles[0]
  const full = first ? k.getArticle(first.id) : undefined
  const months = [...new Set(k.articles.map((article: any) => article.date.slice(0, 7)))].sort() as string[]
  const speakers = [...new Set(k.quotes.map((quote: any) => quote.speaker).filter(Boolean))].sort() as string[]
  return {
    exports: Object.keys(k)
      .filter((key) => key !== 'default' && key !== '__esModule' && key !== 'module.exports')
      .sort(),
    corpusVersion: k.corpusVersion,
    manifest: { corpusVersion: k.manifest.corpusVersion, articles: Object.keys(k.manifest.articles).length },
    articles: ids(k.articles),
    entities: ids(k.entities),
    quotes: ids(k.quotes),
    byDate: months.map((month) => [month, ids(k.byDate(month))]),
    byDateRange: ids(k.byDate({ from: '2021-11', to: '2022-01-15' })),
    byActor: k.entities.map((entity: any) => [entity.id, k.byActor(entity.name).length, k.byActor(entity.id).length]),
    quotesBy: speakers.map((speaker) => [speaker, k.quotesBy(speaker).length, k.quotesBy(speaker, { kind: 'direct' }).length]),
    getArticle: full
      ? { id: full.id, paragraphs: full.paragraphs.length, first: full.paragraphs[0]?.text, markdown: full.markdown.length, mentions: full.mentions.length, quotes: full.quotes.length }
      : null,
    getArticleUnknown: k.getArticle('no-such-article') === undefined,
    getEntity: k.entities.map((entity: any) => k.getEntity(entity.id).name),
    resolveActor: k.entities.map((entity: any) => k.resolveActor(entity.name)),
    dateInterval: k.dateInterval('2024-02'),
    foldName: k.foldName('Nato-Generalsekretär Straße'),
    byDateError: (() => {
      try {
        k.byDate('2021-02-30')
        return 'no error'
      } catch (error) {
        return (error as Error).name
      }
    })()
  }
}
