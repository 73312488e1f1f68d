// The banner's own ja/en wording and the rules for picking a language and an override.
import { PURPOSE_LABELS, pickLanguage, REOPEN_LABEL, type ResolvedConfig } from '@sekisho/core'

/** The strings of the first layer and the language switch: all the banner chunk carries (the
 * dialog's own are in dialog-text.ts, fetched with the dialog). */
export interface FirstStrings {
  title: string
  /** The first layer's first paragraph; `{purposes}` becomes the configured optional purposes' labels. */
  body: string
  /** GDPR Art. 7(3): consent can be withdrawn at any time; `{reopen}` names the Cookie settings. */
  withdraw: string
  /** Global Privacy Control keeps `{withheld}` off even in "accept all" (one sentence). */
  gpc: string
  policy: string
  notice: string
  acceptAll: string
  rejectAll: string
  settings: string
  reopen: string
  language: string
  /** The language's own name in the language switch (日本語, English). */
  languageName: string
  [purposeOrOther: string]: string
}

/** Built-in languages' first layer. An operator's `p.<id>` labels a purpose (else core's
 * PURPOSE_LABELS), `d.<id>` describes it. */
export const FIRST_TEXT: Record<string, FirstStrings> = {
  ja: {
    title: 'Cookieと外部送信について',
    body: '当サイトは{purposes}のため、Cookieに保存されたIDや閲覧したページの情報を外部の事業者へ送信します。必須のもの以外は同意があるまで送信しません。',
    withdraw: '同意はいつでも「{reopen}」から撤回できます。',
    gpc: 'ブラウザーのGlobal Privacy Control（GPC）の設定に従い、「すべて同意」を選んでも{withheld}はオンになりません。',
    policy: 'プライバシーポリシー',
    notice: '外部送信に関する公表事項',
    acceptAll: 'すべて同意',
    rejectAll: 'すべて拒否',
    settings: '設定',
    reopen: REOPEN_LABEL.ja!,
    language: '言語',
    languageName: '日本語',
  },
  en: {
    title: 'Cookies and data sent to third parties',
    body: 'For {purposes} we send the IDs stored in cookies and the pages you view to other companies. Nothing but the necessary is sent until you agree.',
    withdraw: 'You can withdraw your consent at any time in “{reopen}”.',
    gpc: 'As your browser sends Global Privacy Control (GPC), “Accept all” leaves {withheld} off.',
    policy: 'Privacy policy',
    notice: 'Notice of external transmission',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
    reopen: REOPEN_LABEL.en!,
    language: 'Language',
    languageName: 'English',
  },
}

/** Languages the banner can speak for this config: configured ones that have text somewhere. */
export function bannerLanguages(config: Pick<ResolvedConfig, 'languages' | 'ui'>): string[] {
  return config.languages.filter((l) => FIRST_TEXT[l] || config.ui?.text?.[l])
}

/** `wanted`, else `<html lang>`, else the first language the banner can speak (core's pickLanguage). */
export function bannerLanguage(config: Pick<ResolvedConfig, 'languages' | 'ui'>, wanted?: string): string {
  return pickLanguage(bannerLanguages(config), [wanted, document.documentElement.lang]) ?? 'en'
}

/** A purpose's name: the config's own in `lang`, the operator's `p.<id>`, core's built-in one, or its id. */
export function purposeLabel(own: unknown, id: string, t: FirstStrings, lang: string): string | undefined {
  const builtIn = PURPOSE_LABELS[id] as Record<string, string> | undefined
  return ownText(own, lang) || t['p.' + id] || builtIn?.[lang] || builtIn?.en
}

/** Config text in exactly this language; another language's text would be wrong next to ours. */
export function ownText(text: unknown, lang: string): string | undefined {
  return typeof text === 'string' ? text : (text as Record<string, string> | undefined)?.[lang]
}

/** The first layer's strings for `lang`: operator overrides, then built-in, then English for missing keys. */
export function firstText(config: Pick<ResolvedConfig, 'ui'>, lang: string): FirstStrings {
  return { ...FIRST_TEXT.en!, ...FIRST_TEXT[lang], ...config.ui?.text?.[lang] }
}

/** The language's own name: from its strings (no cost), else from Intl.DisplayNames, whose first
 * use loads locale data for tens of milliseconds on the main thread. */
export function languageName(config: Pick<ResolvedConfig, 'ui'>, lang: string): string {
  const own = config.ui?.text?.[lang]?.languageName ?? FIRST_TEXT[lang]?.languageName
  if (own) return own
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang
  } catch {
    return lang
  }
}
