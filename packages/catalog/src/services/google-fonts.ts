// Google Fonts (fonts.googleapis.com stylesheets, fonts.gstatic.com font files): no cookie, but
// every page that uses it sends the visitor's IP address and browser to Google.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, REFERRER, WEB_FONTS_PURPOSE } from '../phrases.ts'
import { GOOGLE, GOOGLE_SOURCES } from '../recipients.ts'

export const googleFonts: ServiceDefinition = {
  id: 'google-fonts',
  purposes: ['functional'],
  name: 'Google Fonts',
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  recipientAddress: GOOGLE.address,
  recipientRepresentative: GOOGLE.representative,
  data: [IP_ADDRESS, USER_AGENT, REFERRER, { ja: '要求したフォントの名前', en: 'names of the fonts requested' }],
  sitePurpose: WEB_FONTS_PURPOSE,
  recipientPurpose: {
    ja: 'フォントを配信するため、フォントの利用統計を作成するため',
    en: 'to deliver the fonts and to compile statistics on their use',
  },
  hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
}

/** Where each fact above came from. */
const FAQ = 'https://developers.google.com/fonts/faq/privacy'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    FAQ,
    '2026-12-04',
    'Google Fonts privacy FAQ (read as quoted in woocommerce/storefront#845): requests go to fonts.googleapis.com and fonts.gstatic.com, no cookies are sent',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'The FAQ (' +
      FAQ +
      ') came up only as quoted by others: in woocommerce/storefront#845 it says requests are unauthenticated and carry no cookies; in mysociety/whatdotheyknow-theme#2120 it says the Fonts API receives the IP address, the requested URL and HTTP headers including user agent and referrer; an older version quoted in google/fonts#5537 (an issue by a user, unanswered in what was read) said IP addresses are not logged. No Google page or code listing the request fields was read here.',
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    'Google publishes usage statistics of its fonts (fonts.google.com/analytics); the FAQ page was not read here.',
  ),
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
