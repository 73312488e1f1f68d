// Looking up the receipt a visitor quotes by id: what was decided, the exact wording shown, its
// place in the hash chain, and every decision of the same browser (an APPI disclosure request).
import { useState } from 'preact/hooks'
import type { ConsoleApi, ReceiptLookup } from '../api/client.ts'
import { fill, nameOf, type ConsoleText } from '../i18n/text.ts'

type Receipt = NonNullable<ReceiptLookup['receipt']>

interface Found {
  lookup: ReceiptLookup
  /** The wording kept under the receipt's textHash; undefined when the collector does not keep it. */
  wording?: string
  history: Receipt[]
}

const granted = (items: Array<{ id: string; granted: boolean }>, names: Record<string, string>) =>
  items.filter((i) => i.granted).map((i) => nameOf(names, i.id))

export function Lookup({
  api,
  text,
  when,
  onError,
}: {
  api: Pick<ConsoleApi, 'receipt' | 'wording' | 'history'>
  text: ConsoleText
  /** A stored time as the page shows times. */
  when(iso: string): string
  onError(error: unknown): void
}) {
  const [found, setFound] = useState<Found | 'none' | undefined>()
  const [busy, setBusy] = useState(false)

  const look = async (event: Event) => {
    event.preventDefault()
    const id = String(new FormData(event.currentTarget as HTMLFormElement).get('receipt') ?? '').trim()
    if (!id || busy) return
    setBusy(true)
    try {
      const lookup = await api.receipt(id)
      if (!lookup) return setFound('none')
      const hash = lookup.receipt?.ui.textHash
      const [wording, history] = await Promise.all([
        hash && lookup.text?.stored ? api.wording(hash) : undefined,
        lookup.receipt ? api.history(lookup.receipt.subject) : [],
      ])
      setFound({ lookup, wording, history })
    } catch (error) {
      onError(error)
    } finally {
      setBusy(false)
    }
  }

  const receipt = typeof found === 'object' ? found.lookup.receipt : undefined
  return (
    <section aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">{text.lookupHeading}</h2>
      <form class="lookup" onSubmit={look}>
        <label for="lookup-receipt">{text.receiptId}</label>
        <input id="lookup-receipt" name="receipt" type="text" autocomplete="off" spellcheck={false} required />
        <button type="submit" aria-disabled={busy}>
          {text.lookUp}
        </button>
      </form>
      <div aria-live="polite">
        {found === 'none' && <p>{text.receiptNotFound}</p>}
        {typeof found === 'object' && (
          <dl class="receipt">
            <dt>{text.chainPosition}</dt>
            <dd>
              {fill(text.chainAt, { seq: found.lookup.seq, at: when(found.lookup.receivedAt) })}{' '}
              <code>{found.lookup.hash}</code>
            </dd>
            {found.lookup.erased !== undefined && (
              <>
                <dt>{text.erased}</dt>
                <dd>{when(found.lookup.erased)}</dd>
              </>
            )}
            {receipt && (
              <>
                <dt>{text.decidedAt}</dt>
                <dd>{when(receipt.timestamp)}</dd>
                <dt>{text.method}</dt>
                <dd>{nameOf(text.methods, receipt.method)}</dd>
                <dt>{text.site}</dt>
                <dd>{receipt.site}</dd>
                <dt>{text.revision}</dt>
                <dd>
                  {receipt.policy.revision} ({receipt.policy.language})
                </dd>
                <dt>{text.granted}</dt>
                <dd>{granted(receipt.purposes, text.purposeNames).join(text.listSeparator) || text.nothingGranted}</dd>
                <dt>{text.subject}</dt>
                <dd>
                  <code>{receipt.subject}</code>
                </dd>
                <dt>{text.wording}</dt>
                <dd>
                  {found.wording !== undefined ? (
                    <pre class="wording">{found.wording}</pre>
                  ) : receipt.ui.noText ? (
                    fill(text.noWording, { why: receipt.ui.noText })
                  ) : (
                    fill(text.wordingNotKept, { hash: receipt.ui.textHash ?? '' })
                  )}
                </dd>
              </>
            )}
          </dl>
        )}
        {typeof found === 'object' && found.history.length > 0 && (
          // A phone scrolls the table, not the page; keyboard users must reach the scroller too
          // (axe: scrollable-region-focusable), so the region takes focus.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region is reached by Tab
          <section class="scroll" tabIndex={0} aria-labelledby="history-caption">
            <table>
              <caption id="history-caption">{fill(text.historyOf, { count: found.history.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.decidedAt}</th>
                  <th scope="col">{text.method}</th>
                  <th scope="col">{text.granted}</th>
                  <th scope="col">{text.receiptId}</th>
                </tr>
              </thead>
              <tbody>
                {found.history.map((r) => (
                  <tr key={r.id} aria-current={r.id === receipt?.id ? 'true' : undefined}>
                    <td>{when(r.timestamp)}</td>
                    <td>{nameOf(text.methods, r.method)}</td>
                    <td>{granted(r.purposes, text.purposeNames).join(text.listSeparator) || text.nothingGranted}</td>
                    <td>
                      <code>{r.id}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </section>
  )
}
