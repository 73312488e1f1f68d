// popIn Discovery (article recommendations with native ads) and its conversion tag: the widget
// script api.popin.cc/searchbox/<media id>.js and conversion.js, both from api.popin.cc.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import {
  IP_ADDRESS,
  USER_AGENT,
  PAGE_URL,
  RECOMMENDATIONS_SHOWN_CLICKED,
  RECOMMENDATION_WIDGET_PURPOSE,
} from '../phrases.ts'

export const popin: ServiceDefinition = {
  id: 'popin',
  purposes: ['advertising'],
  name: 'popIn Discovery',
  recipient: { ja: 'popIn株式会社', en: 'popIn Inc.' },
  country: 'JP',
  data: [
    PAGE_URL,
    RECOMMENDATIONS_SHOWN_CLICKED,
    { ja: '閲覧した時刻と閲覧の仕方', en: 'time of access and how the pages are used' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: RECOMMENDATION_WIDGET_PURPOSE,
  recipientPurpose: {
    ja: 'おすすめ記事・広告の配信と、広告の効果の分析のため',
    en: 'to serve recommended articles and ads, and to analyse how the ads perform',
  },
  hosts: ['api.popin.cc'],
  privacyPolicyUrl: 'https://www.popin.cc/en/policy.html',
}

/** Where each fact above came from: popIn's privacy policy and terms on popin.cc, and AMP's popIn integration. */
const POLICY = 'https://www.popin.cc/en/policy.html'
const TERMS = 'https://app.popin.cc/lawrights/terms-of-service.html'
const AMP_POPIN = 'https://github.com/ampproject/amphtml/blob/main/ads/vendors/popin.js'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    POLICY,
    '2026-12-05',
    'Privacy Policy: popIn Inc (“the Company”); popIn’s terms on popin.cc define popIn as popIn株式会社 (' +
      TERMS +
      ')',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'popIn’s pages read here give no address; JP follows from the company form 株式会社 in its terms, not from a page stating where it is.',
  ),
  hosts: /* @__PURE__ */ source(
    AMP_POPIN,
    '2026-12-05',
    'AMP’s popin integration loads https://api.popin.cc/searchbox/<mediaid>.js into a div _popIn_amp_recommend',
  ),
  data: /* @__PURE__ */ source(
    POLICY,
    '2026-12-05',
    '2. Scope of Data Collected: domain name, IP address and how the user uses the Service; 3.: pages and ads viewed, access times, method of usage and user environment',
  ),
  purposes: /* @__PURE__ */ source(
    POLICY,
    '2026-12-05',
    '3. Use of Statistical Information: to make services and ad content suit users, and to analyse which ads are effective for reports to advertisers',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(POLICY, '2026-12-05', 'popIn Inc’s Privacy Policy'),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No popIn page giving its address was read here: its privacy policy, the popIn Aladdin terms (app.popin.cc/lawrights/terms-of-service.html) and the popIn Action EULA (action.popin.cc/eula/) name popIn株式会社 only; no company profile on popin.cc was among the stored pages searched on 2026-12-05.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No popIn page naming its representative was read here (privacy policy, popIn Aladdin terms and popIn Action EULA name the company only).',
  ),
}
