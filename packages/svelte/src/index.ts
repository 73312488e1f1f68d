// @sekisho/svelte: Sekisho in a Svelte app. Nanostores atoms already keep Svelte's store contract
// (`subscribe(run)` calls `run` at once with the value and on each change, and returns the
// unsubscribe), so the stores here are atoms: `$decision` in a component works as it is.
import { atom, computed, type ReadableAtom } from 'nanostores'
import { createSekisho, type Decision, type SekishoApi, type SekishoConfig, type SekishoOptions } from 'sekisho'

export type { Decision, SekishoApi, SekishoConfig, SekishoOptions } from 'sekisho'

const inBrowser = () => typeof document != 'undefined'

/**
 * Wires Sekisho on the page (gate, then banner and receipts) unless the page already did — the
 * script-tag head or an earlier `createSekisho`, published as `window.sekisho` — and returns that
 * one instance. On a server it touches neither `document` nor `window` and returns undefined.
 * Call it once, before the stores below (in the app's entry or its root component).
 */
export function initSekisho(config: SekishoConfig | string, options?: Partial<SekishoOptions>): SekishoApi | undefined {
  if (typeof config != 'object' && typeof config != 'string')
    throw new Error('initSekisho(config): config (the site config or its JSON text) is required')
  if (!inBrowser()) return undefined
  window.sekisho ??= createSekisho(config, options)
  return window.sekisho
}

/** The page's instance in the browser; undefined on a server. */
function instance(name: string): SekishoApi | undefined {
  if (!inBrowser()) return undefined
  if (!window.sekisho) throw new Error(`${name}: Sekisho is not wired on this page yet: call initSekisho(config) first`)
  return window.sekisho
}

/**
 * The visitor's valid decision as a store (undefined: not decided, or must be asked again): the
 * instance's own `$decision` atom in the browser; on a server, a store of undefined.
 */
export function decision(): ReadableAtom<Decision | undefined> {
  return instance('decision()')?.$decision ?? atom(undefined)
}

/**
 * Whether the decision grants a purpose or a service, by id, as a store that follows every
 * decision (a service's own choice wins over its purposes; required purposes are always granted).
 * On a server: whether `granted` lists the id — the ids the request's consent cookie grants, as
 * `@sekisho/server`'s `granted(request)` reads them — so the server's HTML shows what the browser will.
 */
export function consent(id: string, granted: readonly string[] = []): ReadableAtom<boolean> {
  if (typeof id != 'string' || !id) throw new Error('consent(id): id (a purpose or service id) is required')
  const api = instance(`consent('${id}')`)
  return api ? computed(api.$decision, () => api.isGranted(id)) : atom(granted.includes(id))
}
