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

const unread = /* @__PURE__ */ unconfirmed(
  'No Twilio page read names the entity contracting for Segment (Twilio’s privacy notice, read 2026-12-05, covers Twilio Inc. and its group companies), its country (taken to follow the recipient), its own purposes, its address or its representative.',
)

export const sources: ServiceSources = {
  recipient: unread,
  country: unread,
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
  purposes: unread,
  privacyPolicyUrl: /* @__PURE__ */ source(
    'https://www.twilio.com/legal/privacy',
    '2026-12-05',
    'Twilio Privacy Notice (last updated 2026-04-09), for Twilio Inc. and its group companies, which include Segment; the entry links its /en-us/ path',
  ),
  recipientAddress: unread,
  recipientRepresentative: unread,
}
