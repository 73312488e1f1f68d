// The rules no fixture site exercises, on observations written by hand: what the phases would have
// recorded, judged without a browser.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadConfig, pageFindings, siteFindings } from './findings.ts'
import type { Inspection, PhaseObservation } from './phases.ts'

const PAGE = 'https://shop.example.jp/'
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-X'
const inspection: Inspection = {
  cmp: 'generic',
  accept: 'Accept all',
  reject: 'Reject all',
  preTicked: [],
  notice: true,
  links: [],
}
const visit = (o: Partial<PhaseObservation> & Pick<PhaseObservation, 'phase'>): PhaseObservation => ({
  url: PAGE,
  requests: [],
  cookies: [],
  storage: [],
  dataLayer: [],
  inspection,
  ...o,
})
const CONFIG = JSON.stringify({
  revision: '1',
  controller: { name: 'Shop', contact: 'privacy@example.jp', policyUrl: '/privacy.html' },
  jurisdiction: 'JP',
  purposes: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'advertising' }],
  services: ['google-analytics', 'meta-pixel'],
})
const keys = (phases: PhaseObservation[], config?: string) =>
  pageFindings(phases, loadConfig(config)).findings.map((f) => f.key)

test('an accept button alone, an undecidable phase, an undeclared host and a missing notice are each named', () => {
  assert.deepEqual(
    keys([
      visit({ phase: 'first', inspection: { ...inspection, reject: undefined } }),
      visit({ phase: 'reject', problem: 'button not found' }),
      visit({
        phase: 'accept',
        inspection: { ...inspection, notice: false },
        requests: [{ url: 'https://px.unknown-tracker.example/p.gif', after: true }],
      }),
    ]),
    [
      'reject-not-on-first-layer|/|first|generic',
      'cmp-not-driven|/|reject|generic',
      'undeclared-third-party|/|accept|px.unknown-tracker.example',
      'notice-missing|/|accept|notice',
    ],
  )
})

test('Consent Mode: Google tags without a default; a default granting storage; an update granting it after reject', () => {
  assert.deepEqual(keys([visit({ phase: 'first', requests: [{ url: GTAG, after: false }] })]), [
    'consent-before-storage|/|first|google-analytics',
    'consent-mode-missing-default|/|first|default',
  ])
  const denied = { entry: ['consent', 'default', { analytics_storage: 'denied' }], tagRan: false }
  assert.deepEqual(
    keys([
      visit({
        phase: 'reject',
        dataLayer: [denied, { entry: ['consent', 'update', { analytics_storage: 'granted' }], tagRan: true }],
      }),
      visit({
        phase: 'first',
        dataLayer: [{ entry: ['consent', 'default', { ad_storage: 'granted' }], tagRan: false }],
      }),
      // A default for one region may grant: other regions keep theirs.
      visit({
        phase: 'first',
        dataLayer: [{ entry: ['consent', 'default', { ad_storage: 'granted', region: ['US'] }], tagRan: false }],
      }),
    ]),
    ['consent-mode-granted-refused|/|reject|update', 'consent-mode-granted-refused|/|first|default'],
  )
})

test('with a config: a service seen but not declared, and one declared but never seen', () => {
  const known = loadConfig(CONFIG)
  assert.deepEqual(known.errors, [])
  const seen = pageFindings(
    [
      visit({
        phase: 'accept',
        requests: [{ url: GTAG, after: true }],
        cookies: [{ name: '_uetsid', domain: 'shop.example.jp' }],
      }),
    ],
    known,
  ).seen
  assert.deepEqual(
    siteFindings(PAGE, seen, known).map((f) => [f.key, f.severity]),
    [
      ['service-not-declared|site|site|microsoft-uet', 'error'],
      ['service-not-seen|site|site|meta-pixel', 'info'],
    ],
  )
  // Without a config nothing is compared.
  assert.deepEqual(siteFindings(PAGE, seen, loadConfig(undefined)), [])
})

