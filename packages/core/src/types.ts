// The user-facing contracts of Sekisho: site config, service definitions and the stored decision.
import type { DECISION_METHODS } from './consent/methods.ts'
import type { EXPORT_FORMATS } from './exports/formats.ts'

/** Text in one language, or per language code (`{ ja: '…', en: '…' }`). */
export type LocalizedText = string | { [lang: string]: string }

/** A purpose visitors consent to (analytics, advertising, …). */
export interface PurposeConfig {
  /** Stable id used in markup (`data-sekisho="analytics"`), cookies and receipts.
   * @pattern ^[A-Za-z][\w-]{0,63}$ */
  id: string
  /** Always on, shown locked in the dialog (strictly necessary).
   * @default false */
  required?: boolean
  /** Name shown to visitors; built-in purposes have ja/en defaults. */
  label?: LocalizedText
  /** One or two sentences on what the purpose covers. */
  description?: LocalizedText
  /** Counts as sale or sharing of personal information under US state laws, so Global Privacy
   * Control keeps it off where the `gpc` rule applies. By default true for `advertising` and
   * `affiliate`, false otherwise. */
  saleOrShare?: boolean
}

/** Google Consent Mode v2 consent types. */
export type ConsentModeType =
  | 'ad_storage'
  | 'analytics_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

/** A service that receives visitor data: what the gate holds and what the notice publishes. */
export interface ServiceDefinition {
  /** Stable id, e.g. `google-analytics`. */
  id: string
  /** Purposes this service needs; all must be granted for it to run. */
  purposes: string[]
  /** Product name as visitors know it, e.g. `Google Analytics`. */
  name: LocalizedText
  /** Legal name of the recipient, e.g. `Google LLC`. */
  recipient: LocalizedText
  /** ISO 3166-1 alpha-2 country of the recipient (APPI Art. 28).
   * @pattern ^[A-Z]{2}$ */
  country: string
  /** Information sent, listed concretely (no "etc."). */
  data: LocalizedText[]
  /** The site's purpose in sending it. */
  sitePurpose?: LocalizedText
  /** The recipient's purpose in handling it. */
  recipientPurpose: LocalizedText
  /** Host names (optionally with a path or query prefix: `www.googletagmanager.com/gtag/js?id=G-`). */
  hosts: string[]
  /** Cookie names the service sets; `*` matches any run of characters (`_ga_*`). */
  cookies?: string[]
  /** localStorage / sessionStorage keys the service writes; `*` as in cookies. */
  storage?: string[]
  /** How long the recipient keeps the data, in words. */
  retention?: LocalizedText
  privacyPolicyUrl: string
  /** Where visitors can opt out at the recipient, if anywhere. */
  optOutUrl?: string
  /** What `optOutUrl` stops at the recipient: the transmission itself, only ad personalisation, or
   * the recipient's use of what is still sent (`use`: it receives the data and neither processes
   * nor reports it). */
  optOutKind?: 'transmission' | 'personalisation' | 'use'
  /** Legal address of the recipient (APPI Enforcement Rules Art. 28(1)). */
  recipientAddress?: LocalizedText
  /** Representative of the recipient, for a legal person (APPI Enforcement Rules Art. 28(1)). */
  recipientRepresentative?: LocalizedText
  /** The measures the recipient takes to protect the information, for a recipient outside Japan
   * (APPI Art. 28; Enforcement Rules Art. 17(2)(iii)), e.g. a certification it holds and what it
   * covers. Without it, the notice says they are in the recipient's privacy policy and links it. */
  recipientMeasures?: LocalizedText
  /** Why a service of a required purpose is strictly necessary (shown in the notice). */
  necessaryReason?: LocalizedText
  /** Google Consent Mode: `basic` holds the tag until its purposes are granted; `advanced` lets the
   * tag load before a decision (every consent type stays denied and the service's cookies and
   * storage keys stay held) so that it can send cookieless pings.
   * @default 'basic' */
  consentMode?: 'basic' | 'advanced'
  /** Date (YYYY-MM-DD) the facts were last checked against the vendor's documentation; `sekisho
   * validate` asks for a re-check once it is over a year old.
   * @pattern ^\d{4}-\d\d-\d\d$ */
  checked?: string
}

