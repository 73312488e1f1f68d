// The privacy managers' page: sign in with the export token, filter, read the counts, export.
import { DECISION_METHODS, EXPORT_FORMATS, pickLanguage } from '@sekisho/core'
import { type ComponentChildren, render } from 'preact'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import { type AuditSummary, CollectorError, createConsoleApi, type ConsoleStats } from '../api/client.ts'
import { DayChart } from '../chart/day-chart.tsx'
import { TEXT, fill, nameOf, type ConsoleLanguage, type ConsoleText } from '../i18n/text.ts'
import { adoptConsoleStyles } from './styles.ts'
import { Lookup } from './lookup.tsx'
import { SummaryPage, inZone } from './summary.tsx'
import { ChainStatus } from './chain-status.tsx'
import { PurposeTable, RevisionTable } from './count-tables.tsx'
import { Table } from './table.tsx'
import { EMPTY_FILTERS, type ConsoleFilters, type ExportFormat } from '../query/filters.ts'

/** The decision methods of `sekisho-receipt/1`, in chart order. */
const METHODS: readonly string[] = DECISION_METHODS

/** sessionStorage key: the token lives as long as the tab, never on disk across sessions. */
export const TOKEN_KEY = 'sekisho-console-token'

export interface ConsoleOptions {
  /** Collector base URL. @default '' (the page's own origin) */
  base?: string
  /** @default globalThis.fetch */
  fetch?: typeof fetch
  /** Where the token is kept. @default sessionStorage */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  /** The visitor's languages, best first. @default navigator.languages */
  languages?: readonly string[]
  /** Hands a finished export to the user. @default an `<a download>` click on a blob: URL */
  save?: (blob: Blob, name: string) => void
}

/** Renders the console into `element`; nothing happens until this is called. */
export function mountConsole(element: Element, options: ConsoleOptions = {}): { unmount(): void } {
  adoptConsoleStyles(element.ownerDocument)
  render(<ConsolePage {...options} />, element)
  return { unmount: () => render(null, element) }
}

