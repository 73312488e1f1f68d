import { expect } from 'chai'
import { matchService } from '../index.ts'

const ga = { id: 'google-analytics', hosts: ['www.googletagmanager.com/gtag/js?id=G-', 'google-analytics.com'] }
const ads = { id: 'google-ads', hosts: ['www.googletagmanager.com/gtag/js?id=AW-', 'googleadservices.com'] }
const gtm = { id: 'google-tag-manager', hosts: ['www.googletagmanager.com'] }
const services = [gtm, ga, ads]

describe('matchService', () => {
  it('matches a host and its subdomains, not look-alikes', () => {
    expect(matchService('https://region1.google-analytics.com/g/collect?v=2', services)).to.equal(ga)
    expect(matchService('https://evilgoogle-analytics.com/x', services)).to.equal(undefined)
  })
  it('tells services on one host apart by path and query prefix', () => {
    expect(matchService('https://www.googletagmanager.com/gtag/js?id=G-ABC', services)).to.equal(ga)
    expect(matchService('https://www.googletagmanager.com/gtag/js?id=AW-123', services)).to.equal(ads)
    expect(matchService('https://www.googletagmanager.com/gtm.js?id=GTM-X', services)).to.equal(gtm)
  })
  it('resolves relative and protocol-relative URLs against the page', () => {
    expect(matchService('//www.googleadservices.com/pagead/conversion.js', services)).to.equal(ads)
    expect(matchService('/local.js', services)).to.equal(undefined)
  })
  it('lets `*` stand for every third-party host', () => {
    const all = { id: 'all', hosts: ['*'] }
    expect(matchService('https://anything.example/x', [all])).to.equal(all)
    expect(matchService('/own.js', [all])).to.equal(undefined)
    expect(matchService('https://www.google-analytics.com/x', [all, ga])).to.equal(ga)
  })
  it('ignores non-http URLs and garbage', () => {
    expect(matchService('data:text/javascript,1', services)).to.equal(undefined)
    expect(matchService('http://[bad', services)).to.equal(undefined)
  })
})
