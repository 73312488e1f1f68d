// Microsoft Advertising Universal Event Tracking (UET): conversions and remarketing for ads on
// Bing and Microsoft's network.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER, SITE_EVENTS } from '../phrases.ts'
import { MICROSOFT, MICROSOFT_SOURCES } from '../recipients.ts'

export const microsoftUet: ServiceDefinition = {
  id: 'microsoft-uet',
  purposes: ['advertising'],
  name: { ja: 'Microsoft広告 UETタグ', en: 'Microsoft Advertising UET tag' },
  recipient: { ja: 'Microsoft Corporation', en: 'Microsoft Corporation' },
  country: 'US',
  recipientAddress: MICROSOFT.address,
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
  cookies: ['_uetsid', '_uetvid', '_uetmsclkid', '_uetsid_exp', '_uetvid_exp'],
  retention: { ja: '390日', en: '390 days' },
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
}

/** Where each fact above came from. */
const PARAMETERS = 'https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table'
const UET_TAG = 'https://learn.microsoft.com/en-us/advertising/campaign-management-service/uettag?view=bingads-13'
const UET_FAQ = 'https://help.ads.microsoft.com/apex/index/3/en/53056'
/** Microsoft Advertising's help pages as published from MicrosoftDocs/Advertising (learn.microsoft.com/advertising/msa-help). */
const MSA_HELP = 'https://github.com/MicrosoftDocs/Advertising/blob/'
const ADD_TAG = MSA_HELP + '001cd91391210b00d7efbda5ff6c2bb6c7464c69/advertising/msa-help/hlp_BA_PROC_UETv2AddTag.md'
const FAQ_2 = MSA_HELP + '12a7d930afd4b75a146936506c6696e56e51f681/advertising/msa-help/hlp_BA_CONC_UET_FAQ_2.md'
const CONSENT_FAQ =
  MSA_HELP + '12a7d930afd4b75a146936506c6696e56e51f681/advertising/msa-help/hlp_BA_CONC_UET_ConsentFAQ.md'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    FAQ_2,
    '2026-12-05',
    'FAQ - Universal event tracking: UET reports user activity to Microsoft Advertising, which keeps it and does not resell it; with Restricted Event Processing Microsoft still counts as an independent controller; data use per the Microsoft Privacy Statement, whose postal contact is Microsoft Privacy, Microsoft Corporation, One Microsoft Way, Redmond (the recipientAddress source)',
  ),
  country: MICROSOFT_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    ADD_TAG,
    '2026-12-05',
    'How do I add a UET tag to my website?: the tag snippet loads //bat.bing.com/bat.js, and the page load sends its main request to http://bat.bing.com/action/0?ti=…',
  ),
  cookies: /* @__PURE__ */ source(
    FAQ_2,
    '2026-12-05',
    'What cookies does UET use?: first-party _uetmsclkid (Microsoft Click ID, 90 days), _uetsid (session) and _uetvid (visitor); MR, MSPTC and MUID are Microsoft’s own; the UET consent FAQ (' +
      CONSENT_FAQ +
      ') also names _uetsid_exp and _uetvid_exp among the cookies UET sets',
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
  privacyPolicyUrl: MICROSOFT_SOURCES.privacyPolicyUrl,
  recipientAddress: MICROSOFT_SOURCES.recipientAddress,
  recipientRepresentative: MICROSOFT_SOURCES.recipientRepresentative,
}
