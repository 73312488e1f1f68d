// What the synchronous head bundle keeps of a service: only what the gate matches on, no prose.
import type { ServiceDefinition } from '@sekisho/core'

/** A service as the gate needs it: purposes to check, hosts to hold, cookies and storage to clear. */
export type GateEntry = Pick<ServiceDefinition, 'purposes' | 'hosts' | 'cookies' | 'storage'>

/** The gate's part of `service` (absent lists left out, so the generated file stays small). */
export function gateEntry(service: ServiceDefinition): GateEntry {
  const entry: GateEntry = { purposes: service.purposes, hosts: service.hosts }
  if (service.cookies?.length) entry.cookies = service.cookies
  if (service.storage?.length) entry.storage = service.storage
  return entry
}

// The text form the generic head carries (`catalogGateText`): one service per `;`-separated entry,
// `id purposes hosts cookies storage` separated by spaces, each list by commas, trailing empty
// fields left out. An object literal repeats `purposes:[…],hosts:[…]` and quotes every item: with 47
// services the text and this reader are 28% smaller raw than the literal, and the generic head 89 B
// smaller gzip (13,383 → 13,294 B, `npm run size`); the saving grows with the catalog.
const FIELDS = ['purposes', 'hosts', 'cookies', 'storage'] as const

/** `catalog` as text (scripts/gate-data.mjs); throws on a name holding a separator. */
export function writeGateText(catalog: Readonly<Record<string, GateEntry>>): string {
  return Object.entries(catalog)
    .map(([id, entry]) => {
      const fields = [id, ...FIELDS.map((f) => (entry[f] ?? []).join(','))]
      for (const f of fields) if (/[ ;]/.test(f)) throw new Error(`${id}: a space or ; in "${f}"`)
      for (const f of FIELDS) if (entry[f]?.some((item) => !item || item.includes(','))) throw new Error(`${id}.${f}`)
      return fields.join(' ').trimEnd()
    })
    .join(';')
}

/** The catalog back from `writeGateText`'s text: equal to the object it was written from. */
export function readGateText(text: string): Record<string, GateEntry> {
  const catalog: Record<string, GateEntry> = {}
  for (const line of text.split(';')) {
    const [id, ...lists] = line.split(' ')
    const entry = (catalog[id!] = {} as GateEntry)
    // purposes and hosts are always there (maybe empty); cookies and storage only when non-empty.
    FIELDS.forEach((f, i) => {
      if (lists[i] || i < 2) entry[f] = lists[i] ? lists[i]!.split(',') : []
    })
  }
  return catalog
}
