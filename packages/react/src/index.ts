// A client module for React Server Components (Next.js App Router): a server component may render
// <SekishoProvider> and <Gate> directly, and the bundler keeps them in the client's bundle.
'use client'

// @sekisho/react: Sekisho in a React app — one instance per page (made by the first provider, in the
// browser only, or the one the page's head already made), hooks over its $decision atom, and <Gate>
// for embeds. Written with createElement (no JSX) so the package needs no JSX runtime setting.
import {
  createContext,
  createElement,
  Fragment,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react'
import { createSekisho, type SekishoApi, type SekishoConfig, type SekishoOptions } from 'sekisho'

export type { SekishoApi, SekishoConfig, SekishoOptions } from 'sekisho'

export interface SekishoProviderProps {
  /** The site's config. Only the first provider rendered in the browser uses it (and only when the
   * page has no `window.sekisho` yet); later renders and providers share that one instance. */
  config: SekishoConfig | string
  /** `createSekisho`'s options (nonce, csp, …), used with `config`. */
  options?: Partial<SekishoOptions>
  /** The ids the visitor's stored decision grants, as the server read the request's consent cookie
   * (`@sekisho/server`'s `granted(request)`): hooks and `<Gate>` answer from it on the server and
   * while hydrating, so the first HTML already shows a returning visitor's embeds. Give the browser
   * render the same list (a server component's prop does). @default none: nothing granted there */
  granted?: readonly string[]
  children?: ReactNode
}

interface Context {
  /** Undefined while rendering on a server. */
  api: SekishoApi | undefined
  /** The site's default language (the config's first), for the placeholder's text on server and client alike. */
  lang: string
  /** What the server rendered as granted (the provider's `granted`). */
  granted: readonly string[]
}
const SekishoContext = createContext<Context | null>(null)

/** The page's one instance: a module may be bundled twice (two copies of this package), so the
 * documented global `window.sekisho` (which the script-tag head sets too) is the one source. */
function pageInstance(config: SekishoConfig | string, options: Partial<SekishoOptions> | undefined): SekishoApi {
  window.sekisho ??= createSekisho(config, options)
  return window.sekisho
}

const inBrowser = () => typeof document != 'undefined'
const NONE: readonly string[] = []

/**
 * Makes Sekisho's API available below it. In the browser the first render wires Sekisho on the page
 * (gate, then banner and receipts) unless the page already did — the script-tag head or an earlier
 * `createSekisho` published as `window.sekisho`, which is what gates tags in the HTML before React
 * runs. On a server it touches neither `document` nor `window`: hooks answer "not granted" there.
 */
export function SekishoProvider({ config, options, granted = NONE, children }: SekishoProviderProps): ReactElement {
  const api = inBrowser() ? pageInstance(config, options) : undefined
  const lang = (typeof config == 'object' && config?.languages?.[0]) || 'ja'
  const value = useMemo(() => ({ api, lang, granted }), [api, lang, granted])
  return createElement(SekishoContext.Provider, { value }, children)
}

function useSekishoContext(hook: string): Context {
  const context = useContext(SekishoContext)
  if (!context) throw new Error(`${hook}: no <SekishoProvider> above this component`)
  return context
}

const never = () => () => {}

/**
 * Sekisho's API (`accept()`, `showSettings()`, `$decision`, …), or undefined on the server and
 * while hydrating (the server had none, so the first client render matches its HTML).
 */
export function useSekisho(): SekishoApi | undefined {
  const { api } = useSekishoContext('useSekisho')
  return useSyncExternalStore(
    never,
    () => api,
    () => undefined,
  )
}

/**
 * Whether the visitor's decision grants a purpose or a service, by id; re-renders when the
 * decision changes. On the server and while hydrating, whether the provider's `granted` lists it
 * (false without it), then the browser's answer.
 */
export function useConsent(id: string): boolean {
  const { api, granted } = useSekishoContext('useConsent')
  const subscribe = useCallback((changed: () => void) => (api ? api.$decision.listen(changed) : () => {}), [api])
  return useSyncExternalStore(
    subscribe,
    () => !!api?.isGranted(id),
    () => granted.includes(id),
  )
}

export interface GateProps {
  /** The purpose id whose consent the children need. Give this or `service`. */
  purpose?: string
  /** The service id (a catalog id such as `youtube`, or the config's own) whose consent the children need. */
  service?: string
  /** What to show until granted. @default a short note and a button that opens the settings */
  fallback?: ReactNode
  /** The children: rendered only when granted (so an embed's iframe does not exist before). */
  children?: ReactNode
}

/** The default placeholder's wording, by the site's language (English for others). */
const PLACEHOLDER: Record<string, { text: string; button: string }> = {
  ja: { text: 'このコンテンツは、同意いただくと表示されます。', button: 'Cookie設定を開く' },
  en: { text: 'This content is shown once you consent to it.', button: 'Open cookie settings' },
}

/**
 * Renders `children` only while the decision grants `purpose` or `service`; otherwise `fallback`,
 * by default a placeholder (`.sekisho-gate`, `data-sekisho-gate="<id>"`) whose button opens the
 * settings dialog.
 */
export function Gate({ purpose, service, fallback, children }: GateProps): ReactElement {
  if (!purpose == !service) throw new Error('<Gate>: give either purpose or service (an id)')
  const id = (purpose ?? service)!
  const { lang } = useSekishoContext('<Gate>')
  const granted = useConsent(id)
  const api = useSekisho()
  if (granted) return createElement(Fragment, null, children)
  if (fallback !== undefined) return createElement(Fragment, null, fallback)
  const words = PLACEHOLDER[lang] ?? PLACEHOLDER.en!
  return createElement(
    'div',
    { className: 'sekisho-gate', 'data-sekisho-gate': id },
    createElement('p', null, words.text),
    createElement('button', { type: 'button', onClick: () => api?.showSettings() }, words.button),
  )
}
