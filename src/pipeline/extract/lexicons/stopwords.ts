/**
 * Capitalized words that never start or continue a name: function words that
 * open a sentence, weekdays, months, and common nouns that follow role nouns
 * or first names in news text. Lower case.
 */
export const stopwords: ReadonlySet<string> = new Set(
  `der die das des dem den ein eine einer eines einem einen er sie es wir ihr ich man sein seine ihre ihr
  am im in an auf aus bei mit nach von vor zu zum zur über unter für gegen ohne um durch seit bis laut trotz wegen während
  und oder aber doch denn sondern auch noch schon nur nicht kein keine dass ob wenn als wie so da dann damit zudem
  jedoch allerdings außerdem bisher zuletzt zugleich dennoch daher deshalb dies diese dieser dieses jener jene
  nachdem weil obwohl bevor seitdem sobald falls indem sowohl weder zwar trotzdem inzwischen danach zuvor bislang später
  anschließend zunächst sogar vielmehr ebenfalls gleichzeitig nämlich insgesamt offenbar womöglich vermutlich
  hier dort heute gestern morgen jetzt nun immer nie wieder erst bereits mehr weniger alle viele einige beide andere
  montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende
  januar februar märz april mai juni juli august september oktober november dezember
  jahr jahre jahren monat monate woche wochen tag tage tagen ende anfang mitte
  regierung staat staaten land länder volk politik krieg frieden gespräch gespräche gesprächen treffen
  sicherheit frage fragen forderung forderungen angaben bericht berichten sprecher sprecherin
  mitglied mitglieder leiter seite seiten grenze grenzen truppen soldaten militär armee
  foto bild quelle video grafik`.split(/\s+/).filter(Boolean)
)