test('a Web Storage key a service writes is its evidence, as its cookies are', () => {
  const [finding] = pageFindings(
    [
      visit({
        phase: 'reject',
        storage: [{ name: '_hjSession_1', area: 'localStorage', origin: 'https://shop.example.jp' }],
      }),
    ],
    loadConfig(undefined),
  ).findings
  assert.deepEqual(
    [finding?.key, finding?.evidence],
    ['reject-not-honoured|/|reject|hotjar', ['localStorage _hjSession_1']],
  )
})

test("a third-party frame's storage: by the service declaring its host, else the frame's own finding; a first-party key no service names is none", () => {
  const storage = [
    { name: 'prefs', area: 'localStorage', origin: 'https://shop.example.jp' },
    { name: 'yt-remote-device-id', area: 'localStorage', origin: 'https://www.youtube.com' },
    { name: 'widget_uid', area: 'localStorage', origin: 'https://widget.example' },
    { name: 'widget-db', area: 'indexedDB', origin: 'https://widget.example' },
    { name: 'ok', area: 'localStorage', origin: 'https://cdn.shop.example.jp' },
  ] as const
  const found = pageFindings([visit({ phase: 'first', storage: [...storage] })], loadConfig(undefined)).findings
  assert.deepEqual(
    found.map((f) => [f.key, f.evidence]),
    [
      ['consent-before-storage|/|first|youtube', ['localStorage yt-remote-device-id (https://www.youtube.com)']],
      [
        'consent-before-storage|/|first|widget.example',
        ['localStorage widget_uid (https://widget.example)', 'indexedDB widget-db (https://widget.example)'],
      ],
    ],
  )
  assert.match(found[1]!.reason, /a frame from https:\/\/widget\.example, which no service declares, stored 2 key/)
  // After "accept all" the same storage is no leak.
  assert.deepEqual(keys([visit({ phase: 'accept', storage: [...storage] })]), [])
})

test('Consent Mode: an "accept all" followed by no granting update is named; one followed by it is not', () => {
  const def = { entry: ['consent', 'default', { analytics_storage: 'denied' }], tagRan: false, afterDecision: false }
  const update = { entry: ['consent', 'update', { analytics_storage: 'granted' }], tagRan: true }
  assert.deepEqual(keys([visit({ phase: 'accept', dataLayer: [def, { ...update, afterDecision: false }] })]), [
    'consent-mode-no-update|/|accept|update',
  ])
  assert.deepEqual(keys([visit({ phase: 'accept', dataLayer: [def, { ...update, afterDecision: true }] })]), [])
})

test('Global Privacy Control is judged where it binds: US states, a config that honours it everywhere, or --jurisdiction', () => {
  const gpc = [
    visit({ phase: 'first' }),
    visit({
      phase: 'gpc',
      requests: [{ url: 'https://connect.facebook.net/en_US/fbevents.js', after: true }],
    }),
  ]
  const withConfig = (changes: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(CONFIG), ...changes })
  const judged = (config: string | undefined, jurisdiction?: string) =>
    pageFindings(gpc, loadConfig(config, jurisdiction))
      .findings.filter((f) => f.rule === 'gpc-not-honoured')
      .map((f) => f.key)
  const found = ['gpc-not-honoured|/|gpc|meta-pixel']
  // The config's JP: not binding, and the reason says whose choice that was.
  assert.deepEqual(judged(CONFIG), [])
  assert.match(loadConfig(CONFIG).gpcNotBinding!, /under JP, the jurisdiction the site's config declares/)
  assert.deepEqual(judged(CONFIG, 'US-CA'), found)
  assert.deepEqual(judged(withConfig({ jurisdiction: 'US-CA' })), found)
  // A site that says it honours GPC everywhere is held to it, wherever it is.
  assert.deepEqual(judged(withConfig({ gpc: 'always' })), found)
  // No config: as in California, unless told otherwise.
  assert.deepEqual(judged(undefined), found)
  assert.deepEqual(judged(undefined, 'EU'), [])
})
