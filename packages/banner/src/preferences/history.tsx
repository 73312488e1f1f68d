// "Your consent records": the visitor's own receipts, with ids they can copy and quote.
import { Component } from 'preact'
import type { BannerStrings } from '../text/strings.ts'

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

export class History extends Component<HistoryProps, { list?: ReceiptSummary[]; copied?: string }> {
  override componentDidMount() {
    // A broken store must not break the dialog: show the list as empty.
    this.props.receipts().then(
      (list) => this.setState({ list }),
      () => this.setState({ list: [] }),
    )
  }

  render(p: HistoryProps, { list, copied }: { list?: ReceiptSummary[]; copied?: string }) {
    const { t } = p
    return (
      <section class="m" aria-labelledby="hi">
        <h3 id="hi">{t.history}</h3>
        {list && !list.length && <p class="d">{t.historyEmpty}</p>}
        <ul>
          {list?.map((r) => (
            <li>
              <code>{r.id}</code>{' '}
              <button
                type="button"
                class="k"
                aria-live="polite"
                onClick={() => p.copy(r.id).then(() => this.setState({ copied: r.id }))}
              >
                {copied === r.id ? t.copied : t.copyId}
              </button>
              <br />
              <small>
                {new Date(r.timestamp).toLocaleString(p.lang)} · {p.t['m.' + r.method] ?? r.method} ·{' '}
                {r.purposes.map((x) => `${x.granted ? '✓' : '✗'} ${p.label(x.id)}`).join(', ')}
              </small>
            </li>
          ))}
        </ul>
      </section>
    )
  }
}
