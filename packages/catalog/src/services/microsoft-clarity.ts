// Microsoft Clarity (session recording and heatmaps). Cookies checked against Microsoft Learn's Clarity cookie list.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL_TITLE, REFERRER, DEVICE_SCREEN, POINTER_MOVES, UX_PURPOSE } from '../phrases.ts'
import { MICROSOFT, MICROSOFT_SOURCES } from '../recipients.ts'

export const microsoftClarity: ServiceDefinition = {
  id: 'microsoft-clarity',
  purposes: ['analytics'],
  name: 'Microsoft Clarity',
  recipient: { ja: 'Microsoft Corporation', en: 'Microsoft Corporation' },
  country: 'US',
  recipientAddress: MICROSOFT.address,
  recipientRepresentative: MICROSOFT.representative,
  data: [
    { ja: 'Cookie ID（_clck、_clsk）', en: 'cookie IDs (_clck, _clsk)' },
    PAGE_URL_TITLE,
    REFERRER,
    POINTER_MOVES,
    {
      ja: '表示されたページの内容（機密性の高い内容は伏せる）',
      en: 'content of the pages shown (sensitive content masked)',
    },
    { ja: '言語設定とタイムゾーン', en: 'language setting and time zone' },
    IP_ADDRESS,
    DEVICE_SCREEN,
  ],
  sitePurpose: UX_PURPOSE,
  recipientPurpose: {
    ja: '利用状況の分析結果と録画をサイト運営者に提供するため、Microsoftの製品の改善と広告のため',
    en: 'to provide usage analysis and recordings to the site operator, and to improve Microsoft products and advertising',
  },
  hosts: ['clarity.ms'],
  cookies: ['_clck', '_clsk'],
  // sessionStorage: the tab id.
  storage: ['_cltk'],
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
  checked: '2026-11-27',
}

const CLARITY_COOKIES = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list'
/** Microsoft's open-source Clarity tag code (MIT) and its Joomla plugin. */
const CLARITY_JS = 'https://github.com/microsoft/clarity/blob/00139b637b01f92cc1d15419b9aad530255b476d'
const METADATA = `${CLARITY_JS}/packages/clarity-js/src/data/metadata.ts`
const CLARITY_README = 'https://github.com/microsoft/clarity/blob/08042ed0ec9d19c7fbcac51b22a65c17d6fb26d2/README.md'
const JOOMLA_PLUGIN =
  'https://github.com/microsoft/clarity-joomla-plugin/blob/0b4a1198bbff74604d55736e9883f8585be661cd/clarity.php'
const TERMS = 'https://clarity.microsoft.com/terms'
/** Microsoft Advertising's help on using one UET tag for Clarity (MicrosoftDocs). */
const UET_CLARITY =
  'https://github.com/MicrosoftDocs/Advertising/blob/12a7d930afd4b75a146936506c6696e56e51f681/advertising/msa-help/hlp_BA_CONC_UET_Clarity.md'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    TERMS,
    '2026-12-05',
    'Microsoft Clarity Terms of Use: an agreement between You and Microsoft Corporation (or one of its affiliates); they apply to Microsoft’s Clarity service',
  ),
  country: MICROSOFT_SOURCES.country,
  hosts: /* @__PURE__ */ source(
    JOOMLA_PLUGIN,
    '2026-12-05',
    'Microsoft’s Clarity plugin for Joomla (© Microsoft Corporation) loads the tag from //www.clarity.ms/tag/<project id>; the tag’s upload URL is set by the tag itself, and the entry holds all of clarity.ms',
  ),
  cookies: /* @__PURE__ */ source(
    CLARITY_COOKIES,
    '2026-12-04',
    'first-party _clck (user id) and _clsk (session); CLID, ANONCHK, MR, MUID and SM are listed too but live on Microsoft’s domains; the tag code writes _clck for 365 days and _clsk for 1 day (' +
      METADATA +
      ', read 2026-12-05)',
  ),
  storage: /* @__PURE__ */ source(
    METADATA,
    '2026-12-05',
    'tab(): sessionStorage key _cltk (Constant.TabKey) holds the tab id while tracking is on',
  ),
  data: /* @__PURE__ */ source(
    METADATA,
    '2026-12-05',
    'start(): user agent, page title, URL, referrer, tab id, page and browser language, time zone, screen size and device details, with the _clck user id; clicks, scrolls, mouse and touch moves and the page layout are the tag’s events (types/data.d.ts); sensitive content is masked by default (' +
      CLARITY_README +
      '); an IP address reaches any server the browser calls',
  ),
  purposes: /* @__PURE__ */ unconfirmed(
    'Microsoft’s UET help (' +
      UET_CLARITY +
      ') calls Clarity its free behavioural analysis tool giving the site heatmaps and session playbacks, which backs the site operator’s half; Microsoft’s own use of Clarity data (product improvement, advertising) is stated on no Microsoft page read here: of the Clarity Terms of Use (' +
      TERMS +
      ') only the opening was in the stored copy, and the Clarity FAQ on learn.microsoft.com was not.',
  ),
  privacyPolicyUrl: MICROSOFT_SOURCES.privacyPolicyUrl,
  recipientAddress: MICROSOFT_SOURCES.recipientAddress,
  recipientRepresentative: MICROSOFT_SOURCES.recipientRepresentative,
}
