// The catalog's gating data read by the gate's matchers: Google tags by id, and cookie
// patterns that cannot catch a first-party name by accident.
import { expect } from 'chai'
import { catalogGate } from '@sekisho/catalog'
import { matchService, namePattern } from '@sekisho/gate'

const services = Object.entries(catalogGate).map(([id, entry]) => ({ id, ...entry }))

describe('catalog through the gate', () => {
  it('maps gtag.js to the service of its Google tag id, in any parameter order', () => {
    const tag = (query: string) => matchService(`https://www.googletagmanager.com/gtag/js?${query}`, services)?.id
    expect(tag('id=G-ABC123')).to.equal('google-analytics')
    expect(tag('l=dataLayer&id=G-ABC123')).to.equal('google-analytics')
    expect(tag('id=GT-ABC123')).to.equal('google-ads')
    expect(tag('l=dataLayer&id=AW-123')).to.equal('google-ads')
    expect(tag('id=DC-123')).to.equal('google-ads')
    expect(tag('id=GTM-ABC&l=dataLayer')).to.equal('google-tag-manager')
  })

  it('tells Adobe Target’s Delivery API from Adobe Analytics on the same omtrdc.net host by its path', () => {
    const at = (url: string) => matchService(url, services)?.id
    expect(at('https://democlient.tt.omtrdc.net/rest/v1/delivery?client=democlient&sessionId=1')).to.equal(
      'adobe-target',
    )
    expect(at('https://democlient.sc.omtrdc.net/b/ss/suite/1/JS-2.22.0/s123')).to.equal('adobe-analytics')
  })

  it('tells the Facebook SDK and plugin iframes from Meta Pixel on the same hosts by their paths', () => {
    const fb = (url: string) => matchService(url, services)?.id
    expect(fb('https://connect.facebook.net/ja_JP/sdk.js#xfbml=1&version=v19.0')).to.equal('facebook-embed')
    expect(fb('https://connect.facebook.net/en_US/sdk.js')).to.equal('facebook-embed')
    expect(fb('https://www.facebook.com/plugins/post.php?href=x')).to.equal('facebook-embed')
    expect(fb('https://connect.facebook.net/en_US/fbevents.js')).to.equal('meta-pixel')
    expect(fb('https://connect.facebook.net/signals/config/123?v=2.9.1')).to.equal('meta-pixel')
    expect(fb('https://www.facebook.com/tr?id=123&ev=PageView')).to.equal('meta-pixel')
  })

  it('declares no cookie pattern that catches a common first-party name', () => {
    const firstParty = ['_gateway_session', '_session_id', '_csrf', '_shop_session', 'session', 'cart', 'locale']
    for (const { id, cookies } of services) {
      const test = namePattern(cookies)
      for (const name of firstParty) expect(test?.test(name) ?? false, `${id} catches ${name}`).to.equal(false)
    }
  })
})