/** The site configuration (JSON in `<script type="application/json" id="sekisho-config">`). */
export interface SekishoConfig {
  /** The JSON Schema editors check the file against (`sekisho/config.schema.json`); ignored at run time. */
  $schema?: string
  /** Policy revision; changing it asks every visitor again.
   * @pattern ^[\w.:-]{1,64}$ */
  revision: string
  /** Who is accountable for the processing; `email`, `phone`, `url` fill consent-receipt exports. */
  controller: {
    name: string
    contact?: string
    policyUrl?: string
    address?: string
    email?: string
    phone?: string
    url?: string
  }
  /** Default rules: `JP`, `EU`, `US-CA`, …
   * @pattern ^(JP|EU|UK|CH|KR|BR|CA|US(-[A-Z]{2})?)$
   * @default 'JP' */
  jurisdiction?: string
  /** Languages offered; the first is the fallback.
   * @minItems 1
   * @default ['ja', 'en'] */
  languages?: string[]
  /** Days before consent is asked again (max 395).
   * @asType integer
   * @minimum 1
   * @maximum 395
   * @default 180 */
  consentMaxAgeDays?: number
  cookie?: { name?: string; domain?: string }
  /** @minItems 1 */
  purposes: PurposeConfig[]
  /** Catalog ids or full definitions; a definition with a catalog id overrides that entry's fields. */
  services: Array<string | (Partial<ServiceDefinition> & { id: string })>
  receipts?: { endpoint?: string; headers?: Record<string, string> }
  ui?: {
    /** `--sekisho-*` CSS custom properties, e.g. `{ "--sekisho-accent": "#0a58ca" }`. */
    theme?: Record<string, string>
    /** @default 'bottom' */
    position?: 'bottom' | 'center'
    /** Per language, per string key: the operator's wording. */
    text?: Record<string, Record<string, string>>
    /** The small corner button that re-opens the choices; `[data-sekisho-open]` elements work either way.
     * @default true */
    reopen?: boolean
  }
  /** Google Consent Mode options. */
  consentMode?: {
    /** Milliseconds Google tags wait for an `update` after the default (`wait_for_update`).
     * @asType integer
     * @minimum 0
     * @maximum 60000
     * @default 500 */
    waitForUpdate?: number
    /** Region-specific defaults: ISO 3166-1/-2 code → consent types set otherwise than the global
     * default before a decision (`gtag('consent','default',{…, region: [code]})`; Google applies the
     * most specific region). The gate still holds a service's declared cookies until its purposes are
     * granted. Config v1's list form (`["JP"]`, one region-scoped default and none elsewhere) is
     * rejected with an error. */
    regions?: Record<string, Partial<Record<ConsentModeType, 'granted' | 'denied'>>>
    /** The CMP's Google-issued developer id: `gtag('set', 'developer_id.<id>', true)`; none when absent. */
    developerId?: string
    /** `gtag('set', 'ads_data_redaction', true)`. @default false */
    adsDataRedaction?: boolean
    /** `gtag('set', 'url_passthrough', true)`. @default false */
    urlPassthrough?: boolean
    /** Purposes that must all be granted for each consent type; `[]` means always granted.
     * Replaces the built-in entries it names (see CONSENT_MODE_MAP). */
    map?: Partial<Record<ConsentModeType, string[]>>
  }
  /** Global Privacy Control (an opt-out of sale/sharing): `auto` applies it where it is binding (the
   * `US` and `US-<state>` jurisdictions), `always` applies it everywhere (e.g. to honour it on a `JP`
   * site), `never` only records it. It is recorded in every receipt's `signals.gpc` regardless.
   * @default 'auto' */
  gpc?: 'auto' | 'always' | 'never'
  /** Reload the page when a withdrawal cannot stop a running script.
   * @default true */
  reloadOnWithdraw?: boolean
}

/** How a decision was made; recorded in receipts. */
export type DecisionMethod = (typeof DECISION_METHODS)[number]

/** A collector export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A visitor's decision as stored in the consent cookie. */
export interface Decision {
  /** Policy revision the decision was made under. */
  revision: string
  /** Decision time, ms since epoch. */
  time: number
  /** Granted state per purpose id. */
  purposes: Record<string, boolean>
  /** Per-service overrides where they differ from their purposes. */
  services: Record<string, boolean>
  /** Random pseudonymous subject id (never personal data). */
  subject: string
  /** Id of this decision's receipt, chosen when the decision is made (so a page that reloads or
   * closes before recording it leaves the id to the next page, which records the same receipt).
   * Undefined only in decisions read from a version 2 cookie written before their receipt was recorded. */
  receipt?: string
  /** True once the receipt is queued durably in this browser; until then a page that finds the
   * decision records it (recording is idempotent by the receipt id). */
  recorded?: true
  /** Id of the receipt of the decision this one replaced: the receipts' chain. */
  previous?: string
  method: DecisionMethod
  /** Purposes this decision asked for that Global Privacy Control kept off (receipts record them as
   * `signals.gpcWithheld`). Only on decisions made on this page: the cookie does not keep it. */
  gpcWithheld?: string[]
}

/** A validated config: defaults filled in, every service resolved to a full definition. */
export interface ResolvedConfig
  extends Omit<
    SekishoConfig,
    'services' | 'jurisdiction' | 'languages' | 'consentMaxAgeDays' | 'cookie' | 'gpc' | 'reloadOnWithdraw'
  > {
  jurisdiction: string
  languages: string[]
  consentMaxAgeDays: number
  cookie: { name: string; domain?: string }
  gpc: 'auto' | 'always' | 'never'
  reloadOnWithdraw: boolean
  services: ServiceDefinition[]
}

/** A config problem; `path` names the field, e.g. `services[3].hosts[0]`. */
export interface ConfigError {
  path: string
  message: string
}
