// The notice's own ja/en wording: title, introduction and item labels.
import { REOPEN_LABEL } from '@sekisho/core'
import type { NoticeModel } from '../model.ts'

interface Wording {
  title: string
  settings: (reopen: string) => string
  /** The site's re-open control, as core's corner button and the banner name it by default. */
  reopen: string
  foreignIntro: string
  intro: (controller: string, revision: string) => string
  labels: NoticeModel['labels']
}

/** Keyed by language; languages not here fall back to English (then Japanese). */
export const WORDING: Record<string, Wording> = {
  ja: {
    title: '外部送信に関する公表事項',
    settings: (reopen) =>
      `送信そのものを止めるには、このサイトの「${reopen}」で目的をオフにしてください（必須のものを除きます）。送信先が用意するオプトアウトには、広告のパーソナライズを止めるだけで送信は止まらないものがあります。`,
    reopen: REOPEN_LABEL.ja!,
    foreignIntro:
      '次の国にある送信先へ情報が送られます（個人情報保護法第28条）。各国の個人情報保護制度の概要は個人情報保護委員会の調査に基づきます。送信先ごとに、講じている個人情報保護の措置を示します。',
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
      optOut: '送信先のオプトアウト',
      optOutTransmission: 'オプトアウト（送信の停止）',
      optOutPersonalisation: 'オプトアウト（広告のパーソナライズの停止。送信は止まりません）',
      optOutUse: 'オプトアウト（受信者による利用の停止。送信は止まりません）',
      noOptOut: '送信先によるオプトアウトの手段の提供はありません',
      necessaryReason: '必須である理由',
      foreign: '外国にある第三者への提供',
      foreignSystem: '個人情報保護制度',
      measures: '講じている個人情報保護の措置',
      measuresInPolicy: 'プライバシーポリシーに記載されています',
      source: '出典',
    },
  },
  en: {
    title: 'Information sent to third parties',
    settings: (reopen) =>
      `To stop the transmission itself, turn the purpose off in this site’s “${reopen}” (necessary ones excepted). Some recipients’ opt-outs only stop ad personalisation and do not stop the transmission.`,
    reopen: REOPEN_LABEL.en!,
    foreignIntro:
      'Information goes to recipients in the countries below (APPI Art. 28). The summaries of their personal-information protection systems follow the surveys of Japan’s Personal Information Protection Commission. For each recipient, the measures it takes to protect the information follow.',
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
      optOut: 'Recipient’s opt-out',
      optOutTransmission: 'Opt-out (stops the transmission)',
      optOutPersonalisation: 'Opt-out (stops ad personalisation only; the transmission continues)',
      optOutUse: 'Opt-out (the recipient stops using the data; the transmission continues)',
      noOptOut: 'The recipient offers no opt-out',
      necessaryReason: 'Why it is necessary',
      foreign: 'Provision to third parties in foreign countries',
      foreignSystem: 'Personal information protection system',
      measures: 'Measures it takes to protect the information',
      measuresInPolicy: 'described in its privacy policy',
      source: 'Source',
    },
  },
}
