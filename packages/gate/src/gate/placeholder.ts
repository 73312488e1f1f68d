// The in-place consent offer drawn over a held frame (a YouTube embed, a map) when the page
// asks for one with `data-sekisho-placeholder="button text"`.

const drawn = new WeakMap<Element, HTMLElement>()

/** Draws the placeholder before `el` (once) and hides the empty frame. */
export function drawPlaceholder(el: Element, target: string, requestConsent: (target: string) => void): void {
  if (drawn.has(el) || !el.parentNode) return
  const box = document.createElement('div')
  box.className = 'sekisho-placeholder'
  // CSSOM writes, not a style attribute, so strict CSP (no 'unsafe-inline' styles) allows them.
  const size = (name: string, fallback: string) => {
    const value = el.getAttribute(name)
    return value ? (/^\d+$/.test(value) ? value + 'px' : value) : fallback
  }
  box.style.cssText = 'display:flex;align-items:center;justify-content:center;box-sizing:border-box;padding:1em;background:#222;color:#fff'
  box.style.width = size('width', '100%')
  box.style.height = size('height', 'auto')
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent =
    el.getAttribute('data-sekisho-placeholder') ||
    (document.documentElement.lang.startsWith('ja') ? '同意してコンテンツを表示する' : 'Consent and show this content')
  button.addEventListener('click', () => requestConsent(target))
  box.appendChild(button)
  el.parentNode.insertBefore(box, el)
  ;(el as HTMLElement).hidden = true
  drawn.set(el, box)
}

/** Takes the placeholder away when the frame is released. */
export function removePlaceholder(el: Element): void {
  const box = drawn.get(el)
  if (!box) return
  box.remove()
  ;(el as HTMLElement).hidden = false
  drawn.delete(el)
}
