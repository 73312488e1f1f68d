// The notice as Markdown, for sites that publish it through a CMS or a static site generator.
import { safeUrl } from '@sekisho/core'
import type { NoticeModel } from '../model.ts'
import { escapeMarkdown as m } from './escape.ts'
import { linkText, recipientLabel } from './recipient-label.ts'

/** Markdown of the notice; config strings are escaped so they render as text, never as markup. */
export function renderNoticeMarkdown(model: NoticeModel): string {
  const { labels, lang } = model
  const sep = lang === 'ja' ? '、' : ', '
  const out = [`# ${m(model.title)}`, '', m(model.intro), '', m(model.settings), '']
  const policy = safeUrl(model.controller.policyUrl)
  out.push(
    [
      m(model.controller.name),
      model.controller.contact && m(model.controller.contact),
      policy && link(policy, labels.privacyPolicy),
    ]
      .filter(Boolean)
      .join(' · '),
    '',
  )
  for (const group of model.groups) {
    out.push(`## ${m(group.label)}`, '')
    if (group.description) out.push(m(group.description), '')
    for (const row of group.services) {
      const rowPolicy = safeUrl(row.privacyPolicyUrl)
      const optOut = safeUrl(row.optOutUrl)
      const item = (label: string, value: string) => out.push(`- **${m(label)}**: ${value}`)
      out.push(`### ${m(recipientLabel(row, lang))}`, '')
      item(labels.data, row.data.map(m).join(sep))
      item(labels.recipient, m(recipientLabel(row, lang)))
      item(labels.country, `${m(row.countryName)} (${m(row.country)})`)
      item(labels.sitePurpose, m(row.sitePurpose))
      item(labels.recipientPurpose, m(row.recipientPurpose))
      if (row.retention) item(labels.retention, m(row.retention))
      item(
        labels.privacyPolicy,
        rowPolicy ? link(rowPolicy, linkText(labels.privacyPolicy, row.recipient, lang)) : m(row.privacyPolicyUrl),
      )
      if (row.necessaryReason) item(labels.necessaryReason, m(row.necessaryReason))
      item(row.optOutLabel, optOut ? link(optOut, linkText(row.optOutLabel, row.name, lang)) : m(labels.noOptOut))
      out.push('')
    }
  }
  if (model.foreign.length) {
    out.push(`## ${m(labels.foreign)}`, '', m(model.foreignIntro), '')
    for (const f of model.foreign)
      out.push(
        `- **${m(f.countryName)} (${m(f.country)})**: ${m(f.system)} ${link(f.source, `${labels.source}: ${labels.foreignSystem}`)}`,
        ...f.recipients.map(
          (r) =>
            `  - ${m(r.recipient)}: ${m(labels.measures)}: ${r.measures ? m(r.measures) : policyLink(r.privacyPolicyUrl, labels.measuresInPolicy)}`,
        ),
      )
    out.push('')
  }
  return out.join('\n')
}

/** A link to the privacy policy that describes the measures, or the words alone for an unsafe URL. */
function policyLink(url: string, text: string): string {
  const policy = safeUrl(url)
  return policy ? link(policy, text) : m(text)
}

/** A Markdown link; the URL goes in angle brackets with `<`, `>` and spaces percent-encoded. */
function link(url: string, text: string): string {
  return `[${m(text)}](<${url.replace(/[<> ]/g, encodeURIComponent)}>)`
}
