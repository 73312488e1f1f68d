// Microsoft Advertising Universal Event Tracking (UET): conversions and remarketing for ads on
// Bing and Microsoft's network.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER, SITE_EVENTS } from '../phrases.ts'
import { MICROSOFT, MICROSOFT_SOURCES } from '../recipients.ts'

export const microsoftUet: ServiceDefinition = {
  id: 'microsoft-uet',
  purposes: ['advertising'],
  name: { ja: 'Microsoft広告 UETタグ', en: 'Microsoft Advertising UET tag' },
  recipient: { ja: 'Microsoft Corporation', en: 'Microsoft Corporation' },
  country: 'US',
  recipientRepresentative: MICROSOFT.representative,
  data: [
    { ja: 'Cookie ID（_uetsid、_uetvid）', en: 'cookie IDs (_uetsid, _uetvid)' },
    { ja: '広告クリックID（msclkid）', en: 'ad click ID (msclkid)' },
    PAGE_URL,
    REFERRER,
    SITE_EVENTS,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: 'Microsoft広告の効果を測定し、サイトを訪れた方に広告を表示するため',
    en: 'to measure our Microsoft Advertising ads and to show our ads to people who visited the site',
  },
  recipientPurpose: {
    ja: 'Microsoft広告の配信・効果測定のため',
    en: 'to serve and measure Microsoft Advertising ads',
  },
  hosts: ['bat.bing.com'],
  cookies: ['_uetsid', '_uetvid', '_uetmsclkid'],
  retention: { ja: '390日', en: '390 days' },
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
}

/** Where each fact above came from. */
const PARAMETERS = 'https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table'
const pending = /* @__PURE__ */ unconfirmed('No URL of Microsoft’s documentation recorded for this fact yet.')

const UET_TAG = 'https://learn.microsoft.com/en-us/advertising/campaign-management-service/uettag?view=bingads-13'
const UET_FAQ = 'https://help.ads.microsoft.com/apex/index/3/en/53056'

export const sources: ServiceSources = {
  recipient: pending,
  country: pending,
  hosts: /* @__PURE__ */ unconfirmed(
    'bat.bing.com is where the UET snippet loads bat.js from; no Microsoft page read here lists it.',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'The UET parameters table says msclkid is kept in a first-party cookie but does not name it; _uetsid, _uetvid and _uetmsclkid are not confirmed from Microsoft.',
  ),
  data: /* @__PURE__ */ source(
    PARAMETERS,
    '2026-12-04',
    'UET parameters: tag id, page and referrer, event, msclkid click id',
  ),
  purposes: /* @__PURE__ */ source(
    UET_TAG,
    '2026-12-04',
    'a UET tag lets Microsoft Advertising collect actions people take on the website, for conversion goals and audiences',
  ),
  retention: /* @__PURE__ */ source(
    UET_FAQ,
    '2026-12-05',
    'FAQ: Universal Event Tracking: UET collects the listed data and Microsoft Advertising retains it for 390 days',
  ),
  privacyPolicyUrl: pending,
  recipientAddress: pending,
  recipientRepresentative: MICROSOFT_SOURCES.recipientRepresentative,
}
