import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { alignColumns, buildScanReport, displayWidth, formatScanReport, type PageObservation } from './scan-report.ts'
import { VALID } from './fixtures.ts'

const PIXEL = VALID.services[2] as Record<string, unknown>
/** A site with a required chat service, Google Analytics, and an in-house ad service with name patterns. */
const CONFIG = JSON.stringify({
  ...VALID,
  services: [
    'google-analytics',
    { ...PIXEL, id: 'chat', name: 'Chat', purposes: ['necessary'], hosts: ['chat.example.com'], cookies: ['chat_sid'] },
    { ...PIXEL, id: 'house-ads', name: '自社広告', hosts: [], cookies: ['_h_*'], storage: ['house_*'] },
  ],
})

const seen = (over: Partial<PageObservation> = {}): PageObservation => ({
  url: 'https://shop.example.jp/',
  requests: [],
  cookies: [],
  storage: [],
  held: [],
  idle: true,
  ...over,
})

describe('buildScanReport', () => {
  it('counts tracker requests, cookies (with * patterns) and storage keys as leaks; required services may run', () => {
    const report = buildScanReport(
      seen({
        requests: [
          'https://shop.example.jp/app.js',
          'https://chat.example.com/widget.js',
          'https://www.google-analytics.com/g/collect?v=2',
          'https://www.google-analytics.com/g/collect?v=2',
          'https://connect.facebook.net/en_US/fbevents.js',
          'https://cdn.unknown.example.org/lib.js',
          'data:image/gif;base64,R0lGOD',
        ],
        cookies: [
          { name: '_h_visitor', domain: 'shop.example.jp' },
          { name: 'chat_sid', domain: 'shop.example.jp' },
          { name: 'PHPSESSID', domain: 'shop.example.jp' },
        ],
        storage: [
          { area: 'localStorage', key: 'house_seen' },
          { area: 'sessionStorage', key: 'cart' },
        ],
      }),
      CONFIG,
      'file',
    )
    assert.deepEqual(report.config, { source: 'file', revision: VALID.revision, errors: [] })
    assert.deepEqual(report.leaks, [
      { kind: 'request', service: 'google-analytics', what: 'https://www.google-analytics.com/g/collect?v=2' },
      { kind: 'request', service: 'meta-pixel', what: 'https://connect.facebook.net/en_US/fbevents.js' },
      { kind: 'cookie', service: 'house-ads', what: '_h_visitor (shop.example.jp)' },
      { kind: 'storage', service: 'house-ads', what: 'localStorage house_seen' },
    ])
    assert.deepEqual(
      report.services.map((s) => [s.id, s.inConfig, s.seenAs.join()]),
      [
        ['chat', true, 'request,cookie'],
        ['google-analytics', true, 'request'],
        ['house-ads', true, 'cookie,storage'],
        ['meta-pixel', false, 'request'],
      ],
    )
    assert.deepEqual(report.notInConfig, ['meta-pixel'])
    assert.deepEqual(report.notSeen, [])
    assert.deepEqual(report.unknownHosts, ['cdn.unknown.example.org'])
    assert.deepEqual(report.unknownNames, ['cookie PHPSESSID (shop.example.jp)', 'sessionStorage cart'])
  })

  it('finds held tags by their service id or URL without calling them leaks', () => {
    const report = buildScanReport(
      seen({
        held: [{ target: 'youtube' }, { target: 'analytics', url: 'https://www.googletagmanager.com/gtag/js?id=G-1' }],
      }),
      CONFIG,
      'page',
    )
    assert.deepEqual(report.leaks, [])
    assert.deepEqual(report.notSeen, ['chat', 'house-ads'])
    assert.deepEqual(
      report.services.map((s) => [s.id, s.inConfig, s.seenAs.join()]),
      [
        ['google-analytics', true, 'markup'],
        ['youtube', false, 'markup'],
      ],
    )
  })

  it('without a config, every tracker is undeclared and nothing may run', () => {
    const report = buildScanReport(
      seen({ requests: ['https://chat.example.com/x', 'https://px.a8.net/a8fly/earnings'] }),
      undefined,
      'page',
    )
    assert.equal(report.config.source, 'none')
    assert.deepEqual(
      report.leaks.map((l) => l.service),
      ['a8net'],
    )
    assert.deepEqual(report.unknownHosts, ['chat.example.com'])
  })

  it('reports config errors with their paths and still uses the ids it can read', () => {
    const broken = JSON.stringify({ services: ['a8net', { id: 'mine', hosts: ['t.mine.example'] }] })
    const report = buildScanReport(
      seen({ requests: ['https://t.mine.example/p', 'https://px.a8.net/x'] }),
      broken,
      'page',
    )
    assert.ok(
      report.config.errors.some((e) => e.startsWith('revision: ')),
      report.config.errors.join('\n'),
    )
    assert.deepEqual(
      report.services.map((s) => [s.id, s.inConfig]),
      [
        ['a8net', true],
        ['mine', true],
      ],
    )
    assert.equal(report.leaks.length, 2)
    assert.match(buildScanReport(seen(), '{oops', 'page').config.errors[0]!, /^\(config\): not valid JSON/)
  })
})

describe('formatScanReport', () => {
  it('aligns columns by terminal width, counting wide characters twice', () => {
    assert.equal(displayWidth('Yahoo!広告'), 10)
    assert.equal(
      alignColumns([
        ['A', 'B'],
        ['自社広告', 'x'],
        ['ab', 'y'],
      ]),
      '  A         B\n  自社広告  x\n  ab        y\n',
    )
  })

  it('names the leaks, the undeclared services and the unknown hosts', () => {
    const report = buildScanReport(
      seen({
        requests: ['https://connect.facebook.net/en_US/fbevents.js', 'https://cdn.other.example/x.js'],
        idle: false,
      }),
      CONFIG,
      'page',
    )
    const text = formatScanReport(report)
    assert.match(text, /^Scanned https:\/\/shop\.example\.jp\/\nConfig: from the page, revision 2026-11-01\n/)
    assert.match(text, /did not go idle/)
    assert.match(
      text,
      /^Not in the config \(1\): meta-pixel\nDeclared but not seen before consent \(3\): chat, google-analytics, house-ads$/m,
    )
    assert.match(
      text,
      /^Leaked before consent \(1\)\n {2}KIND {5}SERVICE {5}WHAT\n {2}request {2}meta-pixel {2}https:\/\/connect\.facebook\.net\/en_US\/fbevents\.js$/m,
    )
    assert.match(text, /^ {2}cdn\.other\.example$/m)
    assert.match(formatScanReport(buildScanReport(seen(), CONFIG, 'page')), /Leaked before consent \(0\)\n {2}nothing/)
  })
})

describe('unmarked tags in the served HTML', () => {
  it('lists each tag of a declared service the preload scanner would fetch, with its fix', () => {
    const html = `<!doctype html>\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>\n<img src="https://cdn.unknown.example.org/x.gif" alt="">`
    const report = buildScanReport(seen({ html }), CONFIG, 'file')
    assert.deepEqual(
      report.unmarked.map((c) => [c.line, c.service, c.after]),
      [
        [
          2,
          'google-analytics',
          '<script async data-src="https://www.googletagmanager.com/gtag/js?id=G-1" type="text/plain" data-sekisho="google-analytics">',
        ],
      ],
    )
    assert.match(
      formatScanReport(report),
      /Unmarked tags in the served HTML[^\n]*\(1\)[^\n]*\n {2}line 2:1 google-analytics\n {4}- <script async src=/,
    )
    assert.deepEqual(buildScanReport(seen(), CONFIG, 'file').unmarked, [])
  })
})
