// @sekisho/catalog: built-in service definitions, resolved by id from site configs.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, unconfirmedFacts as unconfirmedIn, type UnconfirmedFact } from './sources.ts'
import { a8net, sources as a8netSources } from './services/a8net.ts'
import { adobeAnalytics, sources as adobeAnalyticsSources } from './services/adobe-analytics.ts'
import { adobeFonts, sources as adobeFontsSources } from './services/adobe-fonts.ts'
import { afb, sources as afbSources } from './services/afb.ts'
import { amazonAssociates, sources as amazonAssociatesSources } from './services/amazon-associates.ts'
import { cloudflareTurnstile, sources as cloudflareTurnstileSources } from './services/cloudflare-turnstile.ts'
import { googleFonts, sources as googleFontsSources } from './services/google-fonts.ts'
import { linkedinInsight, sources as linkedinInsightSources } from './services/linkedin-insight.ts'
import { microsoftUet, sources as microsoftUetSources } from './services/microsoft-uet.ts'
import { criteo, sources as criteoSources } from './services/criteo.ts'
import { googleAds, sources as googleAdsSources } from './services/google-ads.ts'
import { googleAnalytics, sources as googleAnalyticsSources } from './services/google-analytics.ts'
import { googleMaps, sources as googleMapsSources } from './services/google-maps.ts'
import { googleRecaptcha, sources as googleRecaptchaSources } from './services/google-recaptcha.ts'
import { googleTagManager, sources as googleTagManagerSources } from './services/google-tag-manager.ts'
import { hotjar, sources as hotjarSources } from './services/hotjar.ts'
import { hubspot, sources as hubspotSources } from './services/hubspot.ts'
import { karte, sources as karteSources } from './services/karte.ts'
import { lineTag, sources as lineTagSources } from './services/line-tag.ts'
import { metaPixel, sources as metaPixelSources } from './services/meta-pixel.ts'
import { microsoftClarity, sources as microsoftClaritySources } from './services/microsoft-clarity.ts'
import { moshimoAffiliate, sources as moshimoAffiliateSources } from './services/moshimo-affiliate.ts'
import { ptengine, sources as ptengineSources } from './services/ptengine.ts'
import { rakutenAffiliate, sources as rakutenAffiliateSources } from './services/rakuten-affiliate.ts'
import { tiktokPixel, sources as tiktokPixelSources } from './services/tiktok-pixel.ts'
import { treasureData, sources as treasureDataSources } from './services/treasure-data.ts'
import { valuecommerce, sources as valuecommerceSources } from './services/valuecommerce.ts'
import { xPixel, sources as xPixelSources } from './services/x-pixel.ts'
import { yahooJapanAds, sources as yahooJapanAdsSources } from './services/yahoo-japan-ads.ts'
import { vimeo, sources as vimeoSources } from './services/vimeo.ts'
import { youtube, sources as youtubeSources } from './services/youtube.ts'
import { zendesk, sources as zendeskSources } from './services/zendesk.ts'
import { pinterestTag, sources as pinterestTagSources } from './services/pinterest-tag.ts'
import { intercom, sources as intercomSources } from './services/intercom.ts'
import { marketo, sources as marketoSources } from './services/marketo.ts'
import {
  salesforceAccountEngagement,
  sources as salesforceAccountEngagementSources,
} from './services/salesforce-account-engagement.ts'
import { appsflyerWebSdk, sources as appsflyerWebSdkSources } from './services/appsflyer-web-sdk.ts'
import { xEmbed, sources as xEmbedSources } from './services/x-embed.ts'
import { channelTalk, sources as channelTalkSources } from './services/channel-talk.ts'
import { adobeTarget, sources as adobeTargetSources } from './services/adobe-target.ts'
import { stripeJs, sources as stripeJsSources } from './services/stripe-js.ts'
import { amplitude, sources as amplitudeSources } from './services/amplitude.ts'
import { mixpanel, sources as mixpanelSources } from './services/mixpanel.ts'
import { heap, sources as heapSources } from './services/heap.ts'
import { segment, sources as segmentSources } from './services/segment.ts'
import { sentry, sources as sentrySources } from './services/sentry.ts'
import { posthog, sources as posthogSources } from './services/posthog.ts'
import { googleAdsense, sources as googleAdsenseSources } from './services/google-adsense.ts'
import {
  cloudflareWebAnalytics,
  sources as cloudflareWebAnalyticsSources,
} from './services/cloudflare-web-analytics.ts'
import { plausible, sources as plausibleSources } from './services/plausible.ts'
import { spotifyEmbed, sources as spotifyEmbedSources } from './services/spotify-embed.ts'
import { snapPixel, sources as snapPixelSources } from './services/snap-pixel.ts'
import { adjustWebSdk, sources as adjustWebSdkSources } from './services/adjust-web-sdk.ts'
import { facebookEmbed, sources as facebookEmbedSources } from './services/facebook-embed.ts'
import { instagramEmbed, sources as instagramEmbedSources } from './services/instagram-embed.ts'
import {
  salesforceMarketingCloudPersonalization,
  sources as salesforceMarketingCloudPersonalizationSources,
} from './services/salesforce-marketing-cloud-personalization.ts'
import {
  salesforceMarketingCloudCollect,
  sources as salesforceMarketingCloudCollectSources,
} from './services/salesforce-marketing-cloud-collect.ts'
import { loglyLift, sources as loglyLiftSources } from './services/logly-lift.ts'
import { popin, sources as popinSources } from './services/popin.ts'
import { iMobile, sources as iMobileSources } from './services/i-mobile.ts'
import { userdive, sources as userdiveSources } from './services/userdive.ts'
import { smartnewsAds, sources as smartnewsAdsSources } from './services/smartnews-ads.ts'
import { sprocket, sources as sprocketSources } from './services/sprocket.ts'
import { lyTrackingTag, sources as lyTrackingTagSources } from './services/ly-tracking-tag.ts'

