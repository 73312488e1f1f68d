// The notice as data: what the Act requires per service, localized and grouped by purpose.
// Every output (dialog, embed, CLI html/md/json) is a view of this one model.

/** One service (tag or module) that sends visitor information elsewhere. */
export interface NoticeRow {
  id: string
  /** Product name as visitors know it, e.g. `Google Analytics`. */
  name: string
  /** Legal name of whoever handles the information at the destination. */
  recipient: string
  /** ISO 3166-1 alpha-2 code and its name in the notice's language. */
  country: string
  countryName: string
  /** Information sent, listed concretely. */
  data: string[]
  /** The site's purpose in sending it. */
  sitePurpose: string
  /** The recipient's purpose in handling it. */
  recipientPurpose: string
  retention?: string
  privacyPolicyUrl: string
  optOutUrl?: string
  /** What the opt-out link says it does: stops the transmission, or only ad personalisation
   * (labels.optOutTransmission / optOutPersonalisation / optOutUse); labels.optOut when the catalog does not say. */
  optOutLabel: string
  /** Why the service is strictly necessary (services of a required purpose). */
  necessaryReason?: string
}

/** APPI Art. 28 items for one foreign country the notice's recipients are in. */
export interface ForeignCountry {
  country: string
  countryName: string
  /** The country's personal-information protection system, in brief ('' when not summarised). */
  system: string
  /** The PPC's country surveys, the source of `system`. */
  source: string
  /** The recipients in this country and the measures each takes (Enforcement Rules Art. 17(2)(iii)). */
  recipients: ForeignRecipient[]
}

/** One foreign recipient's protective measures: stated in the config or catalog, else its policy. */
export interface ForeignRecipient {
  recipient: string
  /** The measures in words; '' when not stated here: the notice points to `privacyPolicyUrl`. */
  measures: string
  privacyPolicyUrl: string
}

/** The services of one purpose. */
export interface NoticeGroup {
  purpose: string
  label: string
  description: string
  required: boolean
  services: NoticeRow[]
}

export interface NoticeModel {
  lang: string
  title: string
  intro: string
  controller: { name: string; contact?: string; policyUrl?: string }
  revision: string
  /** One sentence: the site's own Cookie settings stop the transmission (the recipients' opt-outs may not). */
  settings: string
  groups: NoticeGroup[]
  /** Every configured purpose's description in this language (groups list only purposes with services). */
  descriptions: Record<string, string>
  /** Countries other than Japan that recipients are in, with the Art. 28 items: the country, its
   * system (sourced) and each recipient's measures. */
  foreign: ForeignCountry[]
  foreignIntro: string
  labels: Record<
    | 'data'
    | 'recipient'
    | 'country'
    | 'sitePurpose'
    | 'recipientPurpose'
    | 'retention'
    | 'privacyPolicy'
    | 'optOut'
    | 'optOutTransmission'
    | 'optOutPersonalisation'
    | 'optOutUse'
    | 'noOptOut'
    | 'necessaryReason'
    | 'foreign'
    | 'foreignSystem'
    | 'measures'
    | 'measuresInPolicy'
    | 'source',
    string
  >
}
