import { expect } from 'chai'
import { sendKeys, setViewport } from '@web/test-runner-commands'
import type { ConsoleStats } from '../api/client.ts'
import { mountConsole, TOKEN_KEY, type ConsoleOptions } from './console-page.tsx'

const STATS: ConsoleStats = {
  total: 6,
  byDay: [
    { day: '2026-11-25', total: 2, byMethod: { 'accept-all': 1, 'reject-all': 1 } },
    { day: '2026-11-26', total: 4, byMethod: { 'accept-all': 1, custom: 2, withdraw: 1 } },
  ],
  byMethod: { 'accept-all': 2, 'reject-all': 1, custom: 2, withdraw: 1 },
  purposes: [
    { id: 'analytics', granted: 4, total: 6, rate: 4 / 6 },
    { id: 'advertising', granted: 2, total: 6, rate: 2 / 6 },
  ],
  revisions: [
    { revision: '2026-11-01', first: '2026-11-25T01:02:03.000Z', last: '2026-11-26T09:30:00.000Z', total: 6 },
  ],
  chain: { ok: true, checked: 6 },
  timeZone: 'Asia/Tokyo',
}

const WORDING = 'We use cookies for analytics.\nAccept all / Reject all / Settings'
const receiptOf = (id: string, method: string, analytics: boolean, timestamp: string) => ({
  id,
  timestamp,
  site: 'https://www.example.jp',
  subject: 'subj_0001',
  method,
  policy: { revision: '2026-11-01', language: 'en' },
  purposes: [{ id: 'analytics', granted: analytics }],
  services: [{ id: 'google-analytics', granted: analytics }],
  ui: { textHash: 'a'.repeat(64) },
})
const HISTORY = [
  receiptOf('r_first', 'accept-all', true, '2026-11-25T01:00:00.000Z'),
  receiptOf('r_quoted', 'withdraw', false, '2026-11-26T02:00:00.000Z'),
]
const LOOKUP = {
  seq: 42,
  receivedAt: '2026-11-26T02:00:01.000Z',
  prevHash: 'b'.repeat(64),
  hash: 'c'.repeat(64),
  receipt: HISTORY[1]!,
  text: { hash: 'a'.repeat(64), url: `/v1/texts/${'a'.repeat(64)}`, stored: true },
}

/** The collector's read API as contracts.md words it, answering from fixed data. */
function collector(stats: ConsoleStats = STATS) {
  const state = { token: 'good-token', calls: [] as Array<{ url: URL; auth: string | null }> }
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), location.href)
    const auth = new Headers(init?.headers).get('authorization')
    state.calls.push({ url, auth })
    if (auth !== `Bearer ${state.token}`) return Response.json({ error: 'unauthorized' }, { status: 401 })
    if (url.pathname === '/v1/stats') return Response.json(stats)
    if (url.pathname === `/v1/receipts/${LOOKUP.receipt.id}`) return Response.json(LOOKUP)
    if (url.pathname === `/v1/texts/${LOOKUP.text.hash}`) return new Response(WORDING)
    if (url.pathname === '/v1/export' && url.searchParams.get('subject') === LOOKUP.receipt.subject)
      return new Response(
        HISTORY.map((receipt) => `${JSON.stringify({ receivedAt: receipt.timestamp, hash: 'h', receipt })}\n`).join(''),
      )
    if (url.pathname === '/v1/proof-packs/2026-11-01')
      return new Response(new Uint8Array(1024), {
        headers: {
          'content-type': 'application/x-tar',
          'content-disposition': 'attachment; filename="sekisho-proof-www.example.jp-2026-11-01.tar"',
        },
      })
    if (url.pathname === '/v1/export') {
      return new Response('\uFEFFid,method\r\nr-1,custom\r\n', {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="receipts.csv"',
        },
      })
    }
    return Response.json({ error: 'not found' }, { status: 404 })
  }
  return { state, fetch }
}

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  }
}

