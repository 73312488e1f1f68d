// The first layer in plain DOM: title, short text, policy and notice links, three equal choices and
// the language switch. No framework: most visitors only ever see this layer, so it must cost little.
import type { FirstLayerText } from '../text/first-layer-text.ts'
import { safeUrl } from '@sekisho/core'
import { link, setMarkup } from '../text/markup.ts'

export interface FirstLayerProps {
  t: FirstLayerText
  lang: string
  /** Privacy policy URL (refused unless http(s), mailto or same-site). */
  policyUrl?: string | undefined
  /** Published notice URL; without one the notice link opens the preferences dialog (which shows it). */
  noticeUrl?: string | undefined
  center: boolean
  /** The visitor moves towards the settings (pointer over, or focus on, Settings or the notice link). */
  onApproach(): void
  /** The language switch, when more than one language is offered. */
  switcher?: HTMLSelectElement | undefined
  onChoice(choice: 'accept-all' | 'reject-all' | 'settings'): void
}

/** An element with a class and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>) {
  const e = document.createElement(tag)
  if (className) e.className = className
  e.append(...children)
  return e
}

/** The first layer, and its Settings button (focus goes back to it when the dialog closes). */
export function firstLayer(p: FirstLayerProps): { layer: HTMLDivElement; settings: HTMLButtonElement } {
  const { t } = p
  const button = (text: string, choice: 'accept-all' | 'reject-all' | 'settings', className = '') => {
    const b = el('button', className, text)
    b.type = 'button'
    b.onclick = () => p.onChoice(choice)
    // Only the way to the settings fetches what the dialog needs: accept and reject never do.
    if (choice == 'settings') b.onpointerover = b.onfocus = () => p.onApproach()
    return b
  }
  // A non-modal dialog (no aria-modal): the page stays usable. Class `t` marks the shown text.
  const layer = el('div', p.center ? 'l c' : 'l')
  layer.lang = p.lang
  layer.setAttribute('role', 'dialog')
  layer.setAttribute('aria-labelledby', 'st')
  const title = el('h2', 't', t.title)
  title.id = 'st'
  // The language switch sits on the title's line (below it when the line is too narrow).
  layer.append(p.switcher ? el('div', 'g', title, p.switcher) : title)
  for (const paragraph of t.body) setMarkup(layer.appendChild(el('p', 't')), paragraph)
  const links = layer.appendChild(el('p', 't'))
  const policy = safeUrl(p.policyUrl)
  if (policy) links.append(link(policy, t.policy), ' · ')
  links.append(p.noticeUrl ? link(p.noticeUrl, t.notice) : button(t.notice, 'settings', 'k'))
  const settings = button(t.settings, 'settings')
  layer.append(el('div', 'b t', button(t.acceptAll, 'accept-all'), button(t.rejectAll, 'reject-all'), settings))
  return { layer, settings }
}
