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

/** Google's Site Kit plugin for WordPress (Apache-2.0, Google LLC): how it places a container. */
const SITE_KIT = 'https://github.com/google/site-kit-wp/blob/754fbd06c8729258efab995081b3f0fa051c16c8/includes/'
const WEB_TAG = SITE_KIT + 'Modules/Tag_Manager/Web_Tag.php'
const TAG_MATCHERS = SITE_KIT + 'Modules/Tag_Manager/Tag_Matchers.php'
const GTAG =
  'https://github.com/google/site-kit-wp/blob/17f0a8e4bba5e80f91509f4836046fe5a81b06f1/includes/Core/Tags/GTag.php'

export const sources: ServiceSources = {
  recipient: GOOGLE_SOURCES.recipient,
  country: GOOGLE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    `Google’s Site Kit plugin (${WEB_TAG}, read 2026-12-05) loads https://www.googletagmanager.com/gtm.js?id= and the no-script frame https://www.googletagmanager.com/ns.html?id=. For gtag/js?id=GTM- it shows only parts: its tag matchers (${TAG_MATCHERS}) count gtag('config', 'GTM-…') as a placed container and its GTag class (${GTAG}) loads https://www.googletagmanager.com/gtag/js?id= with the first tag id, but Site Kit hands a container to gtag only through its Google tag gateway, whose script is served from the site’s own path; no Google code or page read here loads a container from gtag/js?id=GTM-.`,
  ),
  data: /* @__PURE__ */ unconfirmed(
    `Google’s Site Kit (${WEB_TAG}) shows the container request carries the container id (gtm.js?id=, with &l= for a renamed data layer); the IP address and user agent go with any request the browser makes, while the page URL goes only as far as the Referer header carries it; no Google page stating what a container request carries, or what Google keeps of it, was read here.`,
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    'No Google page stating what Google uses a container request for was read here.',
  ),
  privacyPolicyUrl: GOOGLE_SOURCES.privacyPolicyUrl,
  recipientAddress: GOOGLE_SOURCES.recipientAddress,
  recipientRepresentative: GOOGLE_SOURCES.recipientRepresentative,
}
