// @sekisho/banner: the consent banner and preferences dialog (Preact in Shadow DOM).
export { mountBanner } from './mount.tsx'
export type { BannerChoice, BannerHandle, BannerOptions, BannerView } from './mount.tsx'
// The re-open control lives in core (the <head> bundle mounts it without the banner); offered here too.
export { mountReopen, type ReopenOptions } from '@sekisho/core'
export { BANNER_TEXT, bannerLanguage, bannerText } from './text/strings.ts'
export type { BannerStrings } from './text/strings.ts'
export { firstLayerText } from './text/first-layer-text.ts'
export type { FirstLayerText } from './text/first-layer-text.ts'
export type { ReceiptSummary } from './preferences/history.tsx'
