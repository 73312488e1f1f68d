// AppsFlyer Web SDK (People-Based Attribution, Smart Banners): ties web visits and events to app
// installs through a first-party visitor id on the site's domain.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, UTM_PARAMETERS } from '../phrases.ts'

export const appsflyerWebSdk: ServiceDefinition = {
  id: 'appsflyer-web-sdk',
  purposes: ['advertising'],
  name: 'AppsFlyer Web SDK',
  recipient: { ja: 'AppsFlyer Ltd.', en: 'AppsFlyer Ltd.' },
  country: 'IL',
  data: [
    { ja: 'Web訪問者ID（Cookie afUserId）', en: 'web visitor ID (cookie afUserId)' },
    { ja: 'サイトが設定する顧客ユーザーID', en: 'customer user ID the site sets' },
    PAGE_URL,
    {
      ja: 'サイトが送信するイベント（登録、購入）と売上金額',
      en: 'events the site reports (sign-ups, purchases) and revenue',
    },
    UTM_PARAMETERS,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'Web・アプリをまたいで広告の効果を測定し、アプリへの誘導バナーを表示するため',
    en: 'to measure our ads across web and app, and to show banners that lead to our app',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により、Webとアプリの利用を紐づけて広告の成果を計測するため',
    en: 'to attribute web and app activity to ad campaigns on the site operator’s behalf',
  },
  hosts: ['appsflyer.com', 'creatives-cdn-appsflyer.com'],
  cookies: ['afUserId', 'AF_SYNC'],
  privacyPolicyUrl: 'https://www.appsflyer.com/legal/privacy-policy/',
}

/** Where each fact above came from. */
const BANNER_SECURITY =
  'https://support.appsflyer.com/hc/en-us/articles/22082177372561-Smart-Banners-and-Smart-Script-security-and-performance'
const PBA_GUIDE = 'https://support.appsflyer.com/hc/en-us/articles/360001610038-PBA-Web-SDK-integration-guide'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'AppsFlyer Ltd. (Israel) is the parent; no AppsFlyer page naming the contracting entity for customers in Japan was read here (its support articles name only AppsFlyer Germany GmbH, as EU representative under GDPR Art. 27).',
  ),
  country: /* @__PURE__ */ unconfirmed('Follows the recipient; where web SDK data is processed was not read here.'),
  hosts: /* @__PURE__ */ source(
    BANNER_SECURITY,
    '2026-12-04',
    'the SDK is fetched from websdk.appsflyer.com, the banner link API is banner.appsflyer.com, creatives come from creatives-cdn-appsflyer.com',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'AppsFlyer’s Web S2S API reference names the cookie afUserId, set by the Web SDK on the website domain (dev.appsflyer.com/hc/reference/web-s2s-api-setcuid-post, read again 2026-12-05; also in AppsFlyer’s own docs repository: github.com/AppsFlyerKnowledge/devhub, docs/apis/rta/web_s2s_api.yaml at 1256625276f8fda5fc7f69d500b3025ea7740dba); AF_SYNC is seen next to it only in public cookie captures. The [Beta] Web SDK article (support.appsflyer.com/hc/en-us/articles/43485611331473) has a “Web SDK cookies reference” section, but its table was not in what was read on 2026-12-05 (the stored copy gives only the article’s opening).',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'AppsFlyer’s guide says the SDK records visits, events, conversions and revenue and sets a customer user ID; the IP address, user agent and page URL are listed only for Smart Banner calls.',
  ),
  purposes: /* @__PURE__ */ source(
    PBA_GUIDE,
    '2026-12-04',
    'reports user visits and actions on the website to AppsFlyer for People-Based Attribution across web and app',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'appsflyer.com/legal/privacy-policy/ is AppsFlyer’s website privacy policy; AppsFlyer’s support articles (OpenDSR API, opt-in/opt-out) say the privacy relationship with customers is governed by the separate “AppsFlyer Services Privacy Policy”, whose address was not in what was read, so which of the two covers site visitors is open.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed('No AppsFlyer page giving the recipient’s address was read here.'),
  recipientRepresentative: /* @__PURE__ */ unconfirmed('No AppsFlyer page naming a representative was read here.'),
}
