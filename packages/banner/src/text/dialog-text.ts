// The preferences dialog's own wording, kept out of the first layer's chunk: every first visit
// fetches that one, and these strings (~0.5 KB gzip in ja and en) are only read once the visitor
// heads for the settings, when the dialog's chunk brings them.
import type { ResolvedConfig } from '@sekisho/core'
import { FIRST_TEXT, type FirstStrings } from './strings.ts'

/** The dialog's own strings; `m.<method>` names a decision's method in the history. */
interface DialogStrings {
  prefsTitle: string
  prefsIntro: string
  save: string
  close: string
  alwaysOn: string
  history: string
  historyEmpty: string
  copyId: string
  copied: string
  /** When the clipboard refuses: the id is selected instead, for the visitor to copy. */
  idSelected: string
  [method: `m.${string}`]: string
}

/** Every string the banner shows: the first layer's and the dialog's. */
export type BannerStrings = FirstStrings & DialogStrings

const DIALOG_TEXT: Record<string, DialogStrings> = {
  ja: {
    prefsTitle: 'プライバシー設定',
    prefsIntro: '目的ごとに選べます。各サービスを開くと送信先・情報・目的を確認できます。いつでも変更できます。',
    save: '選択を保存',
    close: '閉じる',
    alwaysOn: '常に有効',
    history: 'あなたの同意記録',
    historyEmpty: '記録はまだありません。',
    copyId: 'IDをコピー',
    copied: 'コピーしました',
    idSelected: '選択しました（Ctrl+C でコピー）',
    'm.accept-all': 'すべて同意',
    'm.reject-all': 'すべて拒否',
    'm.custom': '個別に選択',
    'm.withdraw': '撤回',
    'm.gpc': 'GPCによる拒否',
    'm.api': 'サイトによる設定',
  },
  en: {
    prefsTitle: 'Privacy settings',
    prefsIntro: 'Choose per purpose. Open a service to see who receives what and why. You can change this any time.',
    save: 'Save choices',
    close: 'Close',
    alwaysOn: 'Always on',
    history: 'Your consent records',
    historyEmpty: 'No records yet.',
    copyId: 'Copy ID',
    copied: 'Copied',
    idSelected: 'Selected: press Ctrl+C to copy',
    'm.accept-all': 'Accepted all',
    'm.reject-all': 'Rejected all',
    'm.custom': 'Chose per purpose',
    'm.withdraw': 'Withdrew',
    'm.gpc': 'Refused by GPC',
    'm.api': 'Set by the site',
  },
}

/** Built-in languages, every string. Pure: a bundle that does not read it (the first layer's) drops it. */
export const BANNER_TEXT: Record<string, BannerStrings> = /* @__PURE__ */ Object.fromEntries(
  Object.keys(FIRST_TEXT).map((lang) => [lang, { ...FIRST_TEXT[lang]!, ...DIALOG_TEXT[lang]! } as BannerStrings]),
)

/** The strings for `lang`: operator overrides, then built-in, then English for missing keys. */
export function bannerText(config: Pick<ResolvedConfig, 'ui'>, lang: string): BannerStrings {
  return { ...BANNER_TEXT.en!, ...BANNER_TEXT[lang], ...config.ui?.text?.[lang] } as BannerStrings
}
