// `npm start`: build the corpus and package, then query the built package as a user would.
import { byActor, byDate, corpusVersion, entities, getArticle, quotesBy } from '../dist/index.js'

console.log(`nato-russland-korpus ${corpusVersion}: ${byDate({}).length} articles, ${entities.length} entities\n`)

console.log("byDate('2022-01')")
for (const article of byDate('2022-01')) console.log(`  ${article.date}  ${article.title}  (${article.quoteCount} quotes)`)

console.log("\nbyActor('Grushko')")
for (const article of byActor('Grushko')) console.log(`  ${article.id}`)

console.log("\nquotesBy('Stoltenberg', { kind: 'direct' })")
for (const quote of quotesBy('Stoltenberg', { kind: 'direct' })) console.log(`  „${quote.text}“  [${quote.articleId}, paragraph ${quote.paragraph}]`)

const first = byDate('2021-11-01')[0]
if (first) {
  const article = getArticle(first.id)
  console.log(`\ngetArticle('${first.id}').paragraphs[1].text`)
  console.log(`  ${article?.paragraphs[1]?.text.slice(0, 160)}…`)
}
