// @sekisho/catalog: built-in service definitions, resolved by id from site configs.
import type { ServiceDefinition } from '@sekisho/core'
import { googleAnalytics } from './services/google-analytics.ts'

/** Every built-in service, keyed by id. */
export const catalog: Readonly<Record<string, ServiceDefinition>> = {
  [googleAnalytics.id]: googleAnalytics,
}

/** The built-in definition for `id`, or undefined. */
export function getService(id: string): ServiceDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(catalog, id) ? catalog[id] : undefined
}
