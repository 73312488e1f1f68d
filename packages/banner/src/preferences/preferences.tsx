// The preferences dialog: one switch per purpose with that purpose's services as the published
// notice lists them (the dialog doubles as the external-transmission notice), then the choices.
import type { ComponentChildren, RefObject } from 'preact'
import type { NoticeGroup, NoticeModel, NoticeRow } from '@sekisho/notice'
import { trapTab } from '../focus/focus-trap.ts'
import { link, setMarkup } from '../text/markup.ts'
import type { BannerStrings } from '../text/dialog-text.ts'
import { ownText, purposeLabel } from '../text/strings.ts'

/** One purpose as the dialog shows it. */
export interface PurposeView {
  id: string
  label: string
  description: string
  required: boolean
  services: NoticeRow[]
}

export interface PreferencesProps {
  t: BannerStrings
  lang: string
  purposes: PurposeView[]
  labels: NoticeModel['labels'] | undefined
  on: Record<string, boolean>
  /** The language switch (the first layer's element, moved here), when more than one language is offered. */
  switcher?: HTMLSelectElement | undefined
  history: ComponentChildren
  layerRef: RefObject<HTMLElement | null>
  onToggle(id: string, value: boolean): void
  onChoice(choice: 'accept-all' | 'reject-all' | 'custom'): void
  /** Escape or the close button. */
  onClose(): void
}

export function Preferences(p: PreferencesProps) {
  const { t } = p
  return (
    <dialog
      ref={(d: HTMLDialogElement | null) => {
        p.layerRef.current = d
        // showModal makes the page inert and puts the dialog in the top layer above any site z-index.
        // The content is long: focus starts at the title (read first), one Tab from the controls.
        if (d && !d.open) d.showModal(), d.querySelector('h2')!.focus()
      }}
      aria-labelledby="pt"
      lang={p.lang}
      onKeyDown={(e) => {
        // Handled here so focus goes back where it came from, not wherever the native close leaves it.
        if (e.key === 'Escape') {
          e.preventDefault()
          p.onClose()
        } else trapTab(e.currentTarget, e)
      }}
      onCancel={(e) => e.preventDefault()}
    >
      <div class="h">
        <h2 id="pt" class="t" tabIndex={-1}>
          {t.prefsTitle}
        </h2>
        {p.switcher && <span ref={(e) => e?.replaceChildren(p.switcher!)} />}
        <button type="button" class="x" aria-label={t.close} title={t.close} onClick={p.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="m t">
        <p class="d" ref={markup(t.prefsIntro)} />
        {p.purposes.map((g) => (
          <section key={g.id}>
            <label>
              <input
                type="checkbox"
                // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox exposes its checked state to the switch role
                role="switch"
                checked={p.on[g.id]}
                disabled={g.required}
                onChange={(e) => p.onToggle(g.id, e.currentTarget.checked)}
              />
              <span>
                {g.label}
                {g.required && <small> — {t.alwaysOn}</small>}
              </span>
            </label>
            <p class="d" ref={markup(g.description)} />
            {g.services.map((s) => (
              <ServiceRow key={s.id} s={s} lang={p.lang} labels={p.labels!} />
            ))}
          </section>
        ))}
      </div>
      {p.history}
      <div class="f b t">
        <button type="button" onClick={() => p.onChoice('custom')}>
          {t.save}
        </button>
        <button type="button" onClick={() => p.onChoice('accept-all')}>
          {t.acceptAll}
        </button>
        <button type="button" onClick={() => p.onChoice('reject-all')}>
          {t.rejectAll}
        </button>
      </div>
    </dialog>
  )
}

/** Fills an element with operator text and its safe markup (DOM built once per render, never innerHTML). */
const markup = (text: string) => (e: HTMLElement | null) => void (e && setMarkup(e, text))

// Rows exist only with a notice model, so its labels are there.
function ServiceRow({ s, lang, labels }: { s: NoticeRow; lang: string; labels: NoticeModel['labels'] }) {
  const to = (url: string | undefined) => url && <span ref={(e) => e?.replaceChildren(link(url, url))} />
  const rows: Array<[string, ComponentChildren]> = [
    [labels.recipient, s.recipient],
    [labels.data, s.data.join(lang === 'ja' ? '、' : ', ')],
    [labels.sitePurpose, s.sitePurpose],
    [labels.recipientPurpose, s.recipientPurpose],
    [labels.country, s.countryName && s.countryName !== s.country ? `${s.countryName} (${s.country})` : s.country],
    [labels.retention, s.retention],
    [labels.privacyPolicy, to(s.privacyPolicyUrl)],
    [labels.necessaryReason, s.necessaryReason],
    [s.optOutLabel, to(s.optOutUrl) || labels.noOptOut],
  ]
  return (
    <details>
      <summary>
        {s.name} — {s.recipient}
      </summary>
      <dl>
        {rows.map(
          ([key, value]) =>
            value && (
              <>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </>
            ),
        )}
      </dl>
    </details>
  )
}

/** The dialog's purposes: config order and wording, services from the notice model. */
export function purposeViews(
  config: { purposes: Array<{ id: string; required?: boolean; label?: unknown; description?: unknown }> },
  t: BannerStrings,
  lang: string,
  groups: NoticeGroup[] | undefined,
  descriptions: Record<string, string> = {},
): PurposeView[] {
  return config.purposes.map((p) => {
    const g = groups?.find((x) => x.purpose === p.id)
    return {
      id: p.id,
      label: purposeLabel(p.label, p.id, t, lang) || g?.label || p.id,
      // The required purpose too, with or without services (the notice model describes every purpose).
      description: ownText(p.description, lang) || t['d.' + p.id] || g?.description || descriptions[p.id] || '',
      required: !!p.required,
      services: g?.services ?? [],
    }
  })
}
