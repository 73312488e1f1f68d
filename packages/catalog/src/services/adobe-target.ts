// Adobe Target with at.js: A/B tests and personalisation. at.js writes its cookies on the site's
// domain; its requests go to <client-code>.tt.omtrdc.net, a subdomain Adobe Analytics' omtrdc.net
// also covers, so the path prefix of the Delivery API tells them apart.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
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

export const sources: ServiceSources = {
  recipient: ADOBE_SOURCES.recipient,
  country: ADOBE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Adobe’s Delivery API guide calls https://<clientCode>.tt.omtrdc.net/rest/v1/delivery; that at.js 2 sends its requests there (and at.js 1 to /m2/) and the host at.js itself loads from are not on an Adobe page read here.',
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
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'adobe.com/privacy/policy.html is Adobe’s privacy policy address; the page was not read here.',
  ),
  recipientAddress: ADOBE_SOURCES.recipientAddress,
  recipientRepresentative: ADOBE_SOURCES.recipientRepresentative,
}
