// The options and handle of an installed gate (the contract in contracts.md, plus test seams).
import type { ServiceDefinition } from '@sekisho/core'

export interface GateOptions {
  /** Services whose tags, requests, cookies and storage keys the gate holds. */
  services: ServiceDefinition[]
  /** Is this purpose id / service allowed to run now? (the integrator passes consent.isGranted)
   * `use` 'load' asks only whether its tags may load and its requests go out; without it, whether it
   * may keep cookies and storage keys (a Consent Mode advanced tag loads before consent, cookies held). */
  isGranted(target: string | ServiceDefinition, use?: 'load'): boolean
  /** Reload when a revoked service's script already ran.
   * @default true */
  reloadOnWithdraw?: boolean
  /** Called once per host for a third-party request to a host no service declares. */
  onUndeclared?(url: string): void
  /** Script nonce to carry to released scripts when they have none. */
  nonce?: string
  /** Called when the visitor accepts a purpose or service in place (an iframe placeholder), with
   * the placeholder's wording as shown (what the receipt's text hash covers); without it no
   * placeholder is drawn. */
  requestConsent?(target: string, text: string): void
  /** Reloads the page after a withdrawal (test seam).
   * @default () => location.reload() */
  reload?(): void
}

export interface Gate {
  /** Re-evaluate after the decision changed: release what is now granted (document order,
   * async/defer/inline ordering kept), block and clean up what was revoked. */
  refresh(): void
  /** Elements still held, for tests and the console. */
  held(): Element[]
  /** Restores every patched method (tests; a page keeps its gate for life). */
  uninstall(): void
}
