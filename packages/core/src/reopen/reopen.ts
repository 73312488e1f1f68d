// The always-reachable way back to the choices (GDPR Art. 7(3): withdrawing as easy as agreeing): a
// small corner button, and every [data-sekisho-open] element on the page. The <head> bundle mounts it
// on returning visits, before any UI chunk loads, so it is plain DOM and a few hundred bytes.

/** The control's built-in name; the banner's withdrawal sentence and the notice name it the same. */
export const REOPEN_LABEL: Record<string, string> = { ja: 'Cookie設定', en: 'Cookie settings' }

export interface ReopenOptions {
  lang: string
  /** Button label. @default REOPEN_LABEL for `lang` (English for other languages) */
  text?: string | undefined
  /** `--sekisho-*` theme values, as in the config's `ui.theme`. */
  theme?: Record<string, string> | undefined
  /** Show the corner button; `[data-sekisho-open]` elements work either way. @default true */
  button?: boolean | undefined
  onOpen(): void
}

// Constructable stylesheet: no inline style, so a strict CSP (no 'unsafe-inline') is fine. The banner's
// --sekisho-* colours; 44 px high (WCAG 2.5.8 target size).
const CSS =
  'button{position:fixed;left:12px;bottom:12px;z-index:2147483646;font:13px system-ui;min-height:44px;padding:0 14px;' +
  'border-radius:22px;border:1px solid var(--sekisho-border,#767676);background:var(--sekisho-bg,#fff);' +
  'color:var(--sekisho-fg,#1a1a1a);cursor:pointer;box-shadow:0 1px 4px #0003}' +
  ':focus-visible{outline:3px solid var(--sekisho-accent,#0a58ca);outline-offset:2px}' +
  '@media (prefers-color-scheme:dark){button{background:var(--sekisho-dark-bg,#1f1f1f);color:var(--sekisho-dark-fg,#f2f2f2)}}'

/** Every `[data-sekisho-open]` element, also ones added later (delegated), calls `onOpen` until `signal` aborts. */
export function openOnClick(onOpen: () => void, signal?: AbortSignal): void {
  document.addEventListener(
    'click',
    (event) => {
      if ((event.target as Element | null)?.closest?.('[data-sekisho-open]')) {
        event.preventDefault()
        onOpen()
      }
    },
    { signal },
  )
}

/** Adds the corner button at the end of <body>. */
export function mountReopenButton(options: Omit<ReopenOptions, 'button'>): HTMLElement {
  const host = document.createElement('sekisho-reopen')
  // CSSOM setProperty is not an inline style under CSP.
  for (const name in options.theme) host.style.setProperty(name, options.theme[name]!)
  const shadow = host.attachShadow({ mode: 'open' })
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(CSS)
  shadow.adoptedStyleSheets = [sheet]
  const button = shadow.appendChild(document.createElement('button'))
  button.lang = options.lang
  button.textContent = options.text || REOPEN_LABEL[options.lang] || REOPEN_LABEL.en!
  button.onclick = () => options.onOpen()
  return document.body.appendChild(host)
}

/** Both: the links and, unless `button: false`, the corner button. */
export function mountReopen(options: ReopenOptions): { unmount(): void } {
  const links = new AbortController()
  openOnClick(options.onOpen, links.signal)
  const host = options.button === false ? undefined : mountReopenButton(options)
  return {
    unmount() {
      links.abort()
      host?.remove()
    },
  }
}
