// Adobe Target with at.js: A/B tests and personalisation. at.js writes its cookies on the site's
// domain; its requests go to <client-code>.tt.omtrdc.net, a subdomain Adobe Analytics' omtrdc.net
// also covers, so the path prefix of the Delivery API tells them apart.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT } from '../phrases.ts'
import { ADOBE, ADOBE_SOURCES } from '../recipients.ts'

export const adobeTarget: ServiceDefinition = {
  id: 'adobe-target',
  purposes: ['personalization'],
  name: 'Adobe Target',
  recipient: ADOBE.recipient,
  country: ADOBE.country,
  data: [
    { ja: 'セッションIDと訪問者ID（Cookie mbox）', en: 'session and visitor IDs (cookie mbox)' },
    { ja: '閲覧したページのURLとホスト名', en: 'URL and host name of the page viewed' },
    { ja: '画面の幅と高さ', en: 'screen width and height' },
    {
      ja: 'テスト・表示内容を出し分ける場所（mbox）の名前',
      en: 'names of the locations (mboxes) whose content is tested or personalised',
    },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'ページの表示内容を比較テストし、訪問者に合った内容を表示するため',
    en: 'to test versions of our pages and show visitors the content that suits them',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により、表示内容を選んでテスト結果を集計するため',
    en: 'to choose the content to show and report test results on the site operator’s behalf',
  },
  hosts: ['tt.omtrdc.net/rest/v1/delivery'],
  cookies: ['mbox', 'at_check', 'mboxEdgeCluster'],
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
}

/** Where each fact above came from. */
const COOKIES =
  'https://experienceleague.adobe.com/docs/core-services/interface/administration/ec-cookies/cookies-target.html?lang=en'
const DELIVERY = 'https://experienceleague.adobe.com/en/docs/target-dev/developer/api/delivery-api/getting-started'

/** Adobe's Target developer docs on GitHub (the source of experienceleague.adobe.com/en/docs/target-dev). */
const ATJS_UPGRADE =
  'https://github.com/AdobeDocs/target-dev.en/blob/16132bc7a624ab4849651b183bde9b3064b4a676/help/dev/implement/client-side/atjs/upgrading-from-atjs-1x-to-atjs-20.md'
const TARGET_CSP =
  'https://github.com/AdobeDocs/target-dev.en/blob/05d8462d776ac1d5c90a1e3038d0c78d9efbd2a5/help/dev/before-implement/privacy/content-security-policy.md'

export const sources: ServiceSources = {
  recipient: ADOBE_SOURCES.recipient,
  country: ADOBE_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    ATJS_UPGRADE,
    '2026-12-05',
    'at.js 2.x calls the Target edge through the Delivery API, visible in the network tab as “delivery” on tt.omtrdc.net; the Delivery API guide (' +
      DELIVERY +
      ') gives https://<clientCode>.tt.omtrdc.net/rest/v1/delivery, and Target’s CSP page (' +
      TARGET_CSP +
      ') asks for connect-src *.tt.omtrdc.net for at.js 2.1 or later',
  ),
  cookies: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'first-party cookies on the customer’s domain: mbox (session ID, PC ID, check, disable; 2 years), at_check (cookie test), mboxEdgeCluster (with overrideMboxEdgeServer)',
  ),
  data: /* @__PURE__ */ source(
    DELIVERY,
    '2026-12-04',
    'a Delivery API call carries sessionId, context.browser.host, context.address.url, context.screen width and height, and the mbox names',
  ),
  purposes: /* @__PURE__ */ source(
    COOKIES,
    '2026-12-04',
    'Adobe Target uses cookies to give website operators the ability to test which online content and offers are more relevant to visitors',
  ),
  privacyPolicyUrl: ADOBE_SOURCES.privacyPolicyUrl,
  recipientAddress: ADOBE_SOURCES.recipientAddress,
  recipientRepresentative: ADOBE_SOURCES.recipientRepresentative,
}
