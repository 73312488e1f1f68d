// Twilio Segment Analytics.js (customer data platform). Its own cookies and localStorage keys start
// with ajs_, and events waiting to be sent sit in localStorage under persisted-queue:v1:<write key>:…;
// the destinations it loads in device mode set their own, under their own entries.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, PAGE_URL, USER_AGENT } from '../phrases.ts'

export const segment: ServiceDefinition = {
  id: 'segment',
  purposes: ['analytics'],
  name: 'Segment',
  recipient: { ja: 'Twilio Inc.', en: 'Twilio Inc.' },
  country: 'US',
  recipientAddress: {
    ja: 'アメリカ合衆国 カリフォルニア州 サンフランシスコ 101 Spear Street, 5th Floor, 94105',
    en: '101 Spear Street, 5th Floor, San Francisco, CA 94105, United States',
  },
  data: [
    {
      ja: 'Cookie・localStorageに保存する匿名ID・ユーザーID・グループID（ajs_で始まるもの）',
      en: 'anonymous, user and group IDs kept in cookies and localStorage (names starting with ajs_)',
    },
    { ja: 'サイトが送信するイベントとユーザーの属性', en: 'events and user traits the site sends' },
    PAGE_URL,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '利用状況のデータを集め、サイトが指定する分析・広告サービスに送るため',
    en: 'to collect usage data and pass it on to the analytics and ad services the site chooses',
  },
  recipientPurpose: {
    ja: 'データを収集・保管し、サイト運営者が指定する送信先に届けるため',
    en: 'to collect and store the data and deliver it to the destinations the site operator chooses',
  },
  hosts: ['cdn.segment.com', 'api.segment.io'],
  cookies: ['ajs_*'],
  storage: ['ajs_*', 'persisted-queue:v1:*'],
  privacyPolicyUrl: 'https://www.twilio.com/en-us/legal/privacy',
}

/** Where each fact above came from. */
const STORAGE_CODE = 'https://app.unpkg.com/@segment/analytics-next@1.82.0/files/src/test-helpers/browser-storage.ts'
/** Segment's own code as published on npm (@segment/analytics-next 1.84.3). */
const PACKAGE = 'https://app.unpkg.com/@segment/analytics-next@1.84.3/files/src/'
const PERSISTENCE =
  'https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/website/javascript/cookie-validity-update'

const PRIVACY = 'https://www.twilio.com/legal/privacy'
const DISPUTES = 'https://www.twilio.com/en-us/legal/privacy/disputes'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-05',
    'Twilio Privacy Notice (last updated 2026-04-09): its Binding Corporate Rules govern how Twilio Inc. and its group companies process personal data for customers, end users and visitors; Segment’s documentation is part of Twilio Docs (https://www.twilio.com/docs/segment), and ' +
      DISPUTES +
      ' names Twilio Inc. as the worldwide headquarters',
  ),
  country: /* @__PURE__ */ source(
    DISPUTES,
    '2026-12-05',
    'worldwide headquarters Twilio Inc., San Francisco (EEA headquarters Twilio Ireland Limited, Dublin); https://www.twilio.com/docs/segment/guides/regional-segment: new Segment workspaces use US infrastructure by default, with an EU option',
  ),
  hosts: /* @__PURE__ */ source(
    PACKAGE + 'core/constants/index.ts',
    '2026-12-05',
    'SEGMENT_API_HOST = api.segment.io/v1, where the Segment.io destination sends events; the library itself loads from cdn.segment.com (segmentio/snippet’s README)',
  ),
  cookies: /* @__PURE__ */ source(
    STORAGE_CODE,
    '2026-12-04',
    "analytics-next's own test helper lists its cookies ajs_user_id, ajs_anonymous_id, ajs_group_id",
  ),
  storage: /* @__PURE__ */ source(
    PACKAGE + 'lib/priority-queue/persisted.ts',
    '2026-12-05',
    'unsent events in localStorage under persisted-queue:v1:<write key>:event-queue (and :dest-<destination>) with :items, :seen and :lock; core/user/index.ts: ajs_user_traits and ajs_group_properties; ' +
      PERSISTENCE +
      ' says the IDs are also written to localStorage',
  ),
  data: /* @__PURE__ */ source(
    PERSISTENCE,
    '2026-12-04',
    'user IDs and anonymous ID persisted in cookie and localStorage',
  ),
  purposes: /* @__PURE__ */ source(
    'https://www.twilio.com/docs/segment/getting-started',
    '2026-12-05',
    'What is Segment?: it tracks first-party customer data from websites and apps and sends it, as events or as an aggregate view of a customer, downstream to the business tools the customer connects',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    'https://www.twilio.com/legal/privacy',
    '2026-12-05',
    'Twilio Privacy Notice (last updated 2026-04-09), for Twilio Inc. and its group companies, which include Segment; the entry links its /en-us/ path',
  ),
  recipientAddress: /* @__PURE__ */ source(
    DISPUTES,
    '2026-12-05',
    'Handling Disputes: write to the Office of the Data Protection Officer at Twilio Inc., 101 Spear Street, 5th Floor, San Francisco, CA 94105 (worldwide headquarters)',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Twilio page naming its chief executive was read: the privacy notice and the disputes page name a Data Protection Officer’s office only, and Khozema Shipchandler appears as CEO only on a third-party blog; Twilio’s proxy statement on sec.gov came up only as its notice of meeting.',
  ),
}
