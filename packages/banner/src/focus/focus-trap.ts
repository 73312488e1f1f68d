// Keeps keyboard focus inside a modal dialog and finds where focus was, across shadow roots.

const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),summary,[tabindex]:not([tabindex="-1"])'

/** The focused element, looking inside open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  return (el as HTMLElement | null) ?? undefined
}

/** A keydown handler for `container`: Tab past the last element wraps to the first, Shift+Tab the other way. */
export function trapTab(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return
  // Only elements that are rendered: closed <details> hide their content.
  const all = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.getClientRects().length)
  const first = all[0]
  const last = all[all.length - 1]
  const active = deepActiveElement()
  if (!first || !last) return
  // From outside the list (the dialog itself, a heading) Shift+Tab would leave: wrap too.
  if (!active || !all.includes(active) ? event.shiftKey : active === (event.shiftKey ? first : last)) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}
