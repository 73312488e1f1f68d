// The script tag's head, shared by both head entries: head.ts (any config, with the compact catalog
// of built-in services) and head-baked.ts (a config `sekisho bundle` already resolved). Reads the
// config synchronously and runs createSekisho, whose parts it loads as chunk files next to itself.
import type { SekishoConfig } from '@sekisho/core'
import { createSekisho, type GateCatalog, type PartName } from './wiring/create-sekisho.ts'

/** Runs the head: once, synchronously, from a script-tag entry (document.currentScript is read here). */
export function startHead(catalog: GateCatalog): void {
  const script = document.currentScript as HTMLScriptElement | null
  const base = script?.src || location.href
  const nonce = script?.nonce || undefined
  // `sekisho bundle` bakes a config it has already validated into this file, as a prefix
  // `window.__sekishoConfig = {...};`: it wins over the inline element and counts as checked, so the
  // banner part skips its validation. For head-baked.ts its services already carry their gating
  // fields (`catalog` is empty there).
  // It also pins the chunks this script loads, `window.__sekishoSri = {banner: 'sha384-…', …}`, as
  // the page's integrity attribute pins this script.
  const baked = (window as { __sekishoConfig?: SekishoConfig }).__sekishoConfig
  const sri = (window as { __sekishoSri?: Record<string, string> }).__sekishoSri

  /** A part arrives as a chunk file next to this script, which announces it on its own element. */
  const load = (name: PartName) =>
    new Promise<never>((resolve) => {
      const chunk = document.createElement('script')
      chunk.src = new URL(`sekisho-${name}.js`, base).href
      if (sri) chunk.integrity = sri[name]!
      if (nonce) chunk.nonce = nonce
      if (script?.crossOrigin) chunk.crossOrigin = script.crossOrigin
      chunk.addEventListener('sekisho:part', (e) => resolve((e as CustomEvent).detail as never))
      chunk.onerror = () => resolve(undefined as never)
      document.head.appendChild(chunk)
    })

  window.sekisho = createSekisho(
    baked ? JSON.stringify(baked) : (document.getElementById('sekisho-config')?.textContent ?? ''),
    { catalog, checked: !!baked, nonce, load, csp: !!script?.hasAttribute('data-sekisho-csp') },
  )
}
