// Adobe Fonts (formerly Typekit) web projects: the kit's CSS or JavaScript from use.typekit.net,
// which also pings p.typekit.net so Adobe can count the fonts served. No cookie, but every page
// that uses it sends the visitor's IP address to Adobe.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source } from '../sources.ts'
import { IP_ADDRESS, WEB_FONTS_PURPOSE } from '../phrases.ts'
import { ADOBE, ADOBE_SOURCES } from '../recipients.ts'

export const adobeFonts: ServiceDefinition = {
  id: 'adobe-fonts',
  purposes: ['functional'],
  name: 'Adobe Fonts',
  recipient: ADOBE.recipient,
  country: ADOBE.country,
  data: [
    IP_ADDRESS,
    { ja: 'フォントを読み込むページのホスト名', en: 'host name of the page loading the fonts' },
    {
      ja: '配信したフォントとWebプロジェクトID・アカウントID',
      en: 'fonts served, and the web project and account IDs',
    },
    { ja: '埋め込み方法（JavaScriptまたはCSS）とそのバージョン', en: 'embed type (JavaScript or CSS) and its version' },
  ],
  sitePurpose: WEB_FONTS_PURPOSE,
  recipientPurpose: {
    ja: 'フォントを配信して配信の問題を診断するため、利用料の請求・確認とフォント制作会社への支払いのため',
    en: 'to deliver the fonts and diagnose delivery problems, and for billing, compliance and paying the font foundries',
  },
  hosts: ['use.typekit.net', 'p.typekit.net', 'performance.typekit.net'],
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policies/typekit.html',
}

/** Where each fact above came from. */
const FONTS_PRIVACY = 'https://www.adobe.com/privacy/policies/typekit.html'

export const sources: ServiceSources = {
  recipient: ADOBE_SOURCES.recipient,
  country: ADOBE_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    'https://helpx.adobe.com/fonts/web/web-design-and-development/content-security-policy.html',
    '2026-12-05',
    'Adobe Fonts’ CSP help: scripts and stylesheets from its CDN use.typekit.net, images from p.typekit.net (a tracking image counting font use so foundries are paid), and connect-src performance.typekit.net, where performance metrics are sent at random intervals (added to the hosts on this reading)',
  ),
  data: /* @__PURE__ */ source(
    FONTS_PRIVACY,
    '2026-12-04',
    'Adobe Fonts for websites: fonts served, web project id, JS version, project type, embed type, account id, serving service and server, host name of the page; the IP address is received to send the fonts and not stored; no cookies are set to serve the fonts',
  ),
  purposes: /* @__PURE__ */ source(
    FONTS_PRIVACY,
    '2026-12-04',
    'billing and compliance, providing the service and diagnosing delivery, paying the foundries',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(FONTS_PRIVACY, '2026-12-04', 'the Adobe Fonts privacy page itself'),
  recipientAddress: ADOBE_SOURCES.recipientAddress,
  recipientRepresentative: ADOBE_SOURCES.recipientRepresentative,
}
