// The hash chain's state in words, as the dashboard and the audit summary show it.
import { fill, type ConsoleText } from '../i18n/text.ts'
import type { ConsoleStats } from '../api/client.ts'

/** The collector names the first break as a receipt id, a position or an object of both. */
export function describeBreak(at: unknown): string {
  if (at == null) return '?'
  if (typeof at === 'object') {
    const { id, index, seq } = at as Record<string, unknown>
    return [id, index ?? seq].filter((v) => v != null).join(' #') || JSON.stringify(at)
  }
  return String(at)
}

/** `data-chain` is `ok`, `broken` or `checking` (a full pass running: the counts did not wait for it),
 * for tests and print styles. */
export function ChainStatus({
  chain,
  text,
  format,
  class: className,
}: {
  chain: ConsoleStats['chain']
  text: ConsoleText
  format(n: number): string
  class?: string
}) {
  const state = chain.ok ? (chain.checking ? 'checking' : 'ok') : 'broken'
  return (
    <p class={className ?? state} data-chain={state}>
      {state === 'broken'
        ? fill(text.chainBroken, { checked: format(chain.checked), at: describeBreak(chain.firstBreak) })
        : fill(state === 'ok' ? text.chainOk : text.chainChecking, { checked: format(chain.checked) })}
    </p>
  )
}
