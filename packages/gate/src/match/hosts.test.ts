import { expect } from 'chai'
import { matchService } from '../index.ts'
import { hostDeclared, relative, relativeMarkup } from './hosts.ts'

const ga = { id: 'google-analytics', hosts: ['www.googletagmanager.com/gtag/js?id=G-', 'google-analytics.com'] }
// As in the catalog (packages/catalog/src/services/google-*.ts).
const GTAG = 'www.googletagmanager.com/gtag/js?id='
const ads = { id: 'google-ads', hosts: [`${GTAG}AW-`, `${GTAG}DC-`, `${GTAG}GT-`, 'googleadservices.com'] }
const gtm = { id: 'google-tag-manager', hosts: ['www.googletagmanager.com', `${GTAG}GTM-`] }
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
  it('reads the URL as the network stack does: trailing dot, case, whitespace, IPv4 forms, percent-encoding', () => {
    expect(matchService('https://www.google-analytics.com./g/collect', services)).to.equal(ga)
    expect(matchService('  HTTPS://WWW.Google-Analytics.COM/g/collect', services)).to.equal(ga)
    expect(matchService('\thttps://www.googletagmanager.com/%67tag/js?id=G-1', services)).to.equal(ga)
    expect(matchService('https://www.googletagmanager.com/GTAG/JS?ID=g-1', services)).to.equal(ga)
    const ip = { id: 'ip', hosts: ['192.0.2.1'] }
    expect(matchService('http://3221225985/x', [ip])).to.equal(ip)
    expect(matchService('http://0xc0.0.2.1/x', [ip])).to.equal(ip)
  })
  it('matches a query parameter wherever it stands in the query', () => {
    expect(matchService('https://www.googletagmanager.com/gtag/js?l=dataLayer&id=G-ABC', services)).to.equal(ga)
    expect(matchService('https://www.googletagmanager.com/gtag/js?cx=c&id=AW-1&l=x', services)).to.equal(ads)
    expect(matchService('https://www.googletagmanager.com/gtag/js?l=G-&id=X', [ga])).to.equal(undefined)
  })
  it('maps each Google tag id to its service: G-, GT-, AW-, DC-, GTM-', () => {
    const tag = (id: string) => matchService(`https://www.googletagmanager.com/gtag/js?l=dataLayer&id=${id}`, services)
    expect([tag('G-1'), tag('GT-1'), tag('AW-1'), tag('DC-1'), tag('GTM-1')]).to.deep.equal([ga, ads, ads, ads, gtm])
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
  it('lets `*` pass URLs that request no host: data:, javascript:, about:', () => {
    const all = { id: 'all', hosts: ['*'] }
    for (const url of ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', 'javascript:void 0', 'about:blank'])
      expect([url, matchService(url, [all])]).to.deep.equal([url, undefined])
  })
  it('lets the longest pattern win whatever the order of services, and the first declared on a tie', () => {
    const url = 'https://www.googletagmanager.com/gtag/js?id=G-ABC'
    expect(matchService(url, [ga, gtm])).to.equal(ga)
    expect(matchService(url, [gtm, ga])).to.equal(ga)
    const pixel = { id: 'pixel', hosts: ['connect.example'] }
    const widget = { id: 'widget', hosts: ['connect.example'] }
    expect(matchService('https://connect.example/x.js', [pixel, widget])).to.equal(pixel)
    expect(matchService('https://connect.example/x.js', [widget, pixel])).to.equal(widget)
  })
  it('does not take a parameter whose name starts the pattern for it: `i==G-1` is no `id=G-`', () => {
    expect(matchService('https://www.googletagmanager.com/gtag/js?i==G-1', [ga])).to.equal(undefined)
  })
  it('matches a query parameter by its whole name: `i=d=G-1` is no `id=G-`', () => {
    expect(matchService('https://www.googletagmanager.com/gtag/js?i=d=G-1', [ga])).to.equal(undefined)
    expect(matchService('https://www.googletagmanager.com/gtag/js?xid=G-1', [ga])).to.equal(undefined)
  })
})

describe("hostDeclared: whether the page's own host is one a service names", () => {
  it('names a host and its subdomains, never by `*`, not look-alikes, and from a pattern with a path', () => {
    const declared = (host: string) => hostDeclared(host, [ga, { hosts: ['*'] }, { hosts: ['shop.example/tag/'] }])
    expect(
      [
        'google-analytics.com',
        'www.google-analytics.com',
        'shop.example',
        'a.shop.example',
        'notgoogle-analytics.com',
        'example',
        'site.test',
      ].map(declared),
    ).to.deep.equal([true, true, true, true, false, false, false])
  })
})

describe("relative: URLs that can only reach the page's own host", () => {
  it('takes paths and names; not a scheme, //, a backslash, or slashes a tab or newline joins', () => {
    const urls = [
      '/own/x.png',
      'x.png',
      '../a/b?c=d#e',
      'https://t.example/x',
      '//t.example/x',
      '\\t.example',
      '/\t/t.example',
      'javascript:x',
    ]
    expect(urls.map(relative)).to.deep.equal([true, true, true, false, false, false, false, false])
  })

  it('takes markup whose URLs are all paths; not one with a scheme, //, a backslash or a character reference', () => {
    const html = [
      '<img src="/own/x.png"><a href="/own/page">x</a>',
      '<p>plain text</p>',
      '<img src="https://t.example/x.gif">',
      '<img src="//t.example/x.gif">',
      '<img src="/\n/t.example/x.gif">',
      '<img src="&#x2F;&#x2F;t.example/x.gif">',
    ]
    expect(html.map(relativeMarkup)).to.deep.equal([true, true, false, false, false, false])
  })
})
