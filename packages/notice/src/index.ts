// @sekisho/notice: the external-transmission notice (外部送信に関する公表事項) rendered from a site config.
export type { NoticeGroup, NoticeModel, NoticeRow } from './model.ts'
