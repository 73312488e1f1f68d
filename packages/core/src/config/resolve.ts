// Defaults and catalog resolution of a site config, without checks.
import type { ResolvedConfig, SekishoConfig, ServiceDefinition } from '../types.ts'

/** The catalog entry with this id; own keys only, so `constructor` is no catalog id. */
export const catalogEntry = <S>(catalog: Readonly<Record<string, S>>, id: unknown): S | undefined =>
  typeof id == 'string' && Object.prototype.hasOwnProperty.call(catalog, id) ? catalog[id] : undefined

/**
 * Fills in defaults and resolves catalog ids (an object with a catalog id overrides that entry's
 * fields), trusting the input: for configs already checked, e.g. baked by `sekisho bundle`.
 * Use validateConfig for anything else. Entries of a compact catalog (no notice prose, no id, as
 * the head bundle carries) resolve to definitions with only the gate's fields.
 */
export function resolveConfig(
  config: SekishoConfig,
  catalog: Readonly<Record<string, Partial<ServiceDefinition>>> = {},
): ResolvedConfig {
  return {
    jurisdiction: 'JP',
    languages: ['ja', 'en'],
    consentMaxAgeDays: 180,
    gpc: 'auto',
    reloadOnWithdraw: true,
    ...config,
    cookie: { name: 'sekisho', ...config.cookie },
    services: config.services.map((s) =>
      typeof s == 'string'
        ? ({ id: s, ...catalogEntry(catalog, s) } as ServiceDefinition)
        : ({ hosts: [], ...catalogEntry(catalog, s.id), ...s } as ServiceDefinition),
    ),
  }
}
