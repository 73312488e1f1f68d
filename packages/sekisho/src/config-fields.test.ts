// Config fields the wiring reads, through createSekisho as a site's bundle calls it: `ui.reopen`
// and `receipts.headers`, each shown to change what the page does.
import { expect } from 'chai'
import { createSekisho } from './index.ts'

describe('config fields through createSekisho', () => {
  it('ui.reopen false leaves out the corner button; receipts.headers go with each delivery', async () => {
    // The receipts' POSTs, seen at the page's fetch (the gate wraps it in turn; the request is real).
    const sent: Array<{ url: string; headers: Record<string, string> }> = []
    const fetch = window.fetch
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      if (String(input).includes('/receipts-endpoint'))
        sent.push({ url: String(input), headers: Object.fromEntries(new Headers(init?.headers)) })
      return fetch.call(this, input, init)
    }
    const sekisho = createSekisho({
      revision: 'r1',
      controller: { name: 'Example', contact: 'privacy@example.jp' },
      purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }],
      services: ['google-analytics'],
      receipts: { endpoint: `${location.origin}/receipts-endpoint`, headers: { 'x-api-key': 'site-key' } },
      ui: { reopen: false },
    })
    sekisho.acceptAll()
    // The decision has been made and recorded: the button would be mounted by now (head.test.ts).
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(document.querySelectorAll('sekisho-reopen').length, 'corner buttons').to.equal(0)
    // The receipts part (after the development host's full check) delivers the receipt with the header.
    const deadline = Date.now() + 10_000
    while (!sent.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sent.length, 'a receipt POST').to.be.greaterThan(0)
    expect(sent[0]!.headers['x-api-key']).to.equal('site-key')
    expect(document.querySelectorAll('sekisho-reopen').length, 'corner buttons').to.equal(0)
  })
})
