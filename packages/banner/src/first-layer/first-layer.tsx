// The first layer: title, short text, policy and notice links, and three equal choices.
import { safeUrl } from '@sekisho/core'
import type { ComponentChildren, Ref } from 'preact'
import { Link, Markup } from '../text/markup.tsx'
import type { FirstLayerText } from '../text/first-layer-text.ts'

export interface FirstLayerProps {
  t: FirstLayerText
  lang: string
  /** Privacy policy URL (refused unless http(s), mailto or same-site). */
  policyUrl?: string | undefined
  /** Published notice URL; without one the notice link opens the preferences dialog (which shows it). */
  noticeUrl?: string | undefined
  center: boolean
  /** The language switch, when more than one language is offered. */
  switcher: ComponentChildren
  settingsRef: Ref<HTMLButtonElement>
  layerRef: Ref<HTMLDivElement>
  onChoice(choice: 'accept-all' | 'reject-all' | 'settings'): void
}

export function FirstLayer(p: FirstLayerProps) {
  const { t } = p
  const policy = safeUrl(p.policyUrl)
  // A non-modal dialog (no aria-modal): the page stays usable. Class `t` marks the shown text.
  return (
    <div ref={p.layerRef} class={p.center ? 'l c' : 'l'} role="dialog" aria-labelledby="st" lang={p.lang}>
      <h2 id="st" class="t">
        {t.title}
      </h2>
      {p.switcher}
      {t.body.map((paragraph) => (
        <p class="t">
          <Markup text={paragraph} />
        </p>
      ))}
      <p class="t">
        {policy && (
          <>
            <Link href={policy}>{t.policy}</Link> ·{' '}
          </>
        )}
        {p.noticeUrl ? (
          <Link href={p.noticeUrl}>{t.notice}</Link>
        ) : (
          <button type="button" class="k" onClick={() => p.onChoice('settings')}>
            {t.notice}
          </button>
        )}
      </p>
      <div class="b t">
        <button type="button" onClick={() => p.onChoice('accept-all')}>
          {t.acceptAll}
        </button>
        <button type="button" onClick={() => p.onChoice('reject-all')}>
          {t.rejectAll}
        </button>
        <button type="button" ref={p.settingsRef} onClick={() => p.onChoice('settings')}>
          {t.settings}
        </button>
      </div>
    </div>
  )
}
