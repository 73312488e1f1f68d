// @sekisho/vue: Sekisho in a Vue 3 app — a plugin that wires one instance per page (in the browser
// only, or takes the one the page's head already made), composables over its $decision atom, and
// <SekishoGate> for embeds. Written with h() (no SFC) so the package needs no compiler.
import {
  defineComponent,
  getCurrentInstance,
  h,
  inject,
  onMounted,
  onScopeDispose,
  readonly,
  shallowRef,
  type App,
  type InjectionKey,
  type Plugin,
  type PropType,
  type Ref,
  type ShallowRef,
} from 'vue'
import { createSekisho, type SekishoApi, type SekishoConfig, type SekishoOptions } from 'sekisho'

export type { SekishoApi, SekishoConfig, SekishoOptions } from 'sekisho'

/** `app.use(sekisho, …)`'s second argument. */
export interface SekishoPluginOptions {
  /** The site's config or its JSON text. Unused when the page has a `window.sekisho` already (the
   * head script's, or an earlier app's: a second app on the page shares that instance). */
  config: SekishoConfig | string
  /** Passed to `createSekisho` with `config` (nonce, csp, …). */
  options?: Partial<SekishoOptions>
  /** What composables and `<SekishoGate>` answer on the server and until mounted: the ids the
   * request's consent cookie grants (`@sekisho/server`'s `granted(request)`), so the server's HTML
   * hydrates without a mismatch and shows a returning visitor's embeds. @default [] */
  granted?: readonly string[]
}

interface Context {
  /** Undefined on a server. */
  api: SekishoApi | undefined
  /** The site's default language (the config's first), for the placeholder's text. */
  lang: string
  granted: readonly string[]
}
const KEY: InjectionKey<Context> = Symbol('sekisho')

const inBrowser = () => typeof document != 'undefined'

/**
 * `app.use(sekisho, { config })`: in the browser, wires Sekisho on the page (gate, then banner and
 * receipts) unless the page already did, and publishes it as `window.sekisho`; on a server it
 * touches neither `document` nor `window`.
 */
export const sekisho: Plugin<[SekishoPluginOptions]> = {
  install(app: App, settings: SekishoPluginOptions) {
    if (!settings || (typeof settings.config != 'object' && typeof settings.config != 'string'))
      throw new Error('app.use(sekisho, { config }): config (the site config or its JSON text) is required')
    const { config, options, granted = [] } = settings
    // The documented global is the one source: two apps (or two copies of this package) share it.
    const api = inBrowser() ? (window.sekisho ??= createSekisho(config, options)) : undefined
    const lang = (typeof config == 'object' && config.languages?.[0]) || 'ja'
    app.provide(KEY, { api, lang, granted })
  },
}

function useContext(name: string): Context {
  const context = inject(KEY, null)
  if (!context) throw new Error(`${name}: install the plugin first: app.use(sekisho, { config })`)
  return context
}

/** Runs `browser` once the calling component is mounted (after hydration), or now outside one. */
function afterMount(browser: () => void) {
  if (getCurrentInstance()) onMounted(browser)
  else browser()
}

/**
 * Sekisho's API (`accept()`, `showSettings()`, `$decision`, …) as a ref: undefined on the server and
 * until the component is mounted (so hydration matches the server's HTML), then the page's instance.
 */
export function useSekisho(): Readonly<ShallowRef<SekishoApi | undefined>> {
  const { api } = useContext('useSekisho')
  const ref = shallowRef<SekishoApi | undefined>()
  if (api) afterMount(() => (ref.value = api))
  return ref
}

/**
 * Whether the visitor's decision grants a purpose or a service, by id, as a read-only ref that
 * follows every decision. On the server and until mounted: whether the plugin's `granted` lists it.
 */
export function useConsent(id: string): Readonly<Ref<boolean>> {
  if (typeof id != 'string' || !id) throw new Error('useConsent(id): id (a purpose or service id) is required')
  const { api, granted } = useContext('useConsent')
  const ref = shallowRef(granted.includes(id))
  if (api) {
    let stop = () => {}
    afterMount(() => {
      stop = api.$decision.subscribe(() => (ref.value = api.isGranted(id)))
    })
    onScopeDispose(() => stop(), true)
  }
  return readonly(ref)
}

/** The default placeholder's wording, by the site's language (English for others). */
const PLACEHOLDER: Record<string, { text: string; button: string }> = {
  ja: { text: 'このコンテンツは、同意いただくと表示されます。', button: 'Cookie設定を開く' },
  en: { text: 'This content is shown once you consent to it.', button: 'Open cookie settings' },
}

/**
 * Renders its default slot only while the decision grants `purpose` or `service`; otherwise the
 * `fallback` slot, by default a placeholder (`.sekisho-gate`, `data-sekisho-gate="<id>"`) whose
 * button opens the settings dialog.
 */
export const SekishoGate = defineComponent({
  name: 'SekishoGate',
  props: {
    /** The purpose id whose consent the content needs. Give this or `service`. */
    purpose: String as PropType<string>,
    /** The service id (a catalog id such as `youtube`, or the config's own). */
    service: String as PropType<string>,
  },
  setup(props, { slots }) {
    if (!props.purpose == !props.service) throw new Error('<SekishoGate>: give either purpose or service (an id)')
    const id = (props.purpose ?? props.service)!
    const { lang } = useContext('<SekishoGate>')
    const granted = useConsent(id)
    const api = useSekisho()
    return () => {
      if (granted.value) return slots.default?.()
      if (slots.fallback) return slots.fallback()
      const words = PLACEHOLDER[lang] ?? PLACEHOLDER.en!
      return h('div', { class: 'sekisho-gate', 'data-sekisho-gate': id }, [
        h('p', words.text),
        h('button', { type: 'button', onClick: () => api.value?.showSettings() }, words.button),
      ])
    }
  },
})
