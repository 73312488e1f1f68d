// The banner's root component: which layer shows, the language, the switches, and the decision.
import type { RefObject } from 'preact'
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import { FirstLayer } from './first-layer/first-layer.tsx'
import { History } from './preferences/history.tsx'
import { Preferences, purposeViews } from './preferences/preferences.tsx'
import { bannerLanguages, bannerText, pickLanguage } from './text/strings.ts'
import type { BannerOptions, BannerView } from './mount.tsx'

export interface BannerProps {
  o: BannerOptions
  view: BannerView
  /** Switch states to start from (the current decision's purposes). */
  presets?: Record<string, boolean> | undefined
  /** Called when the banner has nothing left to show (a decision, or the re-opened dialog closed). */
  done(): void
}

export function Banner({ o, view: initial, presets, done }: BannerProps) {
  const { config } = o
  const [view, setView] = useState(initial)
  const [lang, setLang] = useState(() => pickLanguage(config, o.lang))
  // Presets come from the current decision only; a first visit starts with nothing but the required on.
  // Mutated in place: the checkbox already shows the change, and Save must see it even before a re-render.
  const [on] = useState(() => Object.fromEntries(config.purposes.map((p) => [p.id, !!p.required || !!presets?.[p.id]])))
  const layer = useRef<HTMLElement>(null)
  const settings = useRef<HTMLButtonElement>(null)
  const back = useRef(false)
  const t = bannerText(config, lang)
  const notice = useMemo(() => o.notice?.(lang), [lang])
  const purposes = purposeViews(config, t, lang, notice?.groups)

  useLayoutEffect(() => {
    // Back from the dialog to the first layer: focus returns to the button that opened it.
    if (view === 'first' && back.current) settings.current?.focus()
  }, [view])

  const decide = (method: 'accept-all' | 'reject-all' | 'custom') => {
    // The wording the visitor saw when choosing, as rendered (closed service rows are not shown).
    const text = [...layer.current!.querySelectorAll<HTMLElement>('.t')].map((e) => e.innerText.trim()).join('\n')
    const chosen = Object.fromEntries(config.purposes.map((p) => [p.id, !!p.required || method === 'accept-all' || (method === 'custom' && !!on[p.id])]))
    o.onDecision({ method, purposes: chosen, text, lang })
    done()
  }

  const languages = bannerLanguages(config)
  const switcher = languages.length > 1 && (
    <select aria-label={t.language} value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
      {languages.map((l) => <option key={l} value={l} lang={l}>{languageName(l)}</option>)}
    </select>
  )

  if (view === 'first') {
    return (
      <FirstLayer
        t={t}
        lang={lang}
        policyUrl={config.controller.policyUrl}
        noticeUrl={o.noticeUrl}
        center={config.ui?.position === 'center'}
        switcher={switcher}
        settingsRef={settings}
        layerRef={layer as RefObject<HTMLDivElement | null>}
        onChoice={(c) => (c === 'settings' ? setView('preferences') : decide(c))}
      />
    )
  }
  const label = (id: string) => purposes.find((p) => p.id === id)?.label ?? id
  return (
    <Preferences
      t={t}
      lang={lang}
      purposes={purposes}
      labels={notice?.labels}
      on={on}
      switcher={switcher}
      history={o.receipts && <History t={t} lang={lang} receipts={o.receipts} label={label} copy={o.copy ?? ((s) => navigator.clipboard.writeText(s))} />}
      layerRef={layer}
      onToggle={(id, value) => (on[id] = value)}
      onChoice={decide}
      onClose={() => {
        // Opened from the first layer: go back to it (no decision yet). Re-opened: just close.
        if (initial === 'first') { back.current = true; setView('first') }
        else done()
      }}
    />
  )
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang
  } catch {
    return lang
  }
}