export { catalogGate, catalogGateText, type GateEntry } from './gate-data.ts'
export { gateEntry, readGateText } from './gate-entry.ts'
export {
  APPI_FIELDS,
  FACT_FIELDS,
  type FactField,
  type ServiceSources,
  type Source,
  type UnconfirmedFact,
} from './sources.ts'

/** Every built-in service, keyed by id (one file per service in `services/`, named after its id). */
export const catalog: Readonly<Record<string, ServiceDefinition>> = {
  'google-adsense': googleAdsense,
  'cloudflare-web-analytics': cloudflareWebAnalytics,
  plausible: plausible,
  'spotify-embed': spotifyEmbed,
  'snap-pixel': snapPixel,
  'adjust-web-sdk': adjustWebSdk,
  'facebook-embed': facebookEmbed,
  'instagram-embed': instagramEmbed,
  'salesforce-marketing-cloud-personalization': salesforceMarketingCloudPersonalization,
  'salesforce-marketing-cloud-collect': salesforceMarketingCloudCollect,
  'logly-lift': loglyLift,
  popin: popin,
  'i-mobile': iMobile,
  userdive: userdive,
  'smartnews-ads': smartnewsAds,
  sprocket: sprocket,
  'ly-tracking-tag': lyTrackingTag,
  posthog: posthog,
  'stripe-js': stripeJs,
  amplitude: amplitude,
  mixpanel: mixpanel,
  heap: heap,
  segment: segment,
  sentry: sentry,
  'adobe-target': adobeTarget,
  'channel-talk': channelTalk,
  'x-embed': xEmbed,
  'appsflyer-web-sdk': appsflyerWebSdk,
  'salesforce-account-engagement': salesforceAccountEngagement,
  marketo: marketo,
  intercom: intercom,
  'pinterest-tag': pinterestTag,
  a8net: a8net,
  'adobe-analytics': adobeAnalytics,
  'adobe-fonts': adobeFonts,
  afb: afb,
  'amazon-associates': amazonAssociates,
  criteo: criteo,
  'microsoft-uet': microsoftUet,
  'linkedin-insight': linkedinInsight,
  'google-fonts': googleFonts,
  'cloudflare-turnstile': cloudflareTurnstile,
  'google-ads': googleAds,
  'google-analytics': googleAnalytics,
  'google-maps': googleMaps,
  'google-recaptcha': googleRecaptcha,
  'google-tag-manager': googleTagManager,
  hotjar: hotjar,
  hubspot: hubspot,
  karte: karte,
  'line-tag': lineTag,
  'meta-pixel': metaPixel,
  'microsoft-clarity': microsoftClarity,
  'moshimo-affiliate': moshimoAffiliate,
  ptengine: ptengine,
  'rakuten-affiliate': rakutenAffiliate,
  'tiktok-pixel': tiktokPixel,
  'treasure-data': treasureData,
  valuecommerce: valuecommerce,
  'x-pixel': xPixel,
  'yahoo-japan-ads': yahooJapanAds,
  vimeo: vimeo,
  youtube: youtube,
  zendesk: zendesk,
}

