// The corner button that re-opens the choices, in the head bundle: returning visitors load no UI
// chunk, yet withdrawing must stay as easy as agreeing. Plain DOM, a few hundred bytes.

const LABEL: Record<string, string> = { ja: 'Cookie設定', en: 'Cookie settings' }

// Constructable stylesheet: no inline style, so a strict CSP (no 'unsafe-inline') is fine.
const CSS =
  'button{position:fixed;inset:auto auto 12px 12px;z-index:2147483646;font:13px/1.2 system-ui,sans-serif;' +
  'padding:8px 12px;border-radius:999px;border:1px solid var(--sekisho-border,#767676);' +
  'background:var(--sekisho-bg,#fff);color:var(--sekisho-fg,#1a1a1a);cursor:pointer;box-shadow:0 1px 4px #0003}' +
  'button:focus-visible{outline:3px solid var(--sekisho-accent,#0a58ca);outline-offset:2px}' +
  '@media (prefers-color-scheme:dark){button{background:var(--sekisho-dark-bg,#1f1f1f);color:var(--sekisho-dark-fg,#f2f2f2)}}'

/** Adds the button at the end of <body>; `lang` picks its label, `theme` its `--sekisho-*` colours. */
export function mountCornerButton(lang: string, theme: Record<string, string> = {}, onOpen: () => void): HTMLElement {
  const host = document.createElement('sekisho-reopen')
  for (const name in theme) host.style.setProperty(name, theme[name]!)
  const shadow = host.attachShadow({ mode: 'open' })
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(CSS)
  shadow.adoptedStyleSheets = [sheet]
  const button = shadow.appendChild(document.createElement('button'))
  button.type = 'button'
  button.lang = lang
  button.textContent = LABEL[lang] ?? LABEL.en!
  button.onclick = onOpen
  document.body.appendChild(host)
  return host
}
