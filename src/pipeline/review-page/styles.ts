/**
 * The stylesheet of the review pages, inlined in each page (no network
 * resources). Every highlight has a second cue besides its colour: mentions a
 * type label and an underline style per type (person solid, organization
 * double, place dashed, registry candidate dotted outline), quotes a badge
 * with their kind and an underline style per kind.
 */
export const reviewStyles = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --line: #d9d9e0; --paper: #fff; --wash: #f6f6f9;
  --person: #dbeafe; --person-ink: #1e40af; --org: #fde7c8; --org-ink: #92400e; --place: #d9f2df; --place-ink: #166534;
  --direct: #7c3aed; --indirect: #0f766e; --mixed: #b45309; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--wash); }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
header.page { background: var(--paper); border-bottom: 1px solid var(--line); }
header.page .inner { max-width: 52rem; margin: 0 auto; padding: .75rem 1rem; }
header.page nav a { color: var(--muted); font-size: .875rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.125rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
a { color: #3730a3; }
.meta { color: var(--muted); font-size: .875rem; margin: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.meta span { white-space: nowrap; } .meta span.path { white-space: normal; overflow-wrap: anywhere; }
.status { display: inline-block; font-size: .75rem; font-weight: 600; letter-spacing: .02em; text-transform: uppercase; padding: .05rem .4rem; border-radius: .25rem; border: 1px solid currentColor; }
.status.corpus { color: #166534; } .status.draft { color: #92400e; }
.note { background: #fff7e6; border: 1px solid #f0c36d; border-radius: .375rem; padding: .5rem .75rem; font-size: .875rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; font-size: .8125rem; color: var(--muted); margin: .75rem 0 0; padding: 0; list-style: none; }
.text { background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1.25rem; }
.text p { margin: .9rem 0; overflow-wrap: anywhere; }
.text p.caption { font-size: .875rem; color: var(--muted); font-style: italic; }
.text p.heading { font-weight: 700; }
.pno { float: left; margin-left: -1rem; width: .9rem; font-size: .625rem; color: #9a9aa5; line-height: 2.4; user-select: none; }
.m { padding: 0 .15rem; border-radius: .2rem; border-bottom: 2px solid; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.m.person { background: var(--person); border-color: var(--person-ink); border-bottom-style: solid; }
.m.organization { background: var(--org); border-color: var(--org-ink); border-bottom-style: double; border-bottom-width: 3px; }
.m.place { background: var(--place); border-color: var(--place-ink); border-bottom-style: dashed; }
.m.candidate { outline: 1.5px dotted var(--ink); outline-offset: 1px; }
.tag { font-size: .625rem; font-weight: 700; letter-spacing: .04em; margin-left: .2rem; vertical-align: .1em; color: var(--muted); }
.m.person .tag { color: var(--person-ink); } .m.organization .tag { color: var(--org-ink); } .m.place .tag { color: var(--place-ink); }
.q { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .3em; }
.q.direct { text-decoration-color: var(--direct); text-decoration-style: solid; }
.q.indirect { text-decoration-color: var(--indirect); text-decoration-style: wavy; text-decoration-thickness: 1px; }
.q.mixed { text-decoration-color: var(--mixed); text-decoration-style: dotted; }
.badge { display: inline-block; font-size: .6875rem; line-height: 1.4; font-weight: 600; padding: 0 .35rem; margin: 0 .2rem; border-radius: 999px; color: #fff; text-decoration: none; vertical-align: .15em; white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis; }
.badge.direct { background: var(--direct); } .badge.indirect { background: var(--indirect); } .badge.mixed { background: var(--mixed); }
.badge.corrected, .flag { background: #fff; color: #b91c1c; border: 1px solid #b91c1c; }
.flag { font-size: .625rem; font-weight: 700; padding: 0 .25rem; border-radius: .2rem; margin-left: .2rem; vertical-align: .1em; }
.speakers { display: grid; gap: .75rem; }
.speakers h3 { margin: 0 0 .25rem; }
.speakers ol { margin: 0; padding-left: 1.25rem; }
.speakers li { margin: .5rem 0; }
.speakers blockquote { margin: .15rem 0; font-style: italic; overflow-wrap: anywhere; }
.facts { display: flex; flex-wrap: wrap; gap: .15rem .75rem; font-size: .8125rem; color: var(--muted); margin: 0; }
.facts div { display: flex; gap: .25rem; } .facts dt { font-weight: 600; } .facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .875rem; background: var(--paper); }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: .5rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font: .8125rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.corrections li { margin: .35rem 0; }
:target { scroll-margin-top: 1rem; }
li:target, span.q:target { background: #fef9c3; }
@media (max-width: 40rem) { body { font-size: 15px; } main { padding: .75rem .5rem 2rem; } .text { padding: .25rem .75rem; } .pno { display: none; } h1 { font-size: 1.25rem; } }
@media print { body { background: #fff; } .text, .card { border: 0; } }
`
