// What the interceptors share: the hold rules of the installed gate and the unpatched DOM methods.
import type { ServiceDefinition } from '@sekisho/core'
import type { Patcher } from './patch.ts'

/** How an element is held: which attribute was taken away and its value (null: was absent). */
export interface Hold {
  service: ServiceDefinition
  attr: 'type' | 'src' | 'href'
  value: string | null
}

export interface GateContext {
  /** False after uninstall: wrappers stacked under other libraries' then pass everything through. */
  active: boolean
  /** The service that holds `url` now, or undefined when it may load (undeclared hosts reported). */
  heldBy(url: string): ServiceDefinition | undefined
  /** Whether a cookie name / storage key belongs only to services not granted now. */
  nameHeld(name: string, kind: 'cookies' | 'storage'): boolean
  /** Elements held by the interceptors (marked-up ones are found by their attribute instead). */
  holds: WeakMap<Element, Hold>
  /** Held elements in the document, so that refresh can release them in order. */
  placed: Set<Element>
  /** Notes a script of a purpose/service id that ran, so withdrawing it can reload. */
  ran: Set<string>
  /** Release marked-up elements soon (one appeared in the document). */
  schedule(): void
  patch: Patcher
  /** DOM methods as they were before the gate, so that releasing does not go through the gate. */
  raw: {
    setAttribute: Element['setAttribute']
    removeAttribute: Element['removeAttribute']
    insertBefore: Node['insertBefore']
  }
}
