// The banner's root component: which layer shows, the language, the switches, and the decision.
// A class, not hooks: preact/hooks would add about 1 KB gzip to the lazy chunk for three components.
import { Component, createRef, type RefObject } from 'preact'
import type { NoticeModel } from '@sekisho/notice'
import { FirstLayer } from './first-layer/first-layer.tsx'
import { History } from './preferences/history.tsx'
import { Preferences, purposeViews } from './preferences/preferences.tsx'
import { firstLayerText } from './text/first-layer-text.ts'
import { BANNER_TEXT, bannerLanguage, bannerLanguages, bannerText } from './text/strings.ts'
import type { BannerOptions, BannerView } from './mount.tsx'

export interface BannerProps {
  o: BannerOptions
  view: BannerView
  /** Switch states to start from (the current decision's purposes). */
  presets?: Record<string, boolean> | undefined
  /** Called when the banner has nothing left to show (a decision, or the re-opened dialog closed). */
  done(): void
}

interface BannerState {
  view: BannerView
  lang: string
}

export class Banner extends Component<BannerProps, BannerState> {
  // Presets come from the current decision only; a first visit starts with nothing but the required on.
  // Mutated in place: the checkbox already shows the change, and Save must see it even before a re-render.
  on: Record<string, boolean>
  layer = createRef<HTMLElement>()
  settings = createRef<HTMLButtonElement>()
  back = false
  notice?: NoticeModel | undefined
  noticeLang?: string

  constructor(props: BannerProps) {
    super(props)
    const { config } = props.o
    this.state = { view: props.view, lang: bannerLanguage(config, props.o.lang) }
    this.on = Object.fromEntries(config.purposes.map((p) => [p.id, !!p.required || !!props.presets?.[p.id]]))
  }

  override componentDidUpdate() {
    // Back from the dialog to the first layer: focus returns to the button that opened it.
    if (this.back && this.state.view === 'first') {
      this.back = false
      this.settings.current?.focus()
    }
  }

  decide(method: 'accept-all' | 'reject-all' | 'custom') {
    const { o, done } = this.props
    // The wording the visitor saw when choosing, as rendered (closed service rows are not shown).
    const text = [...this.layer.current!.querySelectorAll<HTMLElement>('.t')].map((e) => e.innerText.trim()).join('\n')
    const purposes = Object.fromEntries(
      o.config.purposes.map((p) => [
        p.id,
        !!p.required || method === 'accept-all' || (method === 'custom' && !!this.on[p.id]),
      ]),
    )
    o.onDecision({ method, purposes, text, lang: this.state.lang })
    done()
  }

  render({ o, view: initial, done }: BannerProps, { view, lang }: BannerState) {
    const { config } = o
    const t = bannerText(config, lang)
    // Asked again until it answers: the notice may arrive in its own chunk after the first render.
    if (this.noticeLang !== lang || !this.notice) this.notice = o.notice?.((this.noticeLang = lang))
    const notice = this.notice
    const purposes = purposeViews(config, t, lang, notice?.groups, notice?.descriptions)
    const languages = bannerLanguages(config)
    const switcher = languages.length > 1 && (
      <select aria-label={t.language} value={lang} onChange={(e) => this.setState({ lang: e.currentTarget.value })}>
        {languages.map((l) => (
          <option value={l} lang={l}>
            {languageName(config, l)}
          </option>
        ))}
      </select>
    )

    if (view === 'first') {
      return (
        <FirstLayer
          t={firstLayerText(config, lang, { gpcWithheld: o.gpcWithheld })}
          lang={lang}
          policyUrl={config.controller.policyUrl}
          noticeUrl={o.noticeUrl}
          center={config.ui?.position === 'center'}
          switcher={switcher}
          settingsRef={this.settings}
          layerRef={this.layer as RefObject<HTMLDivElement | null>}
          onChoice={(c) => (c === 'settings' ? this.setState({ view: 'preferences' }) : this.decide(c))}
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
        on={this.on}
        switcher={switcher}
        history={
          o.receipts && (
            <History
              t={t}
              lang={lang}
              receipts={o.receipts}
              label={label}
              copy={o.copy ?? ((s) => navigator.clipboard.writeText(s))}
            />
          )
        }
        layerRef={this.layer}
        onToggle={(id, value) => (this.on[id] = value)}
        onChoice={(c) => this.decide(c)}
        onClose={() => {
          // Opened from the first layer: go back to it (no decision yet). Re-opened: just close.
          if (initial === 'first') {
            this.back = true
            this.setState({ view: 'first' })
          } else done()
        }}
      />
    )
  }
}

/** The language's own name: from its strings (no cost), else from Intl.DisplayNames, whose first
 * use loads locale data for tens of milliseconds on the main thread. */
function languageName(config: BannerOptions['config'], lang: string): string {
  const own = config.ui?.text?.[lang]?.languageName ?? BANNER_TEXT[lang]?.languageName
  if (own) return own
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang
  } catch {
    return lang
  }
}
