// @sekisho/banner: the consent banner and preferences dialog (Preact in Shadow DOM).
export { mountBanner } from './mount.tsx'
export type { BannerChoice, BannerHandle, BannerOptions, BannerView } from './mount.tsx'
export { mountReopen } from './reopen/reopen.ts'
export type { ReopenOptions } from './reopen/reopen.ts'
export { BANNER_TEXT, bannerText, pickLanguage } from './text/strings.ts'
export type { BannerStrings } from './text/strings.ts'
export type { ReceiptSummary } from './preferences/history.tsx'
