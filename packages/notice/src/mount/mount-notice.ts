// The `<div data-sekisho-notice>` embed: the notice in a Shadow DOM, styled by a constructable
// stylesheet so it works under a strict CSP (no inline style attributes, no <style> to allow).
import type { NoticeModel } from '../model.ts'
import { renderNoticeHtml } from '../render/html.ts'
import { NOTICE_CSS } from './notice-css.ts'

// Structural DOM types: any Element fits, and the package (imported by the Node CLI) type-checks
// without the DOM library.
interface Sheet {
  replaceSync(text: string): void
}
interface NoticeRoot {
  innerHTML: string
  adoptedStyleSheets: Sheet[]
}
/** What mountNotice needs of its element; every DOM `Element` that can host a shadow root fits. */
export interface NoticeHost {
  readonly shadowRoot: NoticeRoot | null
  attachShadow(init: { mode: 'open' }): NoticeRoot
}

let sheet: Sheet | undefined

/** Renders `model` into `element`'s (open) shadow root, replacing what an earlier call rendered. */
export function mountNotice(element: NoticeHost, model: NoticeModel): void {
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' })
  // One sheet shared by every embed on the page, built on first use (nothing runs on import).
  if (!sheet) {
    sheet = new (globalThis as unknown as { CSSStyleSheet: new () => Sheet }).CSSStyleSheet()
    sheet.replaceSync(NOTICE_CSS)
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  root.innerHTML = renderNoticeHtml(model)
}