function saveWithLink(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // The download holds its own reference once started; keep the URL a while for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

type MessageKey = { [K in keyof ConsoleText]: ConsoleText[K] extends string ? K : never }[keyof ConsoleText]
/** A message kept as its key and values, so it follows a language switch. */
type Notice = { kind: 'error' | 'status'; key: MessageKey; values: Record<string, string | number> } | undefined

function ConsolePage(options: ConsoleOptions) {
  const storage = options.storage ?? sessionStorage
  const [lang, setLang] = useState<ConsoleLanguage>(
    // English first: it is what a manager gets whose browser asks for neither.
    () => pickLanguage(['en', 'ja'], options.languages ?? navigator.languages ?? []) as ConsoleLanguage,
  )
  const text = TEXT[lang]
  const [token, setToken] = useState(() => storage.getItem(TOKEN_KEY) ?? '')
  const [stats, setStats] = useState<ConsoleStats>()
  const [draft, setDraft] = useState<ConsoleFilters>(EMPTY_FILTERS)
  const [applied, setApplied] = useState<ConsoleFilters>(EMPTY_FILTERS)
  const [busy, setBusy] = useState(false)
  const [exporting, setExporting] = useState(false)
  const [notice, setNotice] = useState<Notice>()
  /** The audit summary on show (the printable page), instead of the dashboard. */
  const [summary, setSummary] = useState<AuditSummary>()
  const loads = useRef(0)
  const dashboardHeading = useRef<HTMLHeadingElement>(null)
  const tokenInput = useRef<HTMLInputElement>(null)

  const numbers = useMemo(() => new Intl.NumberFormat(lang), [lang])
  const percent = useMemo(() => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }), [lang])
  const connect = (value: string) => createConsoleApi({ token: value, base: options.base, fetch: options.fetch })
  const api = useMemo(() => connect(token), [token])

  useLayoutEffect(() => {
    document.documentElement.lang = lang
    document.title = text.title
  }, [lang])

  const fail = (error: unknown, signedIn: boolean) => {
    if (error instanceof CollectorError && (error.status === 401 || error.status === 403)) {
      storage.removeItem(TOKEN_KEY)
      setToken('')
      setStats(undefined)
      setNotice({ kind: 'error', key: signedIn ? 'sessionEnded' : 'tokenRejected', values: { status: error.status } })
      return
    }
    setNotice(
      error instanceof CollectorError
        ? { kind: 'error', key: 'serverError', values: { status: error.status } }
        : { kind: 'error', key: 'networkError', values: { message: String((error as Error)?.message ?? error) } },
    )
  }

  const load = async (filters: ConsoleFilters, signedIn = true, client = api, onLoaded?: () => void) => {
    const load = ++loads.current
    setBusy(true)
    try {
      const next = await client.stats(filters)
      // A slower, older answer must not replace a newer one.
      if (load !== loads.current) return
      onLoaded?.()
      setStats(next)
      setNotice(undefined)
    } catch (error) {
      if (load === loads.current) fail(error, signedIn)
    } finally {
      if (load === loads.current) setBusy(false)
    }
  }

  // A stored token (a reload in the same tab) signs in directly.
  useEffect(() => {
    if (token) void load(applied)
  }, [])

  // In the same frame as the swap, so focus never drops to <body> in between.
  useLayoutEffect(() => {
    if (stats) dashboardHeading.current?.focus()
    else tokenInput.current?.focus()
  }, [!stats])

  const signIn = (event: Event) => {
    event.preventDefault()
    const value = tokenInput.current?.value.trim() ?? ''
    if (!value) return tokenInput.current?.focus()
    // Kept only once the collector accepted it.
    void load(applied, false, connect(value), () => {
      storage.setItem(TOKEN_KEY, value)
      setToken(value)
    })
  }

  const signOut = () => {
    // An answer still on its way must not sign the page back in.
    loads.current++
    setBusy(false)
    storage.removeItem(TOKEN_KEY)
    setToken('')
    setStats(undefined)
    setSummary(undefined)
    setNotice(undefined)
  }

  const apply = (event: Event) => {
    event.preventDefault()
    // Read from the form itself: what is on screen is what gets applied.
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const filters = { ...EMPTY_FILTERS }
    for (const key of Object.keys(filters) as Array<keyof ConsoleFilters>) filters[key] = String(form.get(key) ?? '')
    setDraft(filters)
    setApplied(filters)
    void load(filters)
  }

  const reset = () => {
    setDraft(EMPTY_FILTERS)
    setApplied(EMPTY_FILTERS)
    void load(EMPTY_FILTERS)
  }

  /** Downloads one file (`label` names it while it is prepared); one download at a time. */
  const downloadFile = async (
    label: string,
    file: () => Promise<{ blob: Blob; name: string }>,
    /** What to say when the collector has no such file (404), instead of the bare status. */
    missing?: Notice,
  ) => {
    // One export at a time: a second click would download the same file twice.
    if (exporting) return
    setExporting(true)
    setNotice({ kind: 'status', key: 'downloading', values: { name: label } })
    try {
      const { blob, name } = await file()
      ;(options.save ?? saveWithLink)(blob, name)
      setNotice({ kind: 'status', key: 'downloaded', values: { name } })
    } catch (error) {
      if (error instanceof CollectorError && error.status === 404 && missing) setNotice(missing)
      else if (error instanceof CollectorError && error.status !== 401 && error.status !== 403) {
        setNotice({ kind: 'error', key: 'exportFailed', values: { status: error.status } })
      } else fail(error, true)
    } finally {
      setExporting(false)
    }
  }
  const exportAs = (format: ExportFormat, bom: boolean) =>
    void downloadFile(text[format], () => api.download(applied, format, { bom }))
  // The pack of one revision, for the applied site (the collector picks its only site otherwise).
  const proofPack = (revision: string) =>
    void downloadFile(`${text.proofHeading} ${revision}`, () => api.proofPack(revision, applied.site || undefined), {
      kind: 'error',
      key: 'proofNotHeld',
      values: { revision },
    })

  const openSummary = async () => {
    setBusy(true)
    try {
      setSummary(await api.summary(applied))
      setNotice(undefined)
    } catch (error) {
      fail(error, true)
    } finally {
      setBusy(false)
    }
  }

  const summaryCsv = async () => {
    try {
      const { blob, name } = await api.summaryCsv(applied)
      ;(options.save ?? saveWithLink)(blob, name)
      setNotice({ kind: 'status', key: 'downloaded', values: { name } })
    } catch (error) {
      fail(error, true)
    }
  }

  const field = (key: keyof ConsoleFilters) => ({
    id: `filter-${key}`,
    name: key,
    value: draft[key],
    onInput: (e: Event) => {
      const value = (e.currentTarget as HTMLInputElement).value
      setDraft((d) => ({ ...d, [key]: value }))
    },
  })

  const signedIn = !!stats
  return (
    <div class="console" aria-busy={busy}>
      <header class="no-print">
        <h1>{text.title}</h1>
        <label>
          {text.language}{' '}
          <select
            value={lang}
            onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as ConsoleLanguage)}
          >
            <option value="ja" lang="ja">
              日本語
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        {signedIn && (
          <button type="button" class="secondary" onClick={signOut}>
            {text.signOut}
          </button>
        )}
      </header>
      <main>
        {/* Both live regions always exist: a region must be in the page before it can announce. */}
        <p class="error" role="alert">
          {notice?.kind === 'error' ? fill(text[notice.key], notice.values) : ''}
        </p>
        <p class="status" role="status">
          {notice?.kind === 'status' ? fill(text[notice.key], notice.values) : busy ? text.loading : ''}
        </p>
        {!signedIn ? (
          <form class="login" onSubmit={signIn} aria-labelledby="login-heading">
            <h2 id="login-heading">{text.loginHeading}</h2>
            <p>{text.loginIntro}</p>
            <label for="token">{text.token}</label>
            <input ref={tokenInput} id="token" type="password" autocomplete="off" required spellcheck={false} />
            <button type="submit" disabled={busy}>
              {text.signIn}
            </button>
          </form>
        ) : summary ? (
          <SummaryPage
            {...{ summary, text }}
            format={(n) => numbers.format(n)}
            formatPercent={(n) => percent.format(n)}
            onCsv={() => void summaryCsv()}
            onBack={() => setSummary(undefined)}
          />
        ) : (
          <Dashboard
            {...{ stats, text, applied, draft, field, apply, reset, exportAs, proofPack, exporting, busy }}
            openSummary={() => void openSummary()}
            lookup={
              <Lookup
                api={api}
                text={text}
                when={(iso) => shortTime(iso, stats?.timeZone)}
                onError={(error) => fail(error, true)}
              />
            }
            headingRef={dashboardHeading}
            format={(n) => numbers.format(n)}
            formatPercent={(n) => percent.format(n)}
          />
        )}
      </main>
    </div>
  )
}

