// Adobe Marketo Engage Munchkin (lead tracking). munchkin.js records page visits and link clicks
// against a first-party cookie that becomes tied to a known lead once a form is filled in.
import type { ServiceDefinition } from '@sekisho/core'
import { type ServiceSources, source, unconfirmed } from '../sources.ts'
import { IP_ADDRESS, USER_AGENT, PAGE_URL, REFERRER } from '../phrases.ts'
import { ADOBE, ADOBE_SOURCES } from '../recipients.ts'

export const marketo: ServiceDefinition = {
  id: 'marketo',
  purposes: ['advertising'],
  name: 'Adobe Marketo Engage (Munchkin)',
  recipient: ADOBE.recipient,
  country: ADOBE.country,
  data: [
    { ja: 'Cookie ID（_mkto_trk）', en: 'cookie ID (_mkto_trk)' },
    PAGE_URL,
    { ja: 'クリックしたリンク', en: 'links clicked' },
    {
      ja: 'Marketoのメール内リンクから来た場合のトークン（mkt_tok）とフォームの入力内容',
      en: 'token from Marketo email links (mkt_tok) and what is entered in Marketo forms',
    },
    REFERRER,
    IP_ADDRESS,
    USER_AGENT,
  ],
  sitePurpose: {
    ja: '見込み顧客のサイト閲覧を記録し、営業・メール配信に活かすため',
    en: 'to record which pages prospects visit and use it in sales and email campaigns',
  },
  recipientPurpose: {
    ja: 'サイト運営者の依頼により、閲覧・クリックを見込み顧客の記録に紐づけて保存するため',
    en: 'to store page visits and clicks against lead records on the site operator’s behalf',
  },
  hosts: ['munchkin.marketo.net', 'mktoresp.com'],
  cookies: ['_mkto_trk'],
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
}

/** Where each fact above came from. */
const LEAD_TRACKING =
  'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/javascriptapi/leadtracking/lead-tracking?lang=en'
const API_REFERENCE =
  'https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/javascriptapi/leadtracking/api-reference'

export const sources: ServiceSources = {
  recipient: ADOBE_SOURCES.recipient,
  country: ADOBE_SOURCES.country,
  hosts: /* @__PURE__ */ unconfirmed(
    'Adobe’s Lead Tracking page loads //munchkin.marketo.net/munchkin.js; the instance endpoint <munchkin-id>.mktoresp.com that receives the events is named on no Adobe page read here: not in Munchkin’s Configuration page (AdobeDocs/marketo-developer.en help/javascript-api/configuration.md, read 2026-12-05), nor in “Configure Protocols for Marketo Engage” (AdobeDocs/marketo.en, whose allowlist is *.marketo.com, *.marketodesigner.com, *.mktoweb.com, *.experience.adobe.com, *.adobe.net); it was seen only in sites’ CSPs and tracker lists.',
  ),
  cookies: /* @__PURE__ */ source(
    API_REFERENCE,
    '2026-12-04',
    'Munchkin.createTrackingCookie checks for and creates the _mkto_trk cookie; the Lead Tracking page calls it the primary key of the anonymous lead',
  ),
  data: /* @__PURE__ */ source(
    LEAD_TRACKING,
    '2026-12-04',
    'sends “Visit Web Page” with information from the current page and browser, “Clicked Link on Web Page” for link clicks (including tel and mailto), ties the cookie to a known lead through an mkt_tok parameter or a Marketo form',
  ),
  purposes: /* @__PURE__ */ source(
    LEAD_TRACKING,
    '2026-12-04',
    'activities recorded in Marketo and used in triggers and filters for Smart Campaigns and Smart Lists',
  ),
  privacyPolicyUrl: ADOBE_SOURCES.privacyPolicyUrl,
  recipientAddress: ADOBE_SOURCES.recipientAddress,
  recipientRepresentative: ADOBE_SOURCES.recipientRepresentative,
}
