// The banner's CSS, adopted as constructable stylesheets: no <style> element and no style attribute,
// so it works under a strict CSP without 'unsafe-inline' and never leaks to the page. What only the
// settings dialog needs comes with the dialog's chunk (dialog/dialog-sheet.ts), not on every first visit.

// Internal --_x variables read the public --sekisho-* ones; dark mode swaps the defaults only.
const CSS = `:host{color-scheme:light dark;--_bg:var(--sekisho-bg,#fff);--_fg:var(--sekisho-fg,#1a1a1a);--_mu:var(--sekisho-muted,#555);--_ac:var(--sekisho-accent,#0b57d0);--_af:var(--sekisho-accent-fg,#fff);--_bd:var(--sekisho-border,#c4c7c5);--_fo:var(--sekisho-focus,#b3261e)}
@media (prefers-color-scheme:dark){:host{--_bg:var(--sekisho-dark-bg,#1f1f1f);--_fg:var(--sekisho-dark-fg,#eee);--_mu:var(--sekisho-dark-muted,#bbb);--_ac:var(--sekisho-dark-accent,#a8c7fa);--_af:var(--sekisho-dark-accent-fg,#062e6f);--_bd:var(--sekisho-dark-border,#5f6368);--_fo:var(--sekisho-dark-focus,#f2b8b5)}}
*{box-sizing:border-box}
.l,dialog,.r{font:15px/1.6 var(--sekisho-font,system-ui,sans-serif);color:var(--_fg);background:var(--_bg);border:1px solid var(--_bd);z-index:var(--sekisho-z,2147483000)}
.l{position:fixed;inset:auto 0 0;max-height:90vh;overflow:auto;padding:16px 20px;box-shadow:0 -2px 12px #0004;animation:in .2s}
.c{inset:50% auto auto 50%;transform:translate(-50%,-50%);width:min(560px,94vw);border-radius:8px}
@keyframes in{from{opacity:0}}
@media (prefers-reduced-motion:reduce){*{animation:none!important}}
h2,h3,p{margin:0 0 8px}h2{font-size:1.15em}h3{font-size:1em}
a,.k{color:var(--_ac);background:none;border:0;padding:0;font:inherit;text-decoration:underline;cursor:pointer}
button,select{font:inherit;cursor:pointer}
.g{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;margin-bottom:8px}.g h2{flex:1 1 12em;margin:0}
select{font-size:13px;color:var(--_fg);background:var(--_bg);border:1px solid var(--_bd);border-radius:16px;min-height:32px;padding:0 12px}
.b{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}
.b button{flex:1 1 9em;min-height:44px;padding:8px 16px;border:2px solid transparent;border-radius:8px;background:var(--_ac);color:var(--_af);font-weight:600}
:focus-visible{outline:3px solid var(--_fo);outline-offset:2px}
@media (max-width:640px){.l{padding:12px}.b button{flex-basis:100%}}
.r{position:fixed;left:12px;bottom:12px;font-size:13px;padding:0 14px;min-height:44px;border-radius:22px;box-shadow:0 1px 6px #0004}`

let sheet: CSSStyleSheet | undefined
/** Adopts the shared sheet (built once per page) and applies `--sekisho-*` theme values through CSSOM. */
export function adoptStyles(shadow: ShadowRoot, theme: Record<string, string> = {}): void {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS)
  shadow.adoptedStyleSheets = [sheet]
  // CSSOM setProperty is not an inline style under CSP; only --sekisho-* names are taken.
  for (const [name, value] of Object.entries(theme))
    if (name.startsWith('--sekisho-')) (shadow.host as HTMLElement).style.setProperty(name, value)
}