/** Per service id: the source of each fact field, or why it is unconfirmed (never in the head). */
export const catalogSources: Readonly<Record<string, ServiceSources>> = {
  'google-adsense': googleAdsenseSources,
  'cloudflare-web-analytics': cloudflareWebAnalyticsSources,
  plausible: plausibleSources,
  'spotify-embed': spotifyEmbedSources,
  'snap-pixel': snapPixelSources,
  'adjust-web-sdk': adjustWebSdkSources,
  'facebook-embed': facebookEmbedSources,
  'instagram-embed': instagramEmbedSources,
  'salesforce-marketing-cloud-personalization': salesforceMarketingCloudPersonalizationSources,
  'salesforce-marketing-cloud-collect': salesforceMarketingCloudCollectSources,
  'logly-lift': loglyLiftSources,
  popin: popinSources,
  'i-mobile': iMobileSources,
  userdive: userdiveSources,
  'smartnews-ads': smartnewsAdsSources,
  sprocket: sprocketSources,
  'ly-tracking-tag': lyTrackingTagSources,
  posthog: posthogSources,
  'stripe-js': stripeJsSources,
  amplitude: amplitudeSources,
  mixpanel: mixpanelSources,
  heap: heapSources,
  segment: segmentSources,
  sentry: sentrySources,
  'adobe-target': adobeTargetSources,
  'channel-talk': channelTalkSources,
  'x-embed': xEmbedSources,
  'appsflyer-web-sdk': appsflyerWebSdkSources,
  'salesforce-account-engagement': salesforceAccountEngagementSources,
  marketo: marketoSources,
  intercom: intercomSources,
  'pinterest-tag': pinterestTagSources,
  a8net: a8netSources,
  'adobe-analytics': adobeAnalyticsSources,
  'adobe-fonts': adobeFontsSources,
  afb: afbSources,
  'amazon-associates': amazonAssociatesSources,
  criteo: criteoSources,
  'microsoft-uet': microsoftUetSources,
  'linkedin-insight': linkedinInsightSources,
  'google-fonts': googleFontsSources,
  'cloudflare-turnstile': cloudflareTurnstileSources,
  'google-ads': googleAdsSources,
  'google-analytics': googleAnalyticsSources,
  'google-maps': googleMapsSources,
  'google-recaptcha': googleRecaptchaSources,
  'google-tag-manager': googleTagManagerSources,
  hotjar: hotjarSources,
  hubspot: hubspotSources,
  karte: karteSources,
  'line-tag': lineTagSources,
  'meta-pixel': metaPixelSources,
  'microsoft-clarity': microsoftClaritySources,
  'moshimo-affiliate': moshimoAffiliateSources,
  ptengine: ptengineSources,
  'rakuten-affiliate': rakutenAffiliateSources,
  'tiktok-pixel': tiktokPixelSources,
  'treasure-data': treasureDataSources,
  valuecommerce: valuecommerceSources,
  'x-pixel': xPixelSources,
  'yahoo-japan-ads': yahooJapanAdsSources,
  vimeo: vimeoSources,
  youtube: youtubeSources,
  zendesk: zendeskSources,
}

/** The built-in definition for `id`, or undefined. */
export function getService(id: string): ServiceDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(catalog, id) ? catalog[id] : undefined
}

/** The facts of these services that no vendor source backs yet (for `sekisho validate` and `notice`). */
export function unconfirmedFacts(ids: readonly string[]): UnconfirmedFact[] {
  return unconfirmedIn(ids, catalogSources)
}
