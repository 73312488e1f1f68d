// `--site-config site.json` of `sekisho serve` and `sekisho export`: the site config, validated
// against the catalog like `sekisho validate`, turned into what the collector's exports read.
import type { SiteDeclaration } from '@sekisho/collector'
import { localize, type ResolvedConfig } from '@sekisho/core'
import { loadConfig } from './validate.ts'

/** The declaration of a resolved config; texts in `language` (APPI records are kept in Japanese). */
export function siteDeclaration(config: ResolvedConfig, language = 'ja'): SiteDeclaration {
  const text = (t: Parameters<typeof localize>[0]) => localize(t, language) || undefined
  const { name, contact, address, email, phone, url } = config.controller
  return {
    controller: { name, contact, address, email, phone, url },
    requiredPurposes: config.purposes.filter((p) => p.required).map((p) => p.id),
    services: Object.fromEntries(
      config.services.map((s) => [
        s.id,
        {
          recipient: text(s.recipient),
          recipientAddress: text(s.recipientAddress),
          recipientRepresentative: text(s.recipientRepresentative),
          data: s.data.map((d) => localize(d, language)),
          country: s.country,
          purposes: s.purposes,
          retention: s.retention && text(s.retention),
          privacyPolicyUrl: s.privacyPolicyUrl,
        },
      ]),
    ),
    consentMaxAgeDays: config.consentMaxAgeDays,
  }
}

/** Reads and validates `file`; on failure `error` is the validator's report naming each field. */
export function loadSiteDeclaration(
  file: string,
): { ok: true; site: SiteDeclaration; revision: string } | { ok: false; error: string } {
  const loaded = loadConfig(file)
  return loaded.ok
    ? { ok: true, site: siteDeclaration(loaded.config), revision: loaded.config.revision }
    : { ok: false, error: loaded.report }
}
