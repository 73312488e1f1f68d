// The preferences dialog (Preact), loaded only when the visitor opens the settings: the first layer
// is plain DOM, so a visitor who just accepts or rejects never downloads the framework.
// A class, not hooks: preact/hooks would add about 1 KB gzip for one component.
import { Component, createRef, render } from 'preact'
import type { NoticeModel } from '@sekisho/notice'
import { shownText } from '../choice.ts'
import type { BannerChoice, BannerOptions } from '../mount.ts'
import { History } from '../preferences/history.tsx'
import { Preferences, purposeViews } from '../preferences/preferences.tsx'
import { bannerText } from '../text/dialog-text.ts'
import { adoptDialogStyles } from './dialog-sheet.ts'

export interface DialogProps {
  o: BannerOptions
  lang: string
  /** Switch states to start from (the current decision's purposes). */
  presets?: Record<string, boolean> | undefined
  /** The language switch, when more than one language is offered. */
  switcher?: HTMLSelectElement | undefined
  /** The visitor chose in the dialog. */
  decide(choice: BannerChoice): void
  /** Escape or the close button. */
  close(): void
}

class Dialog extends Component<DialogProps> {
  // Presets come from the current decision only; a first visit starts with nothing but the required on.
  // Mutated in place: the checkbox already shows the change, and Save must see it even before a re-render.
  on: Record<string, boolean>
  layer = createRef<HTMLElement>()
  notice?: NoticeModel | undefined
  noticeLang?: string

  constructor(props: DialogProps) {
    super(props)
    this.on = Object.fromEntries(props.o.config.purposes.map((p) => [p.id, !!p.required || !!props.presets?.[p.id]]))
  }

  decide(method: BannerChoice['method']) {
    const { o, lang, decide } = this.props
    const purposes = Object.fromEntries(
      o.config.purposes.map((p) => [
        p.id,
        !!p.required || method == 'accept-all' || (method == 'custom' && !!this.on[p.id]),
      ]),
    )
    decide({ method, purposes, text: shownText(this.layer.current!), lang })
  }

  render({ o, lang, switcher, close }: DialogProps) {
    const { config } = o
    const t = bannerText(config, lang)
    // Asked again until it answers: the notice may arrive in its own chunk after the first render.
    if (this.noticeLang !== lang || !this.notice) this.notice = o.notice?.((this.noticeLang = lang))
    const notice = this.notice
    const purposes = purposeViews(config, t, lang, notice?.groups, notice?.descriptions)
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
        onClose={close}
      />
    )
  }
}

/** Renders the dialog into `container` (again, keeping its state, for the same `key`), or removes it for undefined. */
export function renderDialog(container: Element, props: (DialogProps & { key: number }) | undefined): void {
  if (props) adoptDialogStyles(container.getRootNode() as ShadowRoot)
  render(props && <Dialog {...props} />, container)
}
