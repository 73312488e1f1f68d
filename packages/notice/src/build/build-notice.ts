// Builds the notice model from a resolved site config: one row per service, grouped by purpose.
import { localize, PURPOSE_TEXT, type ResolvedConfig, type ServiceDefinition } from '@sekisho/core'
import type { ForeignCountry, NoticeGroup, NoticeModel, NoticeRow } from '../model.ts'
import { countryName } from './country-name.ts'
import { foreignSystem, PPC_SURVEYS } from './foreign-systems.ts'
import { WORDING } from './wording.ts'

/** The external-transmission notice of `config` in `lang` (texts missing in `lang` fall back to the config's languages). */
export function buildNotice(config: ResolvedConfig, lang: string): NoticeModel {
  const fallbacks = [...config.languages, 'ja', 'en']
  const text = (value: Parameters<typeof localize>[0]) => localize(value, lang, fallbacks)
  const wording = WORDING[lang] ?? WORDING.en!
  const groups = new Map<string, NoticeGroup>()
  for (const purpose of config.purposes) {
    // The config's wording first, then core's built-in ja/en text of the usual purposes.
    const builtIn = Object.prototype.hasOwnProperty.call(PURPOSE_TEXT, purpose.id)
      ? PURPOSE_TEXT[purpose.id]
      : undefined
    groups.set(purpose.id, {
      purpose: purpose.id,
      label: text(purpose.label) || text(builtIn?.label) || purpose.id,
      description: text(purpose.description) || text(builtIn?.description),
      required: purpose.required === true,
      services: [],
    })
  }
  for (const service of config.services) {
    // A service listed under its first declared purpose: one row per service keeps the notice short.
    const purpose = service.purposes.find((id) => groups.has(id)) ?? service.purposes[0] ?? ''
    let group = groups.get(purpose)
    if (!group) {
      group = { purpose, label: purpose, description: '', required: false, services: [] }
      groups.set(purpose, group)
    }
    group.services.push(noticeRow(service, lang, text, wording.labels))
  }
  const foreign: ForeignCountry[] = []
  for (const service of config.services) {
    const { country } = service
    if (!country || country == 'JP') continue
    let f = foreign.find((f) => f.country == country)
    if (!f) {
      f = {
        country,
        countryName: countryName(country, lang),
        system: foreignSystem(country, lang),
        source: PPC_SURVEYS,
        recipients: [],
      }
      foreign.push(f)
    }
    // One line per recipient: several services of one company share its measures.
    const recipient = text(service.recipient)
    const measures = text(service.recipientMeasures)
    const known = f.recipients.find((r) => r.recipient == recipient)
    if (!known) f.recipients.push({ recipient, measures, privacyPolicyUrl: service.privacyPolicyUrl })
    else if (!known.measures && measures) known.measures = measures
  }
  const controllerName = config.controller.name
  return {
    lang,
    title: wording.title,
    intro: wording.intro(controllerName, config.revision),
    controller: { ...config.controller },
    revision: config.revision,
    // The name the site's re-open control goes by (the banner's `reopen` string, or the operator's).
    settings: wording.settings(config.ui?.text?.[lang]?.reopen ?? wording.reopen),
    foreign,
    foreignIntro: wording.foreignIntro,
    groups: [...groups.values()].filter((g) => g.services.length > 0),
    descriptions: Object.fromEntries([...groups.values()].map((g) => [g.purpose, g.description])),
    labels: { ...wording.labels },
  }
}

/** The label of each opt-out kind (a new kind fails to compile until it has one). */
const OPT_OUT_LABEL: Record<NonNullable<ServiceDefinition['optOutKind']>, keyof NoticeModel['labels']> = {
  transmission: 'optOutTransmission',
  personalisation: 'optOutPersonalisation',
  use: 'optOutUse',
}

function noticeRow(
  service: ServiceDefinition,
  lang: string,
  text: (value: Parameters<typeof localize>[0]) => string,
  labels: NoticeModel['labels'],
): NoticeRow {
  const row: NoticeRow = {
    id: service.id,
    name: text(service.name),
    recipient: text(service.recipient),
    country: service.country,
    countryName: countryName(service.country, lang),
    data: service.data.map(text),
    sitePurpose: text(service.sitePurpose),
    recipientPurpose: text(service.recipientPurpose),
    privacyPolicyUrl: service.privacyPolicyUrl,
    optOutLabel: labels[service.optOutKind ? OPT_OUT_LABEL[service.optOutKind] : 'optOut'],
  }
  const reason = text(service.necessaryReason)
  if (reason) row.necessaryReason = reason
  const retention = text(service.retention)
  if (retention) row.retention = retention
  if (service.optOutUrl) row.optOutUrl = service.optOutUrl
  return row
}
