import { expect } from 'chai'
import { formatConfigErrors, validateConfig } from '../index.ts'
import { baseConfig, catalog, pixel } from '../../test/fixtures.ts'

/** The errors of a config changed by `edit`, or [] when it is valid. */
function errorsOf(edit: (c: any) => void, cat: Record<string, any> = catalog) {
  const config: any = baseConfig()
  edit(config)
  const result = validateConfig(config, cat)
  return result.ok ? [] : result.errors
}

describe('validateConfig', () => {
  it('accepts a valid config and fills in the defaults', () => {
    const result = validateConfig(baseConfig(), catalog)
    if (!result.ok) throw new Error(formatConfigErrors(result.errors))
    const { config } = result
    expect(config.jurisdiction).to.equal('JP')
    expect(config.languages).to.deep.equal(['ja', 'en'])
    expect(config.consentMaxAgeDays).to.equal(180)
    expect(config.cookie).to.deep.equal({ name: 'sekisho' })
    expect(config.gpc).to.equal('auto')
    expect(config.reloadOnWithdraw).to.equal(true)
    expect(config.services.map((s) => s.id)).to.deep.equal(['stats', 'my-pixel'])
    expect(config.services[0]).to.deep.equal(catalog.stats)
  })

  it('accepts the opt-out kind, recipient address and representative, and necessary reason', () => {
    const fields = {
      optOutKind: 'personalisation',
      recipientAddress: { ja: '東京都千代田区', en: 'Chiyoda, Tokyo' },
      recipientRepresentative: { ja: '代表取締役 山田太郎', en: 'Taro Yamada, CEO' },
      necessaryReason: { ja: '理由', en: 'why' },
      recipientMeasures: { ja: '認証を取得しています', en: 'It holds a certification' },
    }
    const result = validateConfig({ ...baseConfig(), services: ['stats', { ...pixel, ...fields }] }, catalog)
    if (!result.ok) throw new Error(formatConfigErrors(result.errors))
    expect(result.config.services[1]).to.include(fields)
  })

  it('keeps given values over defaults', () => {
    const result = validateConfig(
      {
        ...baseConfig(),
        jurisdiction: 'US-CA',
        consentMaxAgeDays: 395,
        cookie: { domain: '.example.jp' },
        gpc: 'never',
      },
      catalog,
    )
    expect(result.ok && result.config).to.include({ jurisdiction: 'US-CA', consentMaxAgeDays: 395, gpc: 'never' })
    expect(result.ok && result.config.cookie).to.deep.equal({ name: 'sekisho', domain: '.example.jp' })
  })

  it('lets an object with a catalog id override that entry', () => {
    const result = validateConfig({ ...baseConfig(), services: [{ id: 'stats', hosts: ['a.example.org'] }] }, catalog)
    expect(result.ok && result.config.services[0]).to.deep.equal({ ...catalog.stats, hosts: ['a.example.org'] })
  })

  it('trusts a compact catalog for the notice items only when asked, and still checks overrides', () => {
    const compact = { stats: { purposes: ['analytics'], hosts: ['stats.example.net'] } }
    const strict = validateConfig(baseConfig(), compact)
    expect(strict.ok).to.equal(false)
    expect(!strict.ok && strict.errors.map((e) => e.path)).to.include('services[0].recipient')
    const trusted = validateConfig(baseConfig(), compact, { trustCatalog: true })
    expect(trusted.ok && trusted.config.services[0]).to.deep.equal({ id: 'stats', ...compact.stats })
    const blanked = validateConfig({ ...baseConfig(), services: [{ id: 'stats', data: [] }] }, compact, {
      trustCatalog: true,
    })
    expect(!blanked.ok && blanked.errors.map((e) => e.path)).to.deep.equal(['services[0].data'])
  })

  it('defaults hosts to an empty list', () => {
    const { hosts, ...noHosts } = pixel
    const result = validateConfig({ ...baseConfig(), services: [noHosts] })
    expect(result.ok && result.config.services[0]!.hosts).to.deep.equal([])
  })

  // Each row: a change to a valid config, then the exact [path, message] errors it must give.
  const table: Array<[string, (c: any) => void, Array<[string, string]>]> = [
    [
      'a host with a scheme',
      (c) => (c.services[1].hosts[0] = 'http://x'),
      [['services[1].hosts[0]', 'expected a host name, got "http://x"']],
    ],
    [
      'an unknown jurisdiction',
      (c) => (c.jurisdiction = 'XX'),
      [['jurisdiction', 'expected one of JP, EU, UK, CH, KR, BR, CA, US, US-<state> (US-CA, US-CO, …), got "XX"']],
    ],
    [
      'consentMaxAgeDays 0',
      (c) => (c.consentMaxAgeDays = 0),
      [['consentMaxAgeDays', 'expected a whole number from 1 to 395, got 0']],
    ],
    [
      'consentMaxAgeDays 396',
      (c) => (c.consentMaxAgeDays = 396),
      [['consentMaxAgeDays', 'expected a whole number from 1 to 395, got 396']],
    ],
    [
      'consentMaxAgeDays as text',
      (c) => (c.consentMaxAgeDays = '180'),
      [['consentMaxAgeDays', 'expected a whole number from 1 to 395, got "180"']],
    ],
    ['a missing revision', (c) => delete c.revision, [['revision', 'missing']]],
    [
      'a revision with spaces',
      (c) => (c.revision = 'May 1'),
      [['revision', 'expected up to 64 letters, digits, _ . : -, got "May 1"']],
    ],
    [
      'a revision with a separator',
      (c) => (c.revision = 'v1|v2'),
      [['revision', 'expected up to 64 letters, digits, _ . : -, got "v1|v2"']],
    ],
    ['a missing controller name', (c) => (c.controller = {}), [['controller.name', 'missing']]],
    [
      "a controller's e-mail, phone and url that are not",
      (c) => (c.controller = { name: 'n', email: 'privacy', phone: 'call us', url: 'http://x.jp' }),
      [
        ['controller.email', 'expected an e-mail address, got "privacy"'],
        ['controller.phone', 'expected a phone number, got "call us"'],
        ['controller.url', 'expected an https:// URL, got "http://x.jp"'],
      ],
    ],
    [
      'an unknown top-level key',
      (c) => (c.servces = []),
      [
        [
          'servces',
          'unknown key; did you mean services?; allowed: $schema, revision, controller, jurisdiction, languages, consentMaxAgeDays, cookie, purposes, services, receipts, ui, consentMode, gpc, reloadOnWithdraw',
        ],
      ],
    ],
    [
      'an unknown service key',
      (c) => (c.services[1].host = 'x'),
      [
        [
          'services[1].host',
          'unknown key; did you mean hosts?; allowed: id, purposes, name, recipient, country, data, sitePurpose, recipientPurpose, hosts, cookies, storage, retention, privacyPolicyUrl, optOutUrl, optOutKind, recipientAddress, recipientRepresentative, recipientMeasures, necessaryReason, consentMode, checked',
        ],
      ],
    ],
    [
      'an opt-out kind that is none of transmission, personalisation, use',
      (c) => (c.services[1].optOutKind = 'ads'),
      [['services[1].optOutKind', 'expected one of transmission, personalisation, use, got "ads"']],
    ],
    [
      "a recipient's measures given as a number",
      (c) => (c.services[1].recipientMeasures = 17),
      [['services[1].recipientMeasures', 'expected a non-empty string, got 17']],
    ],
    [
      'an empty recipient address',
      (c) => (c.services[1].recipientAddress = { ja: ' ' }),
      [['services[1].recipientAddress.ja', 'expected a non-empty string, got " "']],
    ],
    [
      'a duplicate purpose id',
      (c) => c.purposes.push({ id: 'analytics' }),
      [['purposes[4].id', 'duplicate purpose id "analytics"']],
    ],
    [
      'a purpose id with spaces',
      (c) => Object.assign(c.purposes[1], { id: 'web analytics', label: 'Web', description: 'Counts visits' }),
      [
        ['purposes[1].id', 'expected an id like web-analytics (letters, digits, - _), got "web analytics"'],
        ['services[0]', 'service stats (catalog) needs purpose analytics; add it to purposes'],
      ],
    ],
    [
      'no purposes',
      (c) => (c.purposes = []),
      [
        ['purposes', 'expected a non-empty list, got []'],
        ['services[0]', 'service stats (catalog) needs purpose analytics; add it to purposes'],
        ['services[1].purposes[0]', 'expected one of (none declared), got "advertising"'],
      ],
    ],
    [
      'an undeclared purpose',
      (c) => (c.services[1].purposes = ['marketing']),
      [['services[1].purposes[0]', 'expected one of necessary, analytics, advertising, affiliate, got "marketing"']],
    ],
    [
      'a service without purposes',
      (c) => (c.services[1].purposes = []),
      [['services[1].purposes', 'expected a non-empty list, got []']],
    ],
    [
      'an unknown catalog id',
      (c) => c.services.push('meta-pixel'),
      [['services[2]', 'unknown catalog id "meta-pixel"; known: stats']],
    ],
    ['a duplicate service', (c) => c.services.push('stats'), [['services[2]', 'duplicate service id "stats"']]],
    [
      'a missing recipient',
      (c) => delete c.services[1].recipient,
      [['services[1].recipient', 'missing (the Japanese external-transmission notice needs it)']],
    ],
    [
      'a missing sitePurpose',
      (c) => delete c.services[1].sitePurpose,
      [['services[1].sitePurpose', 'missing (the Japanese external-transmission notice needs it)']],
    ],
    [
      'a missing recipientPurpose',
      (c) => delete c.services[1].recipientPurpose,
      [['services[1].recipientPurpose', 'missing (the Japanese external-transmission notice needs it)']],
    ],
    [
      'a missing name',
      (c) => delete c.services[1].name,
      [['services[1].name', 'missing (the Japanese external-transmission notice needs it)']],
    ],
    ['empty data', (c) => (c.services[1].data = []), [['services[1].data', 'expected a non-empty list, got []']]],
    [
      'a blank data item',
      (c) => (c.services[1].data = ['ip', ' ']),
      [['services[1].data[1]', 'expected a non-empty string, got " "']],
    ],
    [
      'a blank localized text',
      (c) => (c.services[1].recipient = { ja: '', en: 'X' }),
      [['services[1].recipient.ja', 'expected a non-empty string, got ""']],
    ],
    [
      'a lowercase country',
      (c) => (c.services[1].country = 'us'),
      [['services[1].country', 'expected an ISO 3166-1 alpha-2 country code like US or JP, got "us"']],
    ],
    [
      'a country name',
      (c) => (c.services[1].country = 'USA'),
      [['services[1].country', 'expected an ISO 3166-1 alpha-2 country code like US or JP, got "USA"']],
    ],
    [
      'an http policy URL',
      (c) => (c.services[1].privacyPolicyUrl = 'http://example.com/p'),
      [['services[1].privacyPolicyUrl', 'expected an https:// URL, got "http://example.com/p"']],
    ],
    [
      'a cookie pattern with a space',
      (c) => (c.services[1].cookies = ['_a b']),
      [['services[1].cookies[0]', 'expected a cookie name (* as wildcard), got "_a b"']],
    ],
    [
      'a bad consentMode',
      (c) => (c.services[1].consentMode = 'full'),
      [['services[1].consentMode', 'expected one of basic, advanced, got "full"']],
    ],
    ['a bad gpc', (c) => (c.gpc = true), [['gpc', 'expected one of auto, always, never, got true']]],
    [
      'a bad language',
      (c) => (c.languages = ['ja', 'Japanese!']),
      [['languages[1]', 'expected a language tag like ja or en, got "Japanese!"']],
    ],
    [
      'a cookie domain with a scheme',
      (c) => (c.cookie = { domain: 'https://example.jp' }),
      [['cookie.domain', 'expected a domain like .example.jp, got "https://example.jp"']],
    ],
    [
      'a bad Consent Mode region',
      (c) => (c.consentMode = { regions: { Japan: { ad_storage: 'granted' } } }),
      [['consentMode.regions.Japan', 'expected an ISO 3166-1 or 3166-2 code like JP or US-CA, got "Japan"']],
    ],
    [
      'a region default with a bad state',
      (c) => (c.consentMode = { regions: { JP: { ad_storage: 'yes' } } }),
      [['consentMode.regions.JP.ad_storage', 'expected one of granted, denied, got "yes"']],
    ],
    [
      "config v1's list of Consent Mode regions (one region-scoped default, none elsewhere)",
      (c) => (c.consentMode = { regions: ['JP'] }),
      [
        [
          'consentMode.regions',
          'the list form is gone (it gave those regions the only default and left every other region without one); write region → consent types, e.g. { "US-CA": { "analytics_storage": "granted" } }, or leave it out for one global default',
        ],
      ],
    ],
    [
      'a developer id that is not one',
      (c) => (c.consentMode = { developerId: 'developer_id.abc' }),
      [
        [
          'consentMode.developerId',
          'expected the developer id Google issued to the CMP (letters and digits), got "developer_id.abc"',
        ],
      ],
    ],
    [
      'a catalog service whose purpose the config does not declare',
      (c) => (c.purposes = c.purposes.filter((p: { id: string }) => p.id != 'analytics')),
      [['services[0]', 'service stats (catalog) needs purpose analytics; add it to purposes']],
    ],
    [
      'a misspelt purpose of an own service',
      (c) => (c.services[1].purposes = ['advertisng']),
      [
        [
          'services[1].purposes[0]',
          'expected one of necessary, analytics, advertising, affiliate, got "advertisng"; did you mean advertising?',
        ],
      ],
    ],
    [
      'a misspelt catalog id',
      (c) => c.services.push('stat'),
      [['services[2]', 'unknown catalog id "stat"; did you mean stats?; known: stats']],
    ],
    [
      'vague data in an operator config (Japanese)',
      (c) => (c.services[1].data = ['Cookie ID', 'Cookie等の情報']),
      [
        [
          'services[1].data[1]',
          '"等" leaves the information open; list every item concretely (the external-transmission rule asks for the information itself, not examples)',
        ],
      ],
    ],
    [
      'vague data in one language of a localized item',
      (c) => (c.services[1].data = [{ ja: '閲覧したページのURL', en: 'page URL, referrer etc.' }]),
      [
        [
          'services[1].data[0].en',
          '"etc." leaves the information open; list every item concretely (the external-transmission rule asks for the information itself, not examples)',
        ],
      ],
    ],
    [
      'vague data with など',
      (c) => (c.services[1].data = ['端末の情報など']),
      [
        [
          'services[1].data[0]',
          '"など" leaves the information open; list every item concretely (the external-transmission rule asks for the information itself, not examples)',
        ],
      ],
    ],
    [
      'a dpv term on a purpose (nothing reads it)',
      (c) => (c.purposes[1].dpv = 'dpv:ServiceOptimisation'),
      [
        [
          'purposes[1].dpv',
          'not used: receipts name purposes by id, and the collector maps ids to DPV categories for the Kantara export (its purposeCategories option); remove it',
        ],
      ],
    ],
    [
      'a purpose of its own without wording (every purpose is described to visitors)',
      (c) => c.purposes.push({ id: 'research' }),
      [
        [
          'purposes[4].label',
          'missing (no built-in text for purpose research; built in: necessary, analytics, advertising, affiliate, functional, personalization)',
        ],
        [
          'purposes[4].description',
          'missing (no built-in text for purpose research; built in: necessary, analytics, advertising, affiliate, functional, personalization)',
        ],
      ],
    ],
    [
      'a language without texts',
      (c) => (c.languages = ['ja', 'fr']),
      [
        [
          'languages[1]',
          'no texts for "fr": built in are ja, en; to offer it, give ui.text.fr with every banner string (packages/banner README) and fr texts of purposes and services',
        ],
      ],
    ],
    [
      'a misspelt key',
      (c) => (c.consentMode = { waitForUpdat: 100 }),
      [
        [
          'consentMode.waitForUpdat',
          'unknown key; did you mean waitForUpdate?; allowed: waitForUpdate, regions, developerId, adsDataRedaction, urlPassthrough, map',
        ],
      ],
    ],
    [
      'an unknown Consent Mode type',
      (c) => (c.consentMode = { map: { ads_storage: ['advertising'] } }),
      [
        [
          'consentMode.map.ads_storage',
          'unknown key; did you mean ad_storage?; allowed: ad_storage, ad_user_data, ad_personalization, analytics_storage, functionality_storage, personalization_storage, security_storage',
        ],
      ],
    ],
    [
      'an undeclared purpose in the Consent Mode map',
      (c) => (c.consentMode = { map: { ad_storage: ['ads'] } }),
      [['consentMode.map.ad_storage[0]', 'expected one of necessary, analytics, advertising, affiliate, got "ads"']],
    ],
    [
      'a negative wait_for_update',
      (c) => (c.consentMode = { waitForUpdate: -1 }),
      [['consentMode.waitForUpdate', 'expected a whole number from 0 to 60000, got -1']],
    ],
    [
      'a prototype key',
      (c) => (c.toString = 'x'),
      [
        [
          'toString',
          'unknown key; allowed: $schema, revision, controller, jurisdiction, languages, consentMaxAgeDays, cookie, purposes, services, receipts, ui, consentMode, gpc, reloadOnWithdraw',
        ],
      ],
    ],
    [
      'a catalog id from the prototype',
      (c) => (c.services = ['constructor']),
      [['services[0]', 'unknown catalog id "constructor"; known: stats']],
    ],
  ]
  for (const [name, edit, expected] of table) {
    it(`rejects ${name}`, () => {
      expect(errorsOf(edit).map((e) => [e.path, e.message])).to.deep.equal(expected)
    })
  }

  it('needs a catalog for catalog ids', () => {
    expect(errorsOf((c) => (c.services = ['stats']), {})).to.deep.equal([
      {
        path: 'services[0]',
        message: 'unknown catalog id "stats"; no catalog was given, so write the full definition',
      },
    ])
  })

  it('reports a non-object config at the root', () => {
    for (const input of [null, 'x', [], 3]) {
      const result = validateConfig(input)
      expect(result.ok).to.equal(false)
      expect(!result.ok && result.errors[0]!.path).to.equal('')
    }
  })

  it('reports every error at once', () => {
    expect(
      errorsOf((c) => ((c.jurisdiction = 'XX'), (c.gpc = 'no'), delete c.services[1].country)).map((e) => e.path),
    ).to.deep.equal(['jurisdiction', 'gpc', 'services[1].country'])
  })

  it('never throws on hostile input', () => {
    const hostile: unknown[] = [
      { revision: 1, controller: 'x', purposes: 'all', services: {} },
      { revision: 'r', controller: { name: 'n' }, purposes: [null, 3, { id: {} }], services: [null, 7, [], { id: 3 }] },
      JSON.parse('{"__proto__": {"polluted": true}, "revision": "r"}'),
    ]
    const cyclic: any = { ...baseConfig(), jurisdiction: {} }
    cyclic.jurisdiction.self = cyclic
    hostile.push(cyclic, { ...baseConfig(), gpc: () => 'always' }, { ...baseConfig(), consentMaxAgeDays: BigInt(3) })
    for (const input of hostile) expect(validateConfig(input, catalog).ok).to.equal(false)
    expect(errorsOf((c) => (c.gpc = () => 1))).to.deep.equal([
      { path: 'gpc', message: 'expected one of auto, always, never, got function' },
    ])
    expect(({} as any).polluted).to.equal(undefined)
  })
})

