// The always-reachable way back to the choices: a small corner button, and every
// [data-sekisho-open] element on the page, so withdrawing is as easy as agreeing.
import { adoptStyles } from '../style/sheet.ts'
import { BANNER_TEXT } from '../text/strings.ts'

export interface ReopenOptions {
  lang: string
  /** Button label. @default the built-in "Cookie settings" wording for `lang` */
  text?: string | undefined
  /** `--sekisho-*` theme values, as in the config's `ui.theme`. */
  theme?: Record<string, string> | undefined
  /** Show the corner button; `[data-sekisho-open]` elements work either way. @default true */
  button?: boolean | undefined
  onOpen(): void
}

export function mountReopen(options: ReopenOptions): { unmount(): void } {
  // Delegated on the document so elements added later work too; links and buttons give keyboard use.
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element | null)?.closest?.('[data-sekisho-open]')) {
      event.preventDefault()
      options.onOpen()
    }
  }
  document.addEventListener('click', onClick)
  let host: HTMLElement | undefined
  if (options.button !== false) {
    host = document.body.appendChild(document.createElement('sekisho-reopen'))
    const shadow = host.attachShadow({ mode: 'open' })
    adoptStyles(shadow, options.theme)
    const button = shadow.appendChild(document.createElement('button'))
    button.type = 'button'
    button.className = 'r'
    button.lang = options.lang
    button.textContent = options.text ?? (BANNER_TEXT[options.lang] ?? BANNER_TEXT.en!).reopen
    button.onclick = () => options.onOpen()
  }
  return {
    unmount() {
      document.removeEventListener('click', onClick)
      host?.remove()
    },
  }
}
