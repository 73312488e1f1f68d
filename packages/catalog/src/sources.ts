// Where each fact of a catalog entry came from. Catalog data only: never part of the runtime
// ServiceDefinition, so neither the head nor `sekisho bundle` output carries it.

/** The fields of a service whose content is a claim about the vendor, each needing a source. */
export const FACT_FIELDS = [
  'recipient',
  'country',
  'hosts',
  'cookies',
  'storage',
  'data',
  'purposes',
  'retention',
  'privacyPolicyUrl',
  'optOutUrl',
  'optOutKind',
  'recipientAddress',
  'recipientRepresentative',
  'recipientMeasures',
] as const
export type FactField = (typeof FACT_FIELDS)[number]

/** Facts an APPI record needs even when the entry cannot give them yet: absent means unconfirmed. */
export const APPI_FIELDS: readonly FactField[] = ['recipientAddress', 'recipientRepresentative']

/** A URL of the vendor's own documentation or public code, and the date it was read. */
export interface Checked {
  url: string
  checked: string
  /** What the page shows when that is not obvious (e.g. the line of code, the filing). */
  note?: string
}
/** Not confirmed from the vendor: why, and what was found instead. */
export interface Unconfirmed {
  unconfirmed: string
}
export type Source = Checked | Unconfirmed
export type ServiceSources = Partial<Record<FactField, Source>>

// Call sites in services/ are marked /* @__PURE__ */ so bundles that never read the sources (head, notice chunk) drop them.
export const source = (url: string, checked: string, note?: string): Checked =>
  note ? { url, checked, note } : { url, checked }
export const unconfirmed = (why: string): Unconfirmed => ({ unconfirmed: why })

/** One fact of one service that no vendor source backs yet. */
export interface UnconfirmedFact {
  service: string
  field: FactField
  why: string
}

/** The unconfirmed facts among `sources` for the given service ids, in the order given. */
export function unconfirmedFacts(
  ids: readonly string[],
  sources: Readonly<Record<string, ServiceSources>>,
): UnconfirmedFact[] {
  const out: UnconfirmedFact[] = []
  for (const id of ids) {
    const own = Object.prototype.hasOwnProperty.call(sources, id) ? sources[id]! : undefined
    if (!own) continue
    for (const field of FACT_FIELDS) {
      const s = own[field]
      if (s && 'unconfirmed' in s) out.push({ service: id, field, why: s.unconfirmed })
    }
  }
  return out
}
