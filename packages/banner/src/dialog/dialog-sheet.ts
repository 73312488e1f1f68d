// The settings dialog's own CSS, in the dialog's chunk: the first layer never pays for it. It reads
// the theme variables (--_x) the banner's sheet (style/sheet.ts) defines on the host.
const CSS = `dialog{width:min(720px,100vw);max-height:90vh;padding:0;border-radius:8px}
::backdrop{background:#0008}
.h,.f{position:sticky;background:var(--_bg);padding:12px 20px;display:flex;gap:8px;align-items:center}
.h{top:0;border-bottom:1px solid var(--_bd)}.h h2{flex:1;margin:0}
.f{bottom:0;margin:0;border-top:1px solid var(--_bd)}
.x{width:44px;height:44px;flex:none;border:0;border-radius:50%;background:none;color:var(--_fg);font-size:28px;line-height:1}
.x:hover{background:#8883}
.m{padding:12px 20px}
section{border-top:1px solid var(--_bd);padding:12px 0}
label{display:flex;gap:12px;align-items:center;font-weight:600}
[role=switch]{appearance:none;flex:none;width:44px;height:24px;margin:0;border-radius:12px;background:radial-gradient(circle at 12px,var(--_bg) 8px,#0000 9px) var(--_mu);cursor:pointer}
[role=switch]:checked{background:radial-gradient(circle at 32px,var(--_af) 8px,#0000 9px) var(--_ac)}
[role=switch]:disabled{opacity:.5;cursor:default}
.d,small,dt{color:var(--_mu)}
details{margin:6px 0 0 56px}
dl{display:grid;grid-template-columns:fit-content(40%) 1fr;gap:2px 12px}dd{margin:0}
ul{padding:0;list-style:none}code{word-break:break-all}
@media (max-width:640px){dl{display:block}details{margin-left:0}}`

let sheet: CSSStyleSheet | undefined

/** Adds the dialog's sheet (built once per page) to `shadow`'s, unless it is there already. */
export function adoptDialogStyles(shadow: ShadowRoot): void {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS)
  if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet]
}
