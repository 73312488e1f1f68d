// The notice part: the catalog's ja/en prose and the notice renderer. Loaded only for a page that
// embeds the notice (`<div data-sekisho-notice>`) or when the preferences dialog is opened, so the
// head and the banner never carry the prose of all built-in services.
import { catalog } from '@sekisho/catalog'
import { pickLanguage, resolveConfig, type SekishoConfig } from '@sekisho/core'
import { buildNotice, mountNotice, type NoticeModel } from '@sekisho/notice'

/** What this part hands the banner part. */
export interface NoticePart {
  /** The notice of the page's config (services with their full catalog text) in `lang`. */
  notice(lang: string): NoticeModel
}

/** Resolves the config's JSON text with the full catalog and fills every `[data-sekisho-notice]`. */
export function startNotice(text: string): NoticePart | undefined {
  let config: ReturnType<typeof resolveConfig>
  try {
    // The site's overrides win over the catalog's text.
    config = resolveConfig(JSON.parse(text) as SekishoConfig, catalog)
  } catch {
    // The banner part reports config errors; an unusable config has no notice to show.
    return
  }
  for (const element of document.querySelectorAll('[data-sekisho-notice]'))
    mountNotice(
      element,
      buildNotice(
        config,
        pickLanguage(config.languages, [element.getAttribute('lang'), document.documentElement.lang])!,
      ),
    )
  document.dispatchEvent(new CustomEvent('sekisho:notice'))
  return { notice: (lang) => buildNotice(config, pickLanguage(config.languages, [lang])!) }
}
