// Styles of the embedded notice; themable through the same custom properties as the banner.
export const NOTICE_CSS = `:host{display:block;color:var(--sekisho-text,inherit);font:inherit;line-height:1.7}
.sekisho-notice{max-width:60rem}
h2{font-size:1.5em;margin:0 0 .5em}
h3{font-size:1.25em;margin:1.5em 0 .5em;padding-bottom:.25em;border-bottom:2px solid var(--sekisho-accent,#0a58ca)}
h4{font-size:1.05em;margin:1.25em 0 .5em}
.service{border:1px solid var(--sekisho-border,#c8ccd0);border-radius:6px;padding:.75em 1em;margin:.75em 0}
dl{display:grid;grid-template-columns:minmax(8em,max-content) 1fr;gap:.35em 1em;margin:0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
ul{margin:0;padding-left:1.2em}
a{color:var(--sekisho-accent,#0a58ca);text-decoration:underline}
a:focus-visible{outline:2px solid currentColor;outline-offset:2px}
@media (max-width:32rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5em}}`