interface DashboardProps {
  stats: ConsoleStats
  /** The receipt lookup, below the exports. */
  lookup: ComponentChildren
  text: ConsoleText
  applied: ConsoleFilters
  draft: ConsoleFilters
  field(key: keyof ConsoleFilters): Record<string, unknown>
  apply(event: Event): void
  reset(): void
  exportAs(format: ExportFormat, bom: boolean): void
  /** Downloads the proof pack of `revision` (a tar archive). */
  proofPack(revision: string): void
  /** Shows the printable audit summary of the applied period and site. */
  openSummary(): void
  exporting: boolean
  busy: boolean
  headingRef: { current: HTMLHeadingElement | null }
  format(n: number): string
  formatPercent(n: number): string
}

function Dashboard({
  stats,
  text,
  applied,
  draft,
  field,
  apply,
  reset,
  exportAs,
  proofPack,
  openSummary,
  exporting,
  busy,
  headingRef,
  format,
  formatPercent,
  lookup,
}: DashboardProps) {
  // Read when a button is pressed: the box as it is on screen decides.
  const bomBox = useRef<HTMLInputElement>(null)
  const proofRevision = useRef<HTMLSelectElement>(null)
  const exportWith = (format: ExportFormat) => exportAs(format, bomBox.current?.checked ?? false)
  // Methods the collector reports beyond the known six still get a bar and a row.
  const known = [...METHODS, ...Object.keys(stats.byMethod).filter((m) => !METHODS.includes(m))]
  const methods = applied.method ? [applied.method] : known
  const total = methods.reduce((sum, m) => sum + (stats.byMethod[m] ?? 0), 0)
  const purposes = applied.purpose ? stats.purposes.filter((p) => p.id === applied.purpose) : stats.purposes
  const purposeIds = [...new Set([...stats.purposes.map((p) => p.id), draft.purpose].filter(Boolean))]
  return (
    <>
      <h2 class="visually-hidden" tabIndex={-1} ref={headingRef}>
        {text.total}: {format(total)}
      </h2>
      <form class="filters" onSubmit={apply} aria-labelledby="filters-heading">
        <h2 id="filters-heading">{text.filters}</h2>
        <div class="grid">
          <label for="filter-site">{text.site}</label>
          <input
            {...field('site')}
            type="text"
            inputMode="url"
            placeholder="https://www.example.jp"
            autocomplete="off"
          />
          <label for="filter-from">{text.from}</label>
          <input {...field('from')} type="date" max={draft.to || undefined} />
          <label for="filter-to">{text.to}</label>
          <input {...field('to')} type="date" min={draft.from || undefined} />
          <label for="filter-purpose">{text.purpose}</label>
          <select {...field('purpose')}>
            <option value="">{text.any}</option>
            {purposeIds.map((id) => (
              <option key={id} value={id}>
                {nameOf(text.purposeNames, id)}
              </option>
            ))}
          </select>
          <label for="filter-method">{text.method}</label>
          <select {...field('method')}>
            <option value="">{text.any}</option>
            {known.map((m) => (
              <option key={m} value={m}>
                {nameOf(text.methods, m)}
              </option>
            ))}
          </select>
          <label for="filter-subject">{text.subject}</label>
          <input {...field('subject')} type="text" autocomplete="off" spellcheck={false} />
        </div>
        <p class="note">{text.filterNote}</p>
        <button type="submit" disabled={busy}>
          {text.apply}
        </button>{' '}
        <button type="button" class="secondary" onClick={reset} disabled={busy}>
          {text.reset}
        </button>
      </form>

      <section aria-labelledby="total-heading" class="total">
        <h2 id="total-heading">{text.total}</h2>
        <p class="big" data-total>
          {format(total)}
        </p>
      </section>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{text.chartTitle}</h2>
        <DayChart days={stats.byDay} methods={methods} text={text} format={format} />
      </section>

      <section aria-labelledby="method-heading">
        <h2 id="method-heading">{text.byMethod}</h2>
        <Table label={text.byMethod} heads={[text.method, text.count, text.share]}>
          {methods.map((m) => (
            <tr key={m}>
              <th scope="row">{nameOf(text.methods, m)}</th>
              <td>{format(stats.byMethod[m] ?? 0)}</td>
              <td>{formatPercent(stats.total ? (stats.byMethod[m] ?? 0) / stats.total : 0)}</td>
            </tr>
          ))}
        </Table>
      </section>

      <section aria-labelledby="purpose-heading">
        <h2 id="purpose-heading">{text.purposes}</h2>
        <PurposeTable {...{ purposes, text, format, formatPercent }} />
      </section>

      <section aria-labelledby="revision-heading">
        <h2 id="revision-heading">{text.revisions}</h2>
        <RevisionTable
          revisions={stats.revisions}
          text={text}
          format={format}
          when={(iso) => shortTime(iso, stats?.timeZone)}
        />
      </section>

      <section aria-labelledby="chain-heading">
        <h2 id="chain-heading">{text.chain}</h2>
        <ChainStatus chain={stats.chain} text={text} format={format} />
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{text.exports}</h2>
        <p>{text.exportIntro}</p>
        <div class="exports">
          {/* aria-disabled, not disabled: the pressed button keeps keyboard focus. */}
          <button type="button" aria-disabled={exporting} onClick={() => exportWith('csv')}>
            {text.csv}
          </button>
          <label class="check">
            <input ref={bomBox} type="checkbox" defaultChecked /> {text.excelBom}
          </label>
          {/* CSV has its own button above, beside the option that only CSV takes. */}
          {EXPORT_FORMATS.filter((f) => f !== 'csv').map((f) => (
            <button type="button" key={f} aria-disabled={exporting} onClick={() => exportWith(f)}>
              {text[f]}
            </button>
          ))}
        </div>
      </section>
      <section aria-labelledby="proof-heading">
        <h2 id="proof-heading">{text.proofHeading}</h2>
        <p>{text.proofIntro}</p>
        {stats.revisions.length ? (
          <div class="exports">
            <label for="proof-revision">{text.proofRevision}</label>
            <select id="proof-revision" ref={proofRevision}>
              {/* Newest first: the pack asked for most is the current revision's. */}
              {[...stats.revisions].reverse().map((r) => (
                <option key={r.revision} value={r.revision}>
                  {r.revision}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-disabled={exporting}
              onClick={() => proofRevision.current && proofPack(proofRevision.current.value)}
            >
              {text.proofDownload}
            </button>
          </div>
        ) : (
          <p>{text.proofNone}</p>
        )}
      </section>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{text.summaryHeading}</h2>
        <p>{text.summaryIntro}</p>
        <button type="button" onClick={openSummary} disabled={busy}>
          {text.openSummary}
        </button>
      </section>
      {lookup}
    </>
  )
}

/** `2026-11-27T09:30:00.000Z` → `2026-11-27 18:30 Asia/Tokyo` in the collector's zone (the one its
 * CSV exports and filters use), `2026-11-27 09:30 UTC` without one; anything else as given. */
export function shortTime(iso: string, timeZone?: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso)
  if (!m) return iso
  return timeZone ? `${inZone(iso, timeZone)} ${timeZone}` : `${m[1]} ${m[2]} UTC`
}
