// Built-in ja/en wording and DPV terms of the usual purposes. UI code only: keep it out of the <head> bundle.
import { PURPOSE_LABELS } from './labels.ts'

export interface PurposeText {
  label: { ja: string; en: string }
  description: { ja: string; en: string }
  /** W3C Data Privacy Vocabulary purpose term, for receipts. */
  dpv: string
}

export const PURPOSE_TEXT: Record<string, PurposeText> = {
  necessary: {
    label: PURPOSE_LABELS.necessary!,
    description: {
      ja: 'ページの表示、ログインの維持、不正アクセスの防止など、サイトが動くために欠かせないもので、オフにはできません。',
      en: 'Needed for the site to work at all, such as showing pages, keeping you signed in and stopping abuse; it cannot be turned off.',
    },
    dpv: 'dpv:ServiceProvision',
  },
  analytics: {
    label: PURPOSE_LABELS.analytics!,
    description: {
      ja: 'どのページがどれだけ見られたかを集計し、サイトの改善に役立てます。',
      en: 'Counts how pages are visited so that we can improve the site.',
    },
    dpv: 'dpv:ServiceOptimisation',
  },
  advertising: {
    label: PURPOSE_LABELS.advertising!,
    description: {
      ja: 'あなたの興味に合った広告を表示し、広告の効果を測るために、広告会社へ情報を送ります。',
      en: 'Sends information to advertising companies to show ads that match your interests and to measure how well ads work.',
    },
    dpv: 'dpv:Marketing',
  },
  affiliate: {
    label: PURPOSE_LABELS.affiliate!,
    description: {
      ja: '紹介した商品が購入されたときに、そのことを提携先の事業者に知らせて成果を確認します。',
      en: 'Tells partner companies when a product we recommended is bought, so that referrals can be credited.',
    },
    dpv: 'dpv:Marketing',
  },
  functional: {
    label: PURPOSE_LABELS.functional!,
    description: {
      ja: 'チャットや動画の埋め込み、表示設定の記憶など、便利な機能を使えるようにします。',
      en: 'Enables extras such as chat, embedded videos and remembering your display settings.',
    },
    dpv: 'dpv:ServiceProvision',
  },
  personalization: {
    label: PURPOSE_LABELS.personalization!,
    description: {
      ja: '閲覧したページをもとに、おすすめの内容をあなたに合わせて表示します。',
      en: 'Uses the pages you have viewed to tailor what we recommend to you.',
    },
    dpv: 'dpv:Personalisation',
  },
}
