// Vimeo embedded player (player.vimeo.com iframe). Its cookies (vuid, player, flags, ...) live on
// vimeo.com, not on the site, so there is no first-party cookie to erase; `?dnt=1` on the embed
// URL stops new ones. Vimeo's player SDK, given a video URL rather than an iframe, first asks
// vimeo.com/api/oembed.json for the embed code, from the site's page. The SDK also takes embeds on
// Vimeo's custom domains (player.<name>.videoji.hk, .videoji.cn, .vimeo.work), whose oEmbed it asks
// on the same domain.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, EMBED_PAGE_URL, VIDEO_EMBED_PURPOSE } from '../phrases.ts'

export const vimeo: ServiceDefinition = {
  id: 'vimeo',
  purposes: ['functional'],
  name: 'Vimeo',
  recipient: { ja: 'Vimeo.com, Inc.', en: 'Vimeo.com, Inc.' },
  country: 'US',
  data: [
    IP_ADDRESS,
    EMBED_PAGE_URL,
    USER_AGENT,
    {
      ja: 'vimeo.comのCookie（vuid、player、flags）',
      en: 'vimeo.com cookies (vuid, player, flags)',
    },
    { ja: '動画の再生状況（動画の所有者向けの分析）', en: 'playback, for the video owner’s analytics' },
  ],
  sitePurpose: VIDEO_EMBED_PURPOSE,
  recipientPurpose: {
    ja: '動画の配信、動画の所有者向けの視聴分析、ボットの防止のため',
    en: 'to deliver the video, to produce viewing analytics for the video owner, and to block bots',
  },
  hosts: ['player.vimeo.com', 'vimeo.com/api/oembed', 'videoji.hk', 'videoji.cn', 'vimeo.work'],
  privacyPolicyUrl: 'https://vimeo.com/privacy',
}

/** Where each fact above came from. */
const PLAYER_COOKIES = 'https://help.vimeo.com/hc/en-us/articles/26080940921361'
/** Vimeo's player SDK (@vimeo/player) in its own repository. */
const PLAYER_EMBED = 'https://github.com/vimeo/player.js/blob/556f97bc6f09197ff2c2dbf758bba8ca20e66400/src/lib/embed.js'
const PLAYER_FUNCTIONS =
  'https://github.com/vimeo/player.js/blob/810b03911ddd9bdb26442b26f5ed6c7a81635146/src/lib/functions.js'

export const sources: ServiceSources = {
  recipient: /* @__PURE__ */ unconfirmed(
    'Vimeo.com, Inc. is the name in Vimeo’s privacy policy (version of 2022-10-17: it covers Vimeo.com, Inc. and its embeddable players) and cookie policy, read only in copies and translation proxies of vimeo.com; help.vimeo.com’s privacy-claims article read here links the policy without naming the company.',
  ),
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient (New York, United States); no Vimeo page read here states it (third-party consent guides say Vimeo is headquartered in New York).',
  ),
  hosts: /* @__PURE__ */ source(
    PLAYER_EMBED,
    '2026-12-05',
    'getOEmbedData requests https://<domain>/api/oembed.json?url=…, where getOEmbedDomain (' +
      PLAYER_FUNCTIONS +
      ') gives vimeo.com, or the embed’s own domain for the custom domains .videoji.hk, .vimeo.work and .videoji.cn (added to hosts); isVimeoEmbed takes embeds at https://player.vimeo.com/video/<id> and https://player.<name>.<custom domain>/video/<id>; the SDK’s README loads it from https://player.vimeo.com/api/player.js (also read as @vimeo/player 2.30.4 on unpkg)',
  ),
  data: /* @__PURE__ */ source(
    PLAYER_COOKIES,
    '2026-12-04',
    'cookies of the embeddable player: vuid (analytics for the video owner, 2 years), player (preferences), flags, and bot-prevention cookies; all on vimeo.com',
  ),
  purposes: /* @__PURE__ */ source(
    PLAYER_COOKIES,
    '2026-12-04',
    'vuid generates analytics for the video owner; player_clearance and Cloudflare cookies prevent bots',
  ),
  privacyPolicyUrl: /* @__PURE__ */ unconfirmed(
    'vimeo.com/privacy is where Vimeo says it posts its privacy policy, but that was read only in a copy of the policy and in Vimeo OTT’s policy on third-party sites; vimeo.com/privacy itself is not in the stored pages.',
  ),
  recipientAddress: /* @__PURE__ */ unconfirmed(
    'No Vimeo page giving Vimeo.com, Inc.’s address was found: the player-cookies and privacy-claims articles on help.vimeo.com give none, and the privacy policy and terms came up only as third-party copies.',
  ),
  recipientRepresentative: /* @__PURE__ */ unconfirmed(
    'No Vimeo page naming a representative was found (help.vimeo.com articles and copies of the privacy policy and terms were searched).',
  ),
}
