// The lazy notice chunk: the catalog's ja/en prose and the notice renderer. Loaded only for a page
// that embeds the notice (`<div data-sekisho-notice>`) or when the preferences dialog is opened,
// so the head and the banner chunk never carry the prose of all built-in services.
import { catalog } from '@sekisho/catalog'
import { resolveConfig, type ResolvedConfig, type SekishoConfig } from '@sekisho/core'
import { buildNotice, mountNotice, type NoticeModel } from '@sekisho/notice'
import { offeredLanguage } from './language.ts'

/** What this chunk hands the banner chunk (`window.sekisho._.notice`). */
export interface NoticeChunk {
  /** The notice of the page's config (services with their full catalog text) in `lang`. */
  notice(lang: string): NoticeModel
}

const head = window.sekisho._
let config: ResolvedConfig | undefined
try {
  // The head already parsed this text; the site's overrides win over the catalog's text.
  config = resolveConfig(JSON.parse(head.text) as SekishoConfig, catalog)
} catch {
  // The banner chunk reports config errors; an unusable config has no notice to show.
}

if (config) {
  const full = config
  head.notice = { notice: (lang) => buildNotice(full, offeredLanguage(full, lang)) }
  for (const element of document.querySelectorAll('[data-sekisho-notice]'))
    mountNotice(
      element,
      buildNotice(full, offeredLanguage(full, element.getAttribute('lang') || document.documentElement.lang)),
    )
  document.dispatchEvent(new CustomEvent('sekisho:notice'))
}
