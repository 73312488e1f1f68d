// The Nitro plugin that puts the head gate first in every page Nuxt renders (`@sekisho/nuxt/nitro`):
// the module generates the site's plugin, which calls headFirst() with the site's tags. No Node API
// and one import of pure string work, so it runs wherever the site's server runs (Node, edge, or
// `nuxt generate`'s prerender).
import { putFirstInHeadContent } from 'sekisho/head-tags'

/** What Nuxt's renderer passes to Nitro's `render:html` hook: the chunks inside <head> (the part used here). */
export interface RenderedHtml {
  head: string[]
}

/** A Nitro plugin, typed without Nitro's types. */
export type HeadFirstPlugin = (nitroApp: {
  hooks: { hook(name: 'render:html', run: (html: RenderedHtml) => void): unknown }
}) => void

/** `html`'s head with `tags` first in it (after a leading <meta charset>). */
export function putFirst(html: RenderedHtml, tags: string): void {
  html.head = [putFirstInHeadContent(html.head.join(''), tags)]
}

/** The plugin: every page rendered gets `tags` first in its <head>, after the site's own plugins added theirs. */
export function headFirst(tags: string): HeadFirstPlugin {
  return (nitroApp) => {
    nitroApp.hooks.hook('render:html', (html) => putFirst(html, tags))
  }
}
