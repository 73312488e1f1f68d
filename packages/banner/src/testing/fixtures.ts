// Shared test inputs: a resolved config, its notice model, and helpers to reach into the shadow root.
import { resolveConfig, type ResolvedConfig } from '@sekisho/core'
import type { NoticeModel } from '@sekisho/notice'
import { renderDialog } from '../dialog/index.ts'
import { mountBanner, type BannerChoice, type BannerHandle, type BannerOptions } from '../index.ts'

/** A config with core's defaults filled in by its resolveConfig. */
export function testConfig(overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return {
    ...resolveConfig({
      revision: '2026-11-01',
      controller: { name: '株式会社サンプル商事', policyUrl: 'https://example.jp/privacy' },
      purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }],
      services: [],
    }),
    ...overrides,
  }
}

const LABELS = {
  ja: {
    data: '送信される情報',
    recipient: '送信先',
    country: '国',
    sitePurpose: '当サイトの利用目的',
    recipientPurpose: '送信先での利用目的',
    retention: '保存期間',
    privacyPolicy: 'プライバシーポリシー',
    optOut: 'オプトアウト',
    optOutTransmission: 'オプトアウト（送信の停止）',
    optOutPersonalisation: 'オプトアウト（広告のパーソナライズの停止）',
    optOutUse: 'オプトアウト（受信者による利用の停止）',
    noOptOut: 'なし',
    necessaryReason: '必須である理由',
    foreign: '外国にある第三者への提供',
    foreignSystem: '制度',
    measures: '措置',
    measuresInPolicy: 'ポリシーに記載',
    source: '出典',
  },
  en: {
    data: 'Information sent',
    recipient: 'Recipient',
    country: 'Country',
    sitePurpose: 'Our purpose',
    recipientPurpose: "Recipient's purpose",
    retention: 'Retention',
    privacyPolicy: 'Privacy policy',
    optOut: 'Opt-out',
    optOutTransmission: 'Opt-out (stops the transmission)',
    optOutPersonalisation: 'Opt-out (ad personalisation only)',
    optOutUse: 'Opt-out (the recipient stops using the data)',
    noOptOut: 'None',
    necessaryReason: 'Why it is necessary',
    foreign: 'Foreign recipients',
    foreignSystem: 'System',
    measures: 'Measures',
    measuresInPolicy: 'in its policy',
    source: 'Source',
  },
}

/** A notice model as @sekisho/notice builds it: Google Analytics under analytics. */
export function testNotice(lang: string): NoticeModel {
  const ja = lang === 'ja'
  return {
    lang,
    title: ja ? '外部送信について' : 'External transmission',
    intro: '',
    controller: { name: '株式会社サンプル商事' },
    revision: '2026-11-01',
    settings: '',
    descriptions: {},
    foreign: [],
    foreignIntro: '',
    labels: ja ? LABELS.ja : LABELS.en,
    groups: [
      {
        purpose: 'necessary',
        label: 'N',
        description: ja ? 'サイトの提供に必要です。' : 'Needed to run the site.',
        required: true,
        services: [],
      },
      {
        purpose: 'analytics',
        label: 'A',
        description: ja ? '利用状況の計測に使います。' : 'Measures how the site is used.',
        required: false,
        services: [
          {
            id: 'google-analytics',
            name: 'Google Analytics',
            recipient: 'Google LLC',
            country: 'US',
            countryName: ja ? 'アメリカ合衆国' : 'United States',
            data: ja ? ['閲覧したページのURL', 'Cookie ID'] : ['URL of the page viewed', 'cookie ID'],
            sitePurpose: ja ? 'アクセス解析' : 'Analytics',
            recipientPurpose: ja ? 'サービスの提供と改善' : 'Providing and improving its service',
            retention: ja ? '14か月' : '14 months',
            privacyPolicyUrl: 'https://policies.google.com/privacy',
            optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
            optOutLabel: ja ? 'オプトアウト（送信の停止）' : 'Opt-out (stops the transmission)',
          },
        ],
      },
      {
        purpose: 'advertising',
        label: 'Ad',
        description: ja ? '広告に使います。' : 'Used for ads.',
        required: false,
        services: [],
      },
    ],
  }
}

/** Mounts with the fixtures and records every decision. */
export function mountForTest(options: Partial<BannerOptions> = {}): {
  banner: BannerHandle
  choices: BannerChoice[]
  shadow: ShadowRoot
} {
  const choices: BannerChoice[] = []
  const banner = mountBanner({
    config: testConfig(),
    notice: testNotice,
    onDecision: (c) => choices.push(c),
    // The dialog module at hand: the dialog opens in the click's own frame, as after a prefetch.
    dialog: { renderDialog },
    ...options,
  })
  return { banner, choices, shadow: banner.host.shadowRoot! }
}

/** The button in the shadow root whose text or `aria-label` is exactly `text`. */
export function button(shadow: ShadowRoot, text: string): HTMLButtonElement {
  const found = [...shadow.querySelectorAll('button')].find((b) => b.textContent === text || b.ariaLabel === text)
  if (!found)
    throw new Error(
      `no button "${text}" in ${[...shadow.querySelectorAll('button')].map((b) => b.textContent).join(' | ')}`,
    )
  return found
}

/** The focused element inside the shadow root, if any. */
export function focused(shadow: ShadowRoot): Element | null {
  return shadow.activeElement
}
