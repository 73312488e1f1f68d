// @sekisho/notice: the external-transmission notice (外部送信に関する公表事項) rendered from a site config.
export type { ForeignCountry, ForeignRecipient, NoticeGroup, NoticeModel, NoticeRow } from './model.ts'
export { buildNotice } from './build/build-notice.ts'
export { countryName } from './build/country-name.ts'
export { renderNoticeHtml } from './render/html.ts'
export { renderNoticeMarkdown } from './render/markdown.ts'
export { mountNotice, type NoticeHost } from './mount/mount-notice.ts'
