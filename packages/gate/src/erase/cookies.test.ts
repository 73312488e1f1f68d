// Attack tests: cookies and storage keys of refused services, however they were written.
import { expect } from 'chai'
import type { ServiceDefinition } from '@sekisho/core'
import { installGate } from '../index.ts'
import type { Gate } from '../index.ts'
import { service, until } from '../../test/fixtures.ts'

let granted: Record<string, boolean> = {}
let gate: Gate | undefined
const stats = service('stats', ['analytics'], { cookies: ['_st', '_st_*'], storage: ['st:*'] })
const install = () =>
  (gate = installGate({
    services: [stats],
    isGranted: (t: string | ServiceDefinition) =>
      typeof t === 'string' ? !!granted[t] : t.purposes.every((p) => granted[p]),
    reload() {},
  }))
const names = () => document.cookie.split('; ').filter(Boolean)
const DAY_ZERO = 'expires=Thu, 01 Jan 1970 00:00:00 GMT'

beforeEach(() => {
  granted = {}
  for (const name of names()) document.cookie = `${name.split('=')[0]}=; Max-Age=0; Path=/`
  localStorage.clear()
})
afterEach(() => gate?.uninstall())

describe('installGate: cookies and storage of refused services', () => {
  it('erases cookies and keys an earlier visit left on the first refusal', () => {
    document.cookie = '_st=old; Path=/'
    document.cookie = '_st_x=old; Path=/'
    document.cookie = 'own=1; Path=/'
    localStorage.setItem('st:id', 'old')
    install().refresh()
    expect(names()).to.deep.equal(['own=1'])
    expect(localStorage.getItem('st:id')).to.equal(null)
  })

  it('lets the 1970 expires form delete, and reads max-age as the browser does', () => {
    install()
    granted = { analytics: true }
    document.cookie = '_st=1; Path=/'
    granted = {}
    document.cookie = `_st=; ${DAY_ZERO}; Path=/`
    expect(names()).to.deep.equal([])
    // Each of these writes a cookie in the browser: the gate holds them all.
    document.cookie = '_st=zeros; Max-Age=0100; Path=/'
    document.cookie = '_st=twice; Max-Age=0; Max-Age=100; Path=/'
    document.cookie = `_st=after; ${DAY_ZERO}; Max-Age=100; Path=/`
    // A "deletion" the browser reads as a write: the last Max-Age or Expires counts, unread.
    document.cookie = '_st_1=unread-age; Max-Age=0; Max-Age=x; Path=/'
    document.cookie = '_st_2=bare-age; Max-Age=0; Max-Age; Path=/'
    document.cookie = `_st_3=unread-date; ${DAY_ZERO}; expires=soon; Path=/`
    document.cookie = '_st_4=year; expires=1970; Path=/'
    document.cookie = '_st_5=zero; expires=0; Path=/'
    expect(names()).to.deep.equal([])
  })

  it('erases a cookie written at a Path an SPA has since left, and partitioned ones', async () => {
    const start = location.href
    install()
    granted = { analytics: true }
    history.pushState(null, '', '/spa/a')
    document.cookie = '_st=1; Path=/spa/a'
    document.cookie = '_st_p=1; Path=/; Secure; SameSite=None; Partitioned'
    history.pushState(null, '', '/spa/b')
    // Chromium shows a Path's cookie only to a document loaded under that Path: a frame there.
    const frame = document.body.appendChild(document.createElement('iframe'))
    try {
      frame.src = '/spa/a/page'
      await new Promise((loaded) => (frame.onload = loaded))
      const read = () => frame.contentDocument!.cookie.split('; ').filter(Boolean).sort()
      expect(read(), 'both written').to.deep.equal(['_st=1', '_st_p=1'])
      granted = {}
      gate!.refresh()
      // The deletions reach the cookie store after the call returns: another document sees them soon.
      await until(() => read().length == 0)
      expect(read()).to.deep.equal([])
    } finally {
      frame.remove()
      history.replaceState(null, '', start)
    }
  })

  it('removes a key written as a property after the last sweep of the previous page', () => {
    install()
    gate!.uninstall()
    // What a pagehide listener that ran after the gate's sweep left behind.
    localStorage['st:late'] = '1'
    install()
    expect(localStorage.getItem('st:late')).to.equal(null)
  })
})
