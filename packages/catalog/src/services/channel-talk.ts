// Channel Talk (チャネルトーク) chat and marketing pop-ups: ch-plugin-web.js from cdn.channel.io.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER, CHAT_PURPOSE, UTM_PARAMETERS } from '../phrases.ts'

export const channelTalk: ServiceDefinition = {
  id: 'channel-talk',
  purposes: ['functional'],
  name: { ja: 'チャネルトーク', en: 'Channel Talk' },
  recipient: { ja: 'Channel Corporation', en: 'Channel Corporation' },
  country: 'KR',
  data: [
    {
      ja: '訪問者ID（Cookie ch-veil-id、ch-session-<チャネルID>）',
      en: 'visitor ID (cookies ch-veil-id, ch-session-<channel-id>)',
    },
    {
      ja: 'チャットで入力した内容と、入力した場合は名前・メールアドレス・携帯電話番号',
      en: 'what is written in the chat, with name, email address and mobile number when given',
    },
    {
      ja: 'ログイン中の利用者の会員ID・プロフィール（サイトが渡す場合）',
      en: 'member ID and profile of logged-in users (when the site passes them)',
    },
    PAGE_URL,
    REFERRER,
    UTM_PARAMETERS,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: CHAT_PURPOSE,
  recipientPurpose: {
    ja: 'チャット・マーケティングメッセージの機能を提供し、訪問者を識別するため',
    en: 'to provide the chat and marketing messages and to recognise the visitor',
  },
  hosts: ['channel.io'],
  cookies: ['ch-veil-id', 'ch-session-*'],
  privacyPolicyUrl: 'https://channel.io/en/privacy',
}

/** Where each fact above came from. */
const LOADER =
  'https://github.com/channel-io/channel-web-sdk-loader/blob/0c58d6465364b9d8ef7381374b354217732078d1/src/index.ts'
const PRIVACY = 'https://channel.io/en/privacy'
/** The same loader at a later commit. */
const LOADER_LATEST =
  'https://github.com/channel-io/channel-web-sdk-loader/blob/81161ea7453f029affb3c7677355e47206906b23/src/index.ts'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-04',
    'Channel Talk Service’s Privacy Policy: Channel Corporation provides the service',
  ),
  country: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-04',
    'complies with the laws and regulations of the Republic of Korea',
  ),
  hosts: /* @__PURE__ */ source(
    LOADER_LATEST,
    '2026-12-05',
    'Channel’s official SDK loader (Apache-2.0): init() inserts the plugin script https://cdn.channel.io/plugin/ch-plugin-web.js, a host under channel.io, and every other call (boot, track, setPage) goes through that plugin',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'ch-veil-id and ch-session-<channel-id> are seen in public cookie captures of sites with the plugin (others’ code and request logs); no Channel page or code read here names them: the SDK loader (channel-io/channel-web-sdk-loader) only loads the plugin, and Channel’s other public repositories (bezier-react, snippet-web, app-sdk) are UI kits and app SDKs.',
  ),
  data: /* @__PURE__ */ source(
    LOADER,
    '2026-12-04',
    'User object: id (the user’s id), memberId; boot options: memberId, profile (name, email, mobileNumber), trackDefaultEvent (PageView), trackUtmSource (UTM source and referrer); setPage uses the canonical URL',
  ),
  purposes: /* @__PURE__ */ source(
    LOADER,
    '2026-12-04',
    'messenger and chats, marketing pop-ups, event tracking of the user (track, PageView)',
  ),
  privacyPolicyUrl: /* @__PURE__ */ source(
    PRIVACY,
    '2026-12-04',
    'the policy covers Managers and Customers (the people they talk to)',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'The parts of Channel’s privacy policy (channel.io/en/privacy, for Managers and Customers) and terms (channel.io/terms) read here give no address; a Japanese copy of the terms names 株式会社チャネルコーポレーション, also without one.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Channel page naming a representative or privacy officer was read here (privacy policy and terms, in the parts read).',
  ),
}
