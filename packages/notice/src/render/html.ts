// The notice as semantic HTML: headings per purpose and service, a description list per service.
import { safeUrl } from '@sekisho/core'
import type { ForeignRecipient, NoticeModel, NoticeRow } from '../model.ts'
import { escapeHtml as e } from './escape.ts'
import { linkText, recipientLabel } from './recipient-label.ts'

/** Escaped, semantic HTML of the notice (no script, no inline styles, no ids to collide). */
export function renderNoticeHtml(model: NoticeModel): string {
  const { labels } = model
  const controllerPolicy = safeUrl(model.controller.policyUrl)
  let html =
    `<section class="sekisho-notice" lang="${e(model.lang)}">` +
    `<h2>${e(model.title)}</h2><p>${e(model.intro)}</p><p class="settings">${e(model.settings)}</p>` +
    `<p class="controller">${e(model.controller.name)}` +
    (model.controller.contact ? ` · ${e(model.controller.contact)}` : '') +
    (controllerPolicy ? ` · ${link(controllerPolicy, labels.privacyPolicy)}` : '') +
    '</p>'
  for (const group of model.groups) {
    html += `<section class="purpose"><h3>${e(group.label)}</h3>`
    if (group.description) html += `<p>${e(group.description)}</p>`
    for (const row of group.services) html += service(row, model)
    html += '</section>'
  }
  if (model.foreign.length) {
    html += `<section class="foreign"><h3>${e(labels.foreign)}</h3><p>${e(model.foreignIntro)}</p><dl>`
    for (const f of model.foreign)
      html +=
        `<dt>${e(f.countryName)} (${e(f.country)})</dt><dd>${e(f.system)} ` +
        `${link(f.source, `${labels.source}: ${labels.foreignSystem}`)}<ul class="measures">` +
        f.recipients.map((r) => `<li>${e(r.recipient)}: ${e(labels.measures)}: ${measures(r, labels)}</li>`).join('') +
        '</ul></dd>'
    html += '</dl></section>'
  }
  return html + '</section>'
}

function service(row: NoticeRow, { labels, lang }: NoticeModel): string {
  const policy = safeUrl(row.privacyPolicyUrl)
  const optOut = safeUrl(row.optOutUrl)
  const item = (label: string, value: string) => `<dt>${e(label)}</dt><dd>${value}</dd>`
  return (
    `<article class="service"><h4>${e(recipientLabel(row, lang))}</h4><dl>` +
    item(labels.data, `<ul>${row.data.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`) +
    item(labels.recipient, e(recipientLabel(row, lang))) +
    item(labels.country, `${e(row.countryName)} (${e(row.country)})`) +
    item(labels.sitePurpose, e(row.sitePurpose)) +
    item(labels.recipientPurpose, e(row.recipientPurpose)) +
    (row.retention ? item(labels.retention, e(row.retention)) : '') +
    item(
      labels.privacyPolicy,
      policy ? link(policy, linkText(labels.privacyPolicy, row.recipient, lang)) : e(row.privacyPolicyUrl),
    ) +
    (row.necessaryReason ? item(labels.necessaryReason, e(row.necessaryReason)) : '') +
    item(row.optOutLabel, optOut ? link(optOut, linkText(row.optOutLabel, row.name, lang)) : e(labels.noOptOut)) +
    '</dl></article>'
  )
}

/** An outside link whose text names where it goes (screen-reader link lists read it alone). */
/** The recipient's measures as stated, else a link to the privacy policy that describes them. */
function measures(r: ForeignRecipient, labels: NoticeModel['labels']): string {
  if (r.measures) return e(r.measures)
  const policy = safeUrl(r.privacyPolicyUrl)
  return policy ? link(policy, labels.measuresInPolicy) : e(labels.measuresInPolicy)
}

function link(url: string, text: string): string {
  return `<a href="${e(url)}" rel="noopener noreferrer">${e(text)}</a>`
}
