// Salesforce Marketing Cloud Account Engagement (formerly Pardot) tracking code. Its cookies carry
// the business unit's account id in their names (visitor_id12345, pi_opt_in12345). With first-party
// tracking (the default for business units created since 2023-02-13) the script and its hits go through
// the account's tracker domain, a subdomain of the site that a catalog cannot list: a site using it adds
// that host to `hosts` in its config.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL } from '../phrases.ts'
import { SALESFORCE_SOURCES } from '../recipients.ts'

export const salesforceAccountEngagement: ServiceDefinition = {
  id: 'salesforce-account-engagement',
  purposes: ['advertising'],
  name: 'Salesforce Account Engagement (Pardot)',
  recipient: { ja: '株式会社セールスフォース・ジャパン', en: 'Salesforce Japan Co., Ltd.' },
  country: 'JP',
  data: [
    { ja: '訪問者ID（Cookie visitor_id<アカウントID>）', en: 'visitor ID (cookie visitor_id<account-id>)' },
    {
      ja: 'トラッキングへの同意・拒否（Cookie pi_opt_in<アカウントID>）',
      en: 'tracking opt-in choice (cookie pi_opt_in<account-id>)',
    },
    PAGE_URL,
    { ja: 'フォームの表示と入力内容', en: 'form views and what is entered in forms' },
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '見込み顧客のサイト閲覧を記録し、営業・メール配信に活かすため',
    en: 'to record which pages prospects visit and use it in sales and email campaigns',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により、閲覧・フォーム送信を見込み顧客の記録に紐づけて保存するため',
    en: 'to store page views and form submissions against prospect records on the site operator’s behalf',
  },
  hosts: ['pardot.com'],
  cookies: ['visitor_id*', 'pi_opt_in*'],
  privacyPolicyUrl: 'https://www.salesforce.com/jp/company/privacy/',
}

/** Where each fact above came from. */
const DEFAULT_CODE = 'https://help.salesforce.com/apex/HTViewSolution?id=000318309&language=en_US'
const VISITOR_TRACKING =
  'https://help.salesforce.com/apex/HTViewHelpDoc?id=mktg.pardot_admin_tracker_domain_visitor_tracking.htm'

export const sources: ServiceSources = {
  recipient: SALESFORCE_SOURCES.recipient,
  country: /* @__PURE__ */ unconfirmed(
    'Follows the recipient; where Account Engagement data is hosted was not read here.',
  ),
  hosts: /* @__PURE__ */ source(
    DEFAULT_CODE,
    '2026-12-05',
    'the default tracking code loads https://pi.pardot.com/pd.js (http://cdn.pardot.com/pd.js on http pages); with first-party tracking the tracker domain, a subdomain of the site, serves it instead (Considerations for Visitor Tracking)',
  ),
  cookies: /* @__PURE__ */ unconfirmed(
    'Salesforce’s help article 000381788 names pi_opt_in<accountId>, and the Tracking and Consent API reference (developer.salesforce.com/docs/marketing/pardot/guide/tracking-and-consent-functions.html) names pi_opt_in and “visitor tracking cookies” without their names; visitor_id<accountId> is named only on the retired pardot.com FAQ (http, no https copy stored) and in third-party cookie lists (one of them, makino.eu’s cookie page read 2026-12-05, quotes Salesforce’s help text for visitor_id<accountId> and pi_opt_in<accountId>, 1 year each, but the Salesforce page it comes from was not found among the stored ones).',
  ),
  data: /* @__PURE__ */ unconfirmed(
    'Salesforce’s API reference for the Visitor object (developer.salesforce.com/docs/marketing/pardot/guide/visitor-v5.html) records per visitor the IP address, host name, page view count and utm parameters, and the Visit object page views per visit; Pardot’s own API docs repository (github.com/pardot/api-docs, docs/kb/object-field-references.md at 03a214d111aee181afdec2174fe9087e6471e79e) adds the page view’s URL and title and visitor activities for form views, errors and successes; no Salesforce page or file read on 2026-12-05 names form contents or the user agent as sent by the tracking code.',
  ),
  purposes: /* @__PURE__ */ source(
    VISITOR_TRACKING,
    '2026-12-04',
    'Considerations for Visitor Tracking: first-party tracking of visitors to tie their activity to prospects, on by default since 2023-02-13',
  ),
  privacyPolicyUrl: SALESFORCE_SOURCES.privacyPolicyUrl,
  recipientAddress: SALESFORCE_SOURCES.recipientAddress,
  recipientRepresentative: SALESFORCE_SOURCES.recipientRepresentative,
}