/** Resolves once `check` passes, re-checking on every DOM change (no fixed sleeps). */
function until<T>(check: () => T | undefined | null | false, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const value = check()
      if (value) return (observer.disconnect(), clearTimeout(timer), resolve(value), true)
      return false
    }
    const observer = new MutationObserver(attempt)
    const timer = setTimeout(() => (observer.disconnect(), reject(new Error(`timed out waiting for ${what}`))), 3000)
    if (!attempt())
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  })
}

const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector)
const textOf = (selector: string) => $(selector)?.textContent ?? ''

let mounted: { unmount(): void } | undefined
let root: HTMLElement

function mount(options: ConsoleOptions) {
  root = document.body.appendChild(document.createElement('div'))
  mounted = mountConsole(root, { languages: ['en-US'], ...options })
}

async function signIn(token: string) {
  const input = await until(() => $<HTMLInputElement>('#token'), 'token field')
  input.focus()
  await sendKeys({ type: token })
  await sendKeys({ press: 'Enter' })
}

const signedIn = () => until(() => $('[data-total]'), 'the dashboard')

afterEach(() => {
  mounted?.unmount()
  root?.remove()
})

describe('console page', () => {
  it('refuses a wrong token with an alert and keeps nothing', async () => {
    const { fetch, state } = collector()
    const storage = memoryStorage()
    mount({ fetch, storage })
    await signIn('wrong')
    const alert = await until(() => $('[role=alert]')?.textContent, 'alert')
    expect(alert).to.contain('did not accept').and.contain('401')
    expect(state.calls[0]!.auth).to.equal('Bearer wrong')
    expect(storage.items.size).to.equal(0)
    expect($('[data-total]')?.outerHTML).to.equal(undefined)
    // The message follows a language switch.
    const select = $<HTMLSelectElement>('header select')!
    select.value = 'ja'
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await until(
      () => textOf('[role=alert]').startsWith('コレクターがこのトークンを受け付けませんでした（HTTP 401）'),
      'Japanese alert',
    )
  })

  it('signs in, keeps the token in the session store and shows counts, chart, rates, revisions, chain', async () => {
    const { fetch, state } = collector()
    const storage = memoryStorage()
    mount({ fetch, storage })
    await signIn('good-token')
    await signedIn()
    expect(storage.items.get(TOKEN_KEY)).to.equal('good-token')
    expect(state.calls.map((c) => [c.url.pathname + c.url.search, c.auth])).to.deep.equal([
      ['/v1/stats', 'Bearer good-token'],
    ])
    expect(textOf('[data-total]')).to.equal('6')
    // Focus moves to the dashboard so keyboard and screen-reader users land on the result.
    expect(document.activeElement?.tagName).to.equal('H2')
    const svg = $('svg[role=img]')!
    expect(svg.getAttribute('aria-labelledby')).to.equal('chart-title chart-summary')
    expect(textOf('#chart-summary')).to.equal('6 decisions over 2 days, from 2026-11-25 to 2026-11-26.')
    expect(svg.querySelectorAll('rect').length).to.equal(5)
    // Stacked bars: the second day (4) is twice as tall as the first (2).
    const height = (day: number) =>
      [...svg.querySelectorAll('g:not(.tick)')[day]!.querySelectorAll('rect')].reduce(
        (h, r) => h + Number(r.getAttribute('height')),
        0,
      )
    expect(height(1) / height(0)).to.be.closeTo(2, 1e-9)
    const rows = [...document.querySelectorAll('section[aria-labelledby=purpose-heading] tbody tr')].map(
      (r) => r.textContent,
    )
    expect(rows).to.deep.equal(['Analytics analytics46 66.7%', 'Advertising advertising26 33.3%'])
    expect(textOf('section[aria-labelledby=revision-heading] tbody')).to.equal(
      '2026-11-012026-11-25 10:02 Asia/Tokyo2026-11-26 18:30 Asia/Tokyo6',
    )
    expect(textOf('[data-chain]')).to.equal('Intact: all 6 records verified.')
  })

  it('applies the period and site to the counts and narrows the chart by method', async () => {
    const { fetch, state } = collector()
    mount({ fetch, storage: memoryStorage({ [TOKEN_KEY]: 'good-token' }) })
    await signedIn()
    $<HTMLInputElement>('#filter-site')!.focus()
    await sendKeys({ type: 'https://www.example.jp' })
    for (const [id, value] of [
      ['from', '2026-11-26'],
      ['to', '2026-11-27'],
      ['method', 'custom'],
    ]) {
      const field = $<HTMLInputElement>(`#filter-${id}`)!
      field.value = value!
      field.dispatchEvent(new Event('input', { bubbles: true }))
    }
    $<HTMLButtonElement>('form.filters button[type=submit]')!.click()
    await until(() => state.calls.length === 2 && textOf('[data-total]') === '2', 'filtered stats')
    expect(state.calls[1]!.url.search).to.equal('?from=2026-11-26&to=2026-11-27&site=https%3A%2F%2Fwww.example.jp')
    const classes = [...document.querySelectorAll('svg rect')].map((r) => r.getAttribute('class'))
    expect(classes).to.deep.equal(['m-custom'])
    expect(textOf('.legend')).to.equal('Custom choice')
  })

  it('downloads an export with the bearer token, the applied filters and the Excel BOM option', async () => {
    const { fetch, state } = collector()
    const saved: Array<{ name: string; blob: Blob }> = []
    mount({
      fetch,
      storage: memoryStorage({ [TOKEN_KEY]: 'good-token' }),
      save: (blob, name) => saved.push({ name, blob }),
    })
    await signedIn()
    const purpose = $<HTMLSelectElement>('#filter-purpose')!
    expect([...purpose.options].map((o) => o.value)).to.deep.equal(['', 'analytics', 'advertising'])
    purpose.value = 'analytics'
    purpose.dispatchEvent(new Event('input', { bubbles: true }))
    $<HTMLButtonElement>('form.filters button[type=submit]')!.click()
    await until(() => state.calls.length === 2, 'stats reload')
    await until(() => !$('.console[aria-busy=true]'), 'idle')
    expect(document.querySelectorAll('section[aria-labelledby=purpose-heading] tbody tr').length).to.equal(1)
    // Ticked from the start: every CSV download has the BOM unless the manager unticks it.
    expect($<HTMLInputElement>('.exports input[type=checkbox]')!.checked).to.equal(true)
    const csv = [...document.querySelectorAll<HTMLButtonElement>('.exports button')].find(
      (b) => b.textContent === 'CSV',
    )!
    csv.click()
    await until(() => csv.getAttribute('aria-disabled') === 'true', 'export in progress')
    csv.click()
    await until(() => csv.getAttribute('aria-disabled') === 'false', 'export done')
    expect(saved.length).to.equal(1)
    expect(state.calls.length).to.equal(3)
    const request = state.calls[2]!
    expect(request.auth).to.equal('Bearer good-token')
    expect(request.url.pathname + request.url.search).to.equal('/v1/export?format=csv&bom=1&purpose=analytics')
    expect(saved[0]!.name).to.equal('receipts.csv')
    expect(saved[0]!.blob.type).to.equal('text/csv; charset=utf-8')
    // The BOM must survive the trip into the Blob: it is what Excel keys on.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]!.blob.arrayBuffer())).to.equal(
      '\uFEFFid,method\r\nr-1,custom\r\n',
    )
    await until(() => textOf('[role=status]') === 'Downloaded receipts.csv.', 'status message')
  })

  it('offers the proof pack of each revision and downloads the chosen one with the bearer token', async () => {
    const stats = {
      ...STATS,
      revisions: [
        { revision: '2026-10-01', first: '2026-10-02T00:00:00.000Z', last: '2026-10-30T00:00:00.000Z', total: 2 },
        ...STATS.revisions,
      ],
    }
    const { fetch, state } = collector(stats)
    const saved: Array<{ name: string; blob: Blob }> = []
    mount({
      fetch,
      storage: memoryStorage({ [TOKEN_KEY]: 'good-token' }),
      save: (blob, name) => saved.push({ name, blob }),
    })
    await signedIn()
    const choice = $<HTMLSelectElement>('#proof-revision')!
    expect(choice.labels[0]!.textContent).to.equal('Policy revision')
    expect([...choice.options].map((o) => o.value)).to.deep.equal(['2026-11-01', '2026-10-01'])
    const button = [...document.querySelectorAll<HTMLButtonElement>('section[aria-labelledby=proof-heading] button')]
    expect(button.map((b) => b.textContent)).to.deep.equal(['Download proof pack'])
    // By keyboard, as a manager would: the current revision is chosen first.
    button[0]!.focus()
    await sendKeys({ press: 'Enter' })
    await until(() => saved.length === 1, 'the pack saved')
    const request = state.calls.at(-1)!
    expect([request.url.pathname + request.url.search, request.auth]).to.deep.equal([
      '/v1/proof-packs/2026-11-01',
      'Bearer good-token',
    ])
    expect(saved[0]!.name).to.equal('sekisho-proof-www.example.jp-2026-11-01.tar')
    expect(saved[0]!.blob.type).to.equal('application/x-tar')
    await until(() => textOf('[role=status]') === 'Downloaded sekisho-proof-www.example.jp-2026-11-01.tar.', 'status')
    // A revision whose config the collector does not hold: the failure is said, the manager stays signed in.
    choice.focus()
    await sendKeys({ press: 'ArrowDown' })
    expect(choice.value).to.equal('2026-10-01')
    button[0]!.focus()
    await sendKeys({ press: 'Enter' })
    await until(
      () =>
        textOf('[role=alert]') ===
        'The collector holds no site config of revision 2026-10-01 (or no receipts of the site): start it with --site-config for that revision.',
      'the failure',
    )
    expect(state.calls.at(-1)!.url.pathname).to.equal('/v1/proof-packs/2026-10-01')
    expect($('[data-total]')).to.not.equal(null)
  })

  it('looks up a receipt a visitor quotes: the decision, the wording shown, its chain place, the browser’s history', async () => {
    const { fetch, state } = collector()
    mount({ fetch, storage: memoryStorage() })
    await signIn('good-token')
    await signedIn()
    const look = async (id: string) => {
      const input = $<HTMLInputElement>('#lookup-receipt')!
      input.value = id
      $<HTMLButtonElement>('form.lookup button')!.click()
    }
    await look('r_unknown')
    await until(() => textOf('#lookup-heading + form + div').includes('no receipt with this id'), 'not found')
    await look('r_quoted')
    await until(() => $('.receipt .wording'), 'the receipt')
    const terms = [...document.querySelectorAll('.receipt dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling!.textContent,
    ])
    expect(Object.fromEntries(terms)).to.deep.include({
      'Place in the hash chain': `record #42, received 2026-11-26 11:00 Asia/Tokyo; its hash: ${'c'.repeat(64)}`,
      Method: 'Withdrawal',
      Granted: 'nothing beyond the necessary',
      'Wording shown': WORDING,
    })
    const rows = [...document.querySelectorAll('#lookup-heading ~ div table tbody tr')]
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).to.deep.equal([
      ['2026-11-25 10:00 Asia/Tokyo', 'Accept all', 'Analytics', 'r_first'],
      ['2026-11-26 11:00 Asia/Tokyo', 'Withdrawal', 'nothing beyond the necessary', 'r_quoted'],
    ])
    expect(rows[1]!.getAttribute('aria-current')).to.equal('true')
    // Every read carried the token; the history is the subject's export.
    expect(state.calls.every((c) => c.auth === 'Bearer good-token')).to.equal(true)
    expect(state.calls.some((c) => c.url.search === '?format=jsonl&subject=subj_0001')).to.equal(true)
  })

  it('signs out when the collector stops accepting the token, and on request', async () => {
    const { fetch, state } = collector()
    const storage = memoryStorage({ [TOKEN_KEY]: 'good-token' })
    mount({ fetch, storage })
    await signedIn()
    state.token = 'rotated'
    $<HTMLButtonElement>('form.filters button[type=submit]')!.click()
    const alert = await until(() => $('[role=alert]')?.textContent, 'alert')
    expect(alert).to.contain('no longer accepts')
    expect(storage.items.size).to.equal(0)
    await until(() => document.activeElement?.id === 'token', 'focus on the token field')

    await signIn('rotated')
    await signedIn()
    ;[...document.querySelectorAll<HTMLButtonElement>('header button')]
      .find((b) => b.textContent === 'Sign out')!
      .click()
    await until(() => $('#token'), 'login form')
    expect(storage.items.size).to.equal(0)
  })

  it('stays signed out when a stats answer arrives after signing out', async () => {
    const { fetch: answer } = collector()
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let read!: () => void
    const bodyRead = new Promise<void>((resolve) => (read = resolve))
    let calls = 0
    // The second stats request (Apply) is held until after Sign out; we learn when the page read it.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (++calls !== 2) return answer(input, init)
      await held
      const response = await answer(input, init)
      const json = response.json.bind(response)
      response.json = () => json().finally(read)
      return response
    }
    mount({ fetch, storage: memoryStorage({ [TOKEN_KEY]: 'good-token' }) })
    await signedIn()
    $<HTMLButtonElement>('form.filters button[type=submit]')!.click()
    await until(() => calls === 2 && $('.console[aria-busy=true]'), 'the held request')
    ;[...document.querySelectorAll<HTMLButtonElement>('header button')]
      .find((b) => b.textContent === 'Sign out')!
      .click()
    await until(() => $('#token'), 'login form')
    release()
    await bodyRead
    // One task later every microtask (the page's state update and Preact's render) has run.
    await new Promise((resolve) => setTimeout(resolve))
    expect($('[data-total]')?.outerHTML).to.equal(undefined)
    expect($('#token')?.outerHTML).not.to.equal(undefined)
  })

  it('speaks the browser language first and switches on request', async () => {
    const { fetch } = collector({ ...STATS, chain: { ok: false, checked: 4, firstBreak: { id: 'r-0003', index: 2 } } })
    mount({ fetch, storage: memoryStorage({ [TOKEN_KEY]: 'good-token' }), languages: ['ja-JP', 'en'] })
    await signedIn()
    expect(textOf('h1')).to.equal('関所 同意記録')
    expect(document.documentElement.lang).to.equal('ja')
    expect(textOf('[data-chain]')).to.equal('破損：4件を検証し、最初の不整合は r-0003 #2 です。')
    const select = $<HTMLSelectElement>('header select')!
    select.value = 'en'
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await until(() => textOf('h1') === 'Sekisho consent records', 'English')
    expect(document.documentElement.lang).to.equal('en')
    expect(textOf('[data-chain]')).to.equal('Broken: 4 records checked; the first break is at r-0003 #2.')
  })

  it('says the chain is being checked while the collector runs a full pass, not that it is intact', async () => {
    const { fetch } = collector({ ...STATS, chain: { ok: true, checked: 0, checking: true } })
    mount({ fetch, storage: memoryStorage({ [TOKEN_KEY]: 'good-token' }), languages: ['en'] })
    await signedIn()
    expect($('[data-chain]')?.getAttribute('data-chain')).to.equal('checking')
    expect(textOf('[data-chain]')).to.equal(
      'Checking: a full pass over the chain is running; 0 records verified before it. Reload in a moment.',
    )
  })

  it('fits a phone-width screen without sideways scrolling, every field labelled', async () => {
    await setViewport({ width: 360, height: 740 })
    try {
      const { fetch } = collector()
      mount({ fetch, storage: memoryStorage({ [TOKEN_KEY]: 'good-token' }) })
      await signedIn()
      expect(document.documentElement.scrollWidth).to.be.at.most(360)
      for (const field of document.querySelectorAll<HTMLInputElement>('input, select')) {
        expect(field.labels?.length ?? 0, field.outerHTML).to.be.at.least(1)
      }
    } finally {
      await setViewport({ width: 800, height: 600 })
    }
  })
})
