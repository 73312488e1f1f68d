// The in-place consent offer drawn before a held frame (a YouTube embed, a map) when the page
// asks for one with `data-sekisho-placeholder="button text"`; clicking it grants the frame's
// service or purpose through the gate's `requestConsent` option.

const drawn = new WeakMap<Element, HTMLElement>()

/** Draws the placeholder button once, sized like the frame, and hides the empty frame. */
export function drawPlaceholder(
  el: Element,
  target: string,
  requestConsent: (target: string, text: string) => void,
): void {
  if (drawn.has(el) || !el.parentNode) return
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'sekisho-placeholder'
  // CSSOM writes, not a style attribute, so a strict CSP without 'unsafe-inline' styles allows them.
  const w = el.getAttribute('width') || ''
  const h = el.getAttribute('height') || ''
  // Stryker disable next-line UnaryOperator: -v is truthy exactly when +v is
  const px = (v: string) => (+v ? v + 'px' : v)
  // Pixel sizes (an embed code's width="560" height="315") keep their shape on a narrower screen,
  // as a responsive embed does: never wider than its column, the height following the width.
  Object.assign(
    button.style,
    // Stryker disable next-line UnaryOperator: -w and -h are truthy exactly when +w and +h are
    +w && +h ? { width: w + 'px', maxWidth: '100%', aspectRatio: w + '/' + h } : { width: px(w), height: px(h) },
  )
  // The page writes the offer in its own language; the frame's title is the fallback.
  button.textContent = el.getAttribute('data-sekisho-placeholder') || (el as HTMLElement).title || '▶'
  button.onclick = () => requestConsent(target, button.innerText.trim())
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
