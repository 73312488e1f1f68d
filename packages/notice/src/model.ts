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
  groups: NoticeGroup[]
  labels: Record<
    | 'data'
    | 'recipient'
    | 'country'
    | 'sitePurpose'
    | 'recipientPurpose'
    | 'retention'
    | 'privacyPolicy'
    | 'optOut'
    | 'noOptOut',
    string
  >
}
