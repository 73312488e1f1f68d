// The console's stylesheet (SVG text sizes are in viewBox units: the chart shrinks on phones, so
// its labels grow there to stay legible), applied as a constructed stylesheet: CSSOM is outside CSP's
// style-src inline rules, so the page needs no 'unsafe-inline' and no style nonce.
export const CONSOLE_CSS = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--accent:#0a58ca;--bad:#b3261e;--good:#1b6e35}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;color:var(--ink);background:#fff}
.console{max-width:64rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;border-bottom:1px solid var(--line);padding-bottom:.5rem}
header h1{font-size:1.25rem;margin:0;flex:1 1 auto}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
section,form{margin-bottom:1rem}
label{font-weight:600}
input,select,button{font:inherit;color:inherit;min-height:2.75rem;padding:.25rem .5rem;border:1px solid #767676;border-radius:4px;background:#fff;max-width:100%}
button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer;font-weight:600}
button.secondary{background:#fff;color:var(--accent)}
button:disabled,button[aria-disabled=true]{opacity:.6;cursor:wait}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.lookup{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.receipt{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.25rem 1rem}
.receipt dt{font-weight:600}.receipt dd{margin:0;overflow-wrap:anywhere}
.scroll{overflow-x:auto}
.receipt code,.scroll code{word-break:break-all}
.wording{white-space:pre-wrap;margin:0;padding:.5rem;border:1px solid var(--line);font:inherit}
.login{max-width:28rem;display:grid;gap:.5rem}
.grid{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.5rem 1rem;align-items:center}
@media (min-width:48rem){.grid{grid-template-columns:max-content 1fr max-content 1fr}}
.note{color:var(--muted);font-size:.9rem}
.alert,.error{color:var(--bad);font-weight:600}
.status:empty,.error:empty{margin:0}
.big{font-size:2rem;font-weight:700;margin:0}
.ok{color:var(--good);font-weight:600}.broken{color:var(--bad);font-weight:600}
.scroll{overflow-x:auto}
table{border-collapse:collapse;min-width:100%}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:right;white-space:nowrap}
th[scope=row],thead th:first-child{text-align:left}
caption{text-align:left;font-weight:600}
code{font-size:.85em;color:var(--muted)}
meter{width:5rem;vertical-align:middle}
.exports{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.check{font-weight:400;display:flex;gap:.25rem;align-items:center}
.check input{min-height:auto;width:1.25rem;height:1.25rem}
.chart{margin:0}
.chart svg{width:100%;height:auto;display:block}
.chart text{font-size:12px;fill:var(--muted)}
@media (max-width:40rem){.chart text{font-size:20px}}
.tick line{stroke:#e2e2e2}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0}
.swatch{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:-.1rem;border-radius:2px}
.m-accept-all{fill:#1b7f3b;background:#1b7f3b}.m-reject-all{fill:#b3261e;background:#b3261e}
.m-custom{fill:#0a58ca;background:#0a58ca}.m-withdraw{fill:#a35200;background:#a35200}
.m-gpc{fill:#6f42c1;background:#6f42c1}.m-api{fill:#5c5c5c;background:#5c5c5c}
.chain-box{border:3px solid currentColor;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
.chain-box h3{margin:0 0 .25rem;font-size:1rem;color:var(--ink)}.chain-box p{margin:0;font-size:1.25rem}
.summary h3{font-size:1rem;margin:1.25rem 0 .25rem}
@page{size:A4;margin:15mm}
@media print{
body{font-size:10.5pt}.console{max-width:none;padding:0}
.no-print,.status,.error{display:none!important}
.scroll{overflow:visible}
table{width:100%;page-break-inside:auto}tr{break-inside:avoid}
th,td{white-space:normal;padding:.15rem .4rem;border-bottom:1px solid #999}
code{color:#333}.ok,.broken{color:#000}.chain-box{border-width:2px}
}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`

let sheet: CSSStyleSheet | undefined

/** Adds the stylesheet to `doc` once. */
export function adoptConsoleStyles(doc: Document = document): void {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CONSOLE_CSS)
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
}
