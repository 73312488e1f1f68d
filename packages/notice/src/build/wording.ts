// The notice's own ja/en wording: title, introduction and item labels.
import type { NoticeModel } from '../model.ts'

interface Wording {
  title: string
  intro: (controller: string, revision: string) => string
  labels: NoticeModel['labels']
}

/** Keyed by language; languages not here fall back to English (then Japanese). */
export const WORDING: Record<string, Wording> = {
  ja: {
    title: '外部送信に関する公表事項',
    intro: (controller, revision) =>
      `${controller}のウェブサイトでは、次のサービスのため、閲覧者の端末から外部の事業者へ情報を送信しています。サービスごとに、送信される情報、送信先、当サイトと送信先それぞれの利用目的を示します（ポリシー版：${revision}）。`,
    labels: {
      data: '送信される情報',
      recipient: '送信先',
      country: '送信先の国',
      sitePurpose: '当サイトの利用目的',
      recipientPurpose: '送信先での利用目的',
      retention: '保存期間',
      privacyPolicy: 'プライバシーポリシー',
      optOut: 'オプトアウト（送信の停止）',
      noOptOut: '送信先によるオプトアウトの手段の提供はありません',
    },
  },
  en: {
    title: 'Information sent to third parties',
    intro: (controller, revision) =>
      `${controller}'s website sends information from your device to the outside companies below. For each service this page lists what is sent, to whom, and why we send it and what the recipient uses it for (policy revision ${revision}).`,
    labels: {
      data: 'Information sent',
      recipient: 'Recipient',
      country: 'Recipient’s country',
      sitePurpose: 'Our purpose',
      recipientPurpose: 'Recipient’s purpose',
      retention: 'Retention',
      privacyPolicy: 'Privacy policy',
      optOut: 'Opt-out',
      noOptOut: 'The recipient offers no opt-out',
    },
  },
}
