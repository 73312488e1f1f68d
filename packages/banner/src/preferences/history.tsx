// "Your consent records": the visitor's own receipts, with ids they can copy and quote.
import { Component } from 'preact'
import type { BannerStrings } from '../text/dialog-text.ts'

/** What the dialog needs of a receipt (a `sekisho-receipt/1` has these fields and more). */
export interface ReceiptSummary {
  id: string
  timestamp: string
  method: string
  purposes: Array<{ id: string; granted: boolean }>
}

export interface HistoryProps {
  t: BannerStrings
  lang: string
  receipts: () => Promise<ReceiptSummary[]>
  label(purpose: string): string
  copy(text: string): Promise<void>
}

type HistoryState = { list?: ReceiptSummary[]; copied?: string; selected?: string }

export class History extends Component<HistoryProps, HistoryState> {
  override componentDidMount() {
    // A broken store must not break the dialog: show the list as empty.
    this.props.receipts().then(
      (list) => this.setState({ list }),
      () => this.setState({ list: [] }),
    )
  }

  /** Copies `id`; where the clipboard is refused (no permission, an insecure page, no API) the id's
   * text is selected instead, so the visitor can copy it with the keyboard or the context menu. */
  copy(id: string, code: Element) {
    Promise.resolve()
      .then(() => this.props.copy(id))
      .then(
        () => this.setState({ copied: id, selected: undefined }),
        () => {
          const range = document.createRange()
          range.selectNodeContents(code)
          const selection = getSelection()!
          selection.removeAllRanges()
          selection.addRange(range)
          this.setState({ selected: id, copied: undefined })
        },
      )
  }

  render(p: HistoryProps, { list, copied, selected }: HistoryState) {
    const { t } = p
    return (
      <section class="m" aria-labelledby="hi">
        <h3 id="hi">{t.history}</h3>
        {list && !list.length && <p class="d">{t.historyEmpty}</p>}
        <ul>
          {list?.map((r) => {
            const said = copied === r.id ? t.copied : selected === r.id ? t.idSelected : t.copyId
            return (
              <li>
                <code>{r.id}</code>{' '}
                {/* Named with the id it copies: a list of "Copy ID" buttons must say which is which. */}
                <button
                  type="button"
                  class="k"
                  aria-live="polite"
                  aria-label={`${said} ${r.id}`}
                  onClick={(e) => this.copy(r.id, (e.currentTarget as Element).previousElementSibling!)}
                >
                  {said}
                </button>
                <br />
                <small>
                  {new Date(r.timestamp).toLocaleString(p.lang)} · {p.t['m.' + r.method] ?? r.method} ·{' '}
                  {r.purposes.map((x) => `${x.granted ? '✓' : '✗'} ${p.label(x.id)}`).join(', ')}
                </small>
              </li>
            )
          })}
        </ul>
      </section>
    )
  }
}
