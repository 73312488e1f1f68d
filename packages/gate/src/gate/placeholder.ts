// The in-place consent offer drawn before a held frame (a YouTube embed, a map) when the page
// asks for one with `data-sekisho-placeholder="button text"`; clicking it grants the frame's
// service or purpose through the gate's `requestConsent` option.

const drawn = new WeakMap<Element, HTMLElement>()

/** Draws the placeholder button once, sized like the frame, and hides the empty frame. */
export function drawPlaceholder(el: Element, target: string, requestConsent: (target: string) => void): void {
  if (drawn.has(el) || !el.parentNode) return
  const button = document.createElement('button')
  button.className = 'sekisho-placeholder'
  // CSSOM writes, not a style attribute, so a strict CSP without 'unsafe-inline' styles allows them.
  for (const side of ['width', 'height'] as const) {
    const value = el.getAttribute(side)
    button.style[side] = value ? value + (/^\d+$/.test(value) ? 'px' : '') : ''
  }
  // The page writes the offer in its own language; the frame's title is the fallback.
  button.textContent = el.getAttribute('data-sekisho-placeholder') || (el as HTMLElement).title || '▶'
  button.onclick = () => requestConsent(target)
  el.parentNode.insertBefore(button, el)
  ;(el as HTMLElement).hidden = true
  drawn.set(el, button)
}

/** Takes the placeholder away when the frame is released. */
export function removePlaceholder(el: Element): void {
  const button = drawn.get(el)
  if (!button) return
  button.remove()
  ;(el as HTMLElement).hidden = false
  drawn.delete(el)
}
