/**
 * Common nouns that classify the name right after them (`die Nachrichtenagentur
 * AFP`, `die Gaspipeline Nord Stream 2`, `das Nachrichtenmagazin Der Spiegel`).
 * They are never part of a mention: the mention is the name alone. Registry
 * aliases do not start with one (test/pipeline/registry/registry-data.test.ts),
 * and an alias that does is indexed without it. Lower case.
 */
export const classifierNouns: ReadonlySet<string> = new Set(
  `nachrichtenagentur agentur staatsagentur presseagentur nachrichtenagenturen
  nachrichtenmagazin magazin zeitung tageszeitung wochenzeitung sonntagszeitung boulevardzeitung boulevardblatt blatt
  sender staatssender fernsehsender radiosender nachrichtensender staatsfernsehen onlineportal nachrichtenportal portal
  plattform onlineplattform kurznachrichtendienst messengerdienst videoplattform
  pipeline gaspipeline ostseepipeline erdgaspipeline
  denkfabrik thinktank konzern energiekonzern gaskonzern ölkonzern staatskonzern rüstungskonzern
  partei regierungspartei oppositionspartei
  geheimdienst nachrichtendienst inlandsgeheimdienst auslandsgeheimdienst militärgeheimdienst
  menschenrechtsorganisation bürgerrechtsorganisation umweltschutzorganisation umweltorganisation hilfsorganisation
  nichtregierungsorganisation fluggesellschaft gewerkschaft`.split(/\s+/).filter(Boolean)
)

/** Whether `word` (as written) is a classifier noun; of a hyphen compound the last element counts (`US-Sender`). */
export function isClassifierNoun(word: string): boolean {
  return classifierNouns.has(word.slice(word.lastIndexOf('-') + 1).toLowerCase())
}