describe('formatConfigErrors', () => {
  it('prints one line per error', () => {
    expect(
      formatConfigErrors([
        { path: 'services[3].hosts[0]', message: 'expected a host name' },
        { path: '', message: 'expected an object' },
      ]),
    ).to.equal('services[3].hosts[0]: expected a host name\n(config): expected an object')
  })
})

describe('validateConfig: the form of each field', () => {
  /** The messages at `path` once `value` is set there (a path of keys and indexes from the root). */
  const at = (path: string, value: unknown) =>
    errorsOf((c) => {
      const keys = path.split('.')
      let o = c
      for (const k of keys.slice(0, -1)) o = o[k] ??= {}
      o[keys.at(-1)!] = value
    })
      .filter((e) => e.path == path.replace(/\.(\d+)/g, '[$1]'))
      .map((e) => e.message)

  it('takes well-formed values and names a malformed one at its path, saying what was expected', () => {
    const cases: Array<[string, unknown[], unknown[], string]> = [
      ['services.1.checked', ['2026-11-01'], ['x2026-11-01', '2026-11-01x'], 'a date YYYY-MM-DD'],
      ['controller.email', ['privacy@example.jp'], [' privacy@example.jp', 'privacy@example.jp '], 'an e-mail address'],
      ['controller.phone', ['+81 (3) 1234-5678', '03-1234-5678'], ['x03-1234-5678', '03-1234-5678x'], 'a phone number'],
      ['jurisdiction', ['US', 'US-CA', 'JP'], ['XJP', 'JPX', 'US-'], 'one of JP, EU, UK'],
      ['cookie.name', ['my_consent'], ['a b'], 'a cookie name'],
      ['cookie.domain', ['.example.jp'], ['example'], 'a domain like .example.jp'],
      [
        'receipts.endpoint',
        ['https://c.example.jp/r', '/receipts', 'http://localhost:8080/r'],
        ['x/receipts', '/receipts x'],
        'an https:// URL, a path, or http://localhost',
      ],
      ['ui.position', ['bottom', 'center'], ['top'], 'one of bottom, center'],
      ['services.1.hosts', [['px.example.com']], [['https://px.example.com']], 'a host name'],
    ]
    for (const [path, good, bad, what] of cases) {
      for (const v of good) expect([path, v, at(path, v)]).to.deep.equal([path, v, []])
      for (const v of bad) {
        const messages = at(path.replace(/\.hosts$/, '.hosts.0'), v).concat(at(path, v))
        expect([path, v, messages.some((m) => m.startsWith(`expected ${what}`))]).to.deep.equal([path, v, true])
      }
    }
  })

  it('takes every optional field the config format documents', () => {
    const optional: Array<[string, unknown]> = [
      ['$schema', 'https://example.jp/schema.json'],
      ['controller.contact', 'privacy desk'],
      ['controller.address', 'Tokyo'],
      ['receipts.headers', { Authorization: 'Bearer x' }],
      ['ui.theme', { '--sekisho-bg': '#fff' }],
      ['ui.text', { en: { accept: 'OK' } }],
      ['ui.reopen', false],
      ['reloadOnWithdraw', false],
      ['services.1.storage', ['px:*']],
      ['services.1.retention', '13 months'],
      ['services.1.optOutUrl', 'https://example.com/opt-out'],
    ]
    for (const [path, v] of optional) expect([path, at(path, v)]).to.deep.equal([path, []])
  })

  it('names each required field that is missing', () => {
    const missing = (path: string, edit: (c: any) => void) =>
      errorsOf(edit).some((e) => e.path == path && e.message.startsWith('missing'))
    expect(missing('controller', (c) => delete c.controller)).to.equal(true)
    expect(missing('purposes', (c) => delete c.purposes)).to.equal(true)
    expect(missing('services', (c) => delete c.services)).to.equal(true)
    expect(missing('purposes[1].id', (c) => delete c.purposes[1].id)).to.equal(true)
    expect(missing('services[1].id', (c) => delete c.services[1].id)).to.equal(true)
    expect(missing('services[1].purposes', (c) => delete c.services[1].purposes)).to.equal(true)
    expect(at('languages', [])).to.deep.equal(['expected a non-empty list, got []'])
  })

  it('says what kind of value it expected, and shows the value it got, cut short', () => {
    expect(at('controller', 'x')).to.deep.equal(['expected an object, got "x"'])
    expect(at('services.1.hosts', 'x')).to.deep.equal(['expected a list, got "x"'])
    expect(at('services.1.name', {})).to.deep.equal(['expected text or { ja, en } texts, got {}'])
    expect(at('consentMode.regions', 'x')).to.deep.equal([
      'expected an object of ISO 3166 code → consent types, got "x"',
    ])
    expect(at('revision', 'x'.repeat(100))).to.deep.equal([
      `expected up to 64 letters, digits, _ . : -, got "${'x'.repeat(59)}`,
    ])
    expect(errorsOf((c) => c.purposes.push(undefined)).map((e) => e.message)).to.deep.equal([
      'expected an object, got nothing',
    ])
    const cyclic: any = {}
    cyclic.self = cyclic
    expect(at('jurisdiction', cyclic)).to.deep.equal([
      'expected one of JP, EU, UK, CH, KR, BR, CA, US, US-<state> (US-CA, US-CO, …), got object',
    ])
  })

  it('suggests a key up to a third of whose letters are wrong, and never trips over choices that are no strings', () => {
    expect(errorsOf((c) => (c.servcies = [])).map((e) => e.message)[0]).to.match(
      /^unknown key; did you mean services\?/,
    )
    expect(at('purposes.1.required', 'true')).to.deep.equal(['expected one of true, false, got "true"'])
    expect(errorsOf((c) => c.purposes.push(null)).map((e) => e.message)).to.deep.equal(['expected an object, got null'])
  })

  it('reports a services value that is no list once, and an unknown id without a catalog as such', () => {
    expect(errorsOf((c) => (c.services = 'x'))).to.deep.equal([
      { path: 'services', message: 'expected a list, got "x"' },
    ])
    const result = validateConfig({ ...baseConfig(), services: ['stats'] })
    expect(result.ok || result.errors.map((e) => e.message)).to.deep.equal([
      'unknown catalog id "stats"; no catalog was given, so write the full definition',
    ])
  })

  it("offers a language the operator gives the banner's texts for", () => {
    expect(
      errorsOf((c) => ((c.languages = ['ja', 'ko']), (c.ui = { text: { ko: { accept: '동의' } } }))),
    ).to.deep.equal([])
  })
})
