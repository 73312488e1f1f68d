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
