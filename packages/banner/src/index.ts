// @sekisho/banner: the consent banner (plain-DOM first layer) and preferences dialog (Preact, lazy),
// in Shadow DOM. `mountBanner` carries no framework; `@sekisho/banner/dialog` is the dialog module to
// pass it (as a loader of a lazy chunk), a separate entry so a bundler keeps Preact out of this one.
export { mountBanner } from './mount.ts'
export type { BannerChoice, BannerDialog, BannerHandle, BannerOptions, BannerView } from './mount.ts'
// The re-open control lives in core (the <head> bundle mounts it without the banner); offered here too.
export { mountReopen, type ReopenOptions } from '@sekisho/core'
export { bannerLanguage } from './text/strings.ts'
export { BANNER_TEXT, bannerText } from './text/dialog-text.ts'
export type { BannerStrings } from './text/dialog-text.ts'
export { firstLayerText } from './text/first-layer-text.ts'
export type { FirstLayerText } from './text/first-layer-text.ts'
export type { ReceiptSummary } from './preferences/history.tsx'
