// Stripe.js (payments). Loaded from js.stripe.com; it sends fraud signals to m.stripe.com. Stripe
// recommends loading it on every page so Radar can see browsing behaviour; a site that loads it
// only at checkout keeps it to the payment it is needed for.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, DEVICE_SCREEN, PAGE_URL } from '../phrases.ts'

export const stripeJs: ServiceDefinition = {
  id: 'stripe-js',
  purposes: ['necessary'],
  name: 'Stripe',
  recipient: { ja: 'Stripe, Inc.', en: 'Stripe, Inc.' },
  country: 'US',
  data: [
    {
      ja: '入力されたカード情報（Stripeの入力欄に直接入力されたもの）',
      en: 'card details typed into Stripe’s own fields',
    },
    IP_ADDRESS,
    DEVICE_SCREEN,
    PAGE_URL,
    {
      ja: '不正検知のための操作の記録（マウスの動き、各ページの滞在時間）',
      en: 'activity signals for fraud detection (mouse movements, time spent on each page)',
    },
    { ja: 'Cookie ID（__stripe_mid、__stripe_sid）', en: 'cookie IDs (__stripe_mid, __stripe_sid)' },
  ],
  sitePurpose: {
    ja: 'クレジットカード等による支払いを安全に受け付けるため',
    en: 'to take card payments securely',
  },
  recipientPurpose: {
    ja: '決済の処理と、不正な支払いの検知・防止のため',
    en: 'to process payments and to detect and prevent fraudulent payments',
  },
  necessaryReason: {
    ja: '支払いを処理する仕組みそのもので、これがないと注文の支払いを受け付けられないため。',
    en: 'It is what processes the payment; without it the site cannot accept payment for an order.',
  },
  hosts: ['js.stripe.com', 'm.stripe.com'],
  cookies: ['__stripe_mid', '__stripe_sid'],
  privacyPolicyUrl: 'https://stripe.com/privacy',
}

/** Where each fact above came from. */
const FRAUD = 'https://docs.stripe.com/disputes/prevention/advanced-fraud-detection.md'
const INCLUDING = 'https://docs.stripe.com/js/including?type=taxIdElement'
const COOKIES = 'https://docs.stripe.com/js/appendix/cookies.md'
const FRAUD_ZH = 'https://docs.stripe.com/disputes/prevention/advanced-fraud-detection?locale=zh-CN'

/** Stripe's privacy policy in Japanese (last updated 2025-01-16), on Stripe's link.com. */
const POLICY_JA = 'https://link.com/jp/privacy'
const entity = /* @__PURE__ */ unconfirmed(
  'Stripe’s Japanese privacy policy (' +
    POLICY_JA +
    ', 2025-01-16) says “Stripe” means the Stripe entity responsible for the data and that it differs by the user’s jurisdiction, listed in the Privacy Center; the Privacy Center came up only in web-archive copies, so the entity for Japanese sites (which may not be Stripe, Inc.) was not read.',
)

export const sources: ServiceSources = {
  recipient: entity,
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient, whose entity differs by jurisdiction per Stripe’s privacy policy (' +
      POLICY_JA +
      '); no Stripe page read here names it for Japan.',
  ),
  hosts: /* @__PURE__ */ source(
    FRAUD,
    '2026-12-04',
    'signals are sent to Stripe by periodic requests to m.stripe.com; the page ' +
      INCLUDING +
      ' says Stripe.js must be loaded from https://js.stripe.com',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    `Stripe’s cookie appendix (${COOKIES}) says Stripe.js sets only essential cookies but names none and points to stripe.com/cookies-policy/legal, which came up only as a 2020 web-archive copy whose opening names none; __stripe_mid and __stripe_sid are the names sites observe.`,
  ),
  data: /* @__PURE__ */ source(
    FRAUD_ZH,
    '2026-12-04',
    'device characteristics (browser, screen, device) and activity indicators (mouse activity, time spent on pages); data only from Stripe Elements fields',
  ),
  purposes: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'essential cookies: site works properly, detect and prevent fraud',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    FRAUD_ZH,
    '2026-12-04',
    'links Stripe’s privacy policy at https://stripe.com/privacy',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'The address depends on the responsible Stripe entity (see recipient); the parts of Stripe’s policies read here (' +
      POLICY_JA +
      ', docs.stripe.com’s cookie appendix and fraud pages) give none.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Stripe page naming a representative was found (Stripe’s privacy policy in Japanese and docs.stripe.com pages were read).',
  ),
}
