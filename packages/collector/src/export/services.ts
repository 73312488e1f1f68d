// The `--services` file of `sekisho export --format appi`: service id → {recipient, data}, checked
// field by field (a hand-written file often gives `data` as one string).
import type { RecipientInfo } from './export.ts'

/** The recipients map, or an error naming the field; a `data` string is one item. */
export function parseServices(
  value: unknown,
): { ok: true; services: Record<string, RecipientInfo> } | { ok: false; error: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: 'expected an object of service id → {recipient, data}' }
  const services: Record<string, RecipientInfo> = {}
  for (const [id, info] of Object.entries(value)) {
    if (info === null || typeof info !== 'object' || Array.isArray(info))
      return { ok: false, error: `${id}: expected {recipient, data}` }
    const { recipient, data, ...rest } = info as Record<string, unknown>
    const unknown = Object.keys(rest)[0]
    if (unknown !== undefined) return { ok: false, error: `${id}.${unknown}: unknown field; allowed: recipient, data` }
    if (recipient !== undefined && typeof recipient !== 'string')
      return { ok: false, error: `${id}.recipient: expected a name (string)` }
    const items = typeof data === 'string' ? [data] : data
    if (items !== undefined && !(Array.isArray(items) && items.every((d) => typeof d === 'string')))
      return { ok: false, error: `${id}.data: expected a string or an array of strings` }
    services[id] = { ...(recipient !== undefined ? { recipient } : {}), ...(items ? { data: items } : {}) }
  }
  return { ok: true, services }
}
