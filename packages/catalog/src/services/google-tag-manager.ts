// Google Tag Manager container (gtm.js). Facts from Google's public documentation.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT } from '../phrases.ts'
import { GOOGLE, GOOGLE_SOURCES } from '../recipients.ts'

// `necessary` by default: the container itself sets no cookie and only loads tags; every tag it
// loads is held by the gate through that tag's own service hosts until its purposes are granted.
export const googleTagManager: ServiceDefinition = {
  id: 'google-tag-manager',
  purposes: ['necessary'],
  name: 'Google Tag Manager',
  recipient: { ja: 'Google LLC', en: 'Google LLC' },
  country: 'US',
  recipientAddress: GOOGLE.address,
  recipientRepresentative: GOOGLE.representative,
  data: [
    IP_ADDRESS,
    { ja: '閲覧したページのURL', en: 'URL of the page viewed' },
    USER_AGENT,
    { ja: 'コンテナID', en: 'container ID' },
  ],
  sitePurpose: {
    ja: 'サイトに設置するタグを一か所で管理し読み込むため',
    en: 'to manage and load the site’s tags from one place',
  },
  recipientPurpose: {
    ja: 'タグの配信と、Googleのサービスの提供・保護のため',
    en: 'to deliver the tags and to provide and protect Google services',
  },
  // A container id also loads through gtag.js (`gtag/js?id=GTM-…`).
  hosts: [
    'www.googletagmanager.com/gtm.js',
    'www.googletagmanager.com/ns.html',
    'www.googletagmanager.com/gtag/js?id=GTM-',
  ],
  necessaryReason: {
    ja: 'サイトのタグを読み込む仕組みそのもので、止めるとサイトの機能に必要なタグも動かなくなるため。コンテナ自体はCookieを書かず、読み込むほかのタグは、その目的に同意を得るまで止めています。',
    en: 'It is how the site loads its tags, so stopping it would stop tags the site needs to work. The container writes no cookie itself, and every other tag it loads is held until its purposes are granted.',
  },
  privacyPolicyUrl: 'https://policies.google.com/privacy',
}

/** Where each fact above came from; `pending` marks what no recorded vendor source backs yet. */
const pending = /* @__PURE__ */ unconfirmed(
  'No Google page stating what a container request carries, or what Google uses it for, was read here.',
)

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Google’s Site Kit plugin (github.com/google/site-kit-wp, includes/Modules/Tag_Manager/Web_Tag.php and Tag_Matchers.php, read 2026-12-05) loads https://www.googletagmanager.com/gtm.js?id= and the no-script frame https://www.googletagmanager.com/ns.html?id=; a container loaded through gtag/js?id=GTM- is in no Google code or page read here.',
  ),
  data: pending,
  purposes: pending,
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
