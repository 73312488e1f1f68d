// Whether a purpose or a service may run under a decision.
import type { Decision, ServiceDefinition } from '../types.ts'

/**
 * A purpose is granted when the decision says so; a service when its own override says so or,
 * without one, when every purpose it needs is granted. No decision grants nothing.
 */
export function isGranted(
  decision: Decision | undefined,
  target: string | Pick<ServiceDefinition, 'id' | 'purposes'>,
): boolean {
  if (!decision) return false
  if (typeof target === 'string') return decision.purposes[target] === true
  const override = decision.services[target.id]
  // typeof, not `!== undefined`: an id like `constructor` must not find Object.prototype's.
  if (typeof override == 'boolean') return override
  return target.purposes.length > 0 && target.purposes.every((p) => decision.purposes[p] === true)
}
