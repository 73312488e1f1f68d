import { expect } from 'chai'
import { consentModeState, pushConsentDefault, pushConsentUpdate, validateConfig } from '../index.ts'
import type { Decision, ResolvedConfig, SekishoConfig } from '../index.ts'
import { baseConfig, catalog } from '../../test/fixtures.ts'

function resolve(extra: Partial<SekishoConfig> = {}): ResolvedConfig {
  const result = validateConfig({ ...baseConfig(), ...extra }, catalog)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.config
}

const decision = (purposes: Record<string, boolean>): Decision => ({
  revision: 'r',
  time: 0,
  purposes,
  services: {},
  subject: 'subject-1',
  method: 'custom',
})

const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}

/** What gtag.js itself would push: `function gtag(){dataLayer.push(arguments)}`. */
function gtagPushes(...calls: unknown[][]): unknown[] {
  const dataLayer: unknown[] = []
  function gtag(..._: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments)
  }
  for (const call of calls) gtag(...call)
  return dataLayer
}

const isArguments = (v: unknown) => Object.prototype.toString.call(v) === '[object Arguments]'

describe('Consent Mode', () => {
  it('denies everything but security_storage without a decision', () => {
    expect(consentModeState(resolve(), undefined)).to.deep.equal(denied)
  })

  it('maps purposes to the seven types', () => {
    const config = resolve({
      purposes: [
        { id: 'necessary', required: true },
        { id: 'analytics' },
        { id: 'advertising' },
        { id: 'functional' },
        { id: 'personalization' },
      ],
    })
    expect(consentModeState(config, decision({ analytics: true }))).to.deep.equal({
      ...denied,
      analytics_storage: 'granted',
    })
    expect(
      consentModeState(config, decision({ advertising: true, functional: true, personalization: true })),
    ).to.deep.equal({
      ...denied,
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
    })
  })

  it('takes overrides from consentMode.map; required purposes count as granted', () => {
    const config = resolve({
      consentMode: { map: { functionality_storage: ['necessary'], ad_personalization: ['advertising', 'affiliate'] } },
    })
    expect(consentModeState(config, undefined)).to.deep.equal({ ...denied, functionality_storage: 'granted' })
    expect(consentModeState(config, decision({ advertising: true })).ad_personalization).to.equal('denied')
    expect(consentModeState(config, decision({ advertising: true, affiliate: true })).ad_personalization).to.equal(
      'granted',
    )
  })

  it('pushes region defaults, then the global default, then the sets, as gtag does (Arguments objects)', () => {
    const config = resolve({
      consentMode: {
        waitForUpdate: 800,
        regions: { 'US-CA': { analytics_storage: 'granted' }, US: { ad_storage: 'granted' } },
        developerId: 'dXk0Nj',
        adsDataRedaction: true,
        urlPassthrough: true,
      },
    })
    const dataLayer: unknown[] = ['earlier']
    pushConsentDefault(config, undefined, dataLayer)
    const expected = gtagPushes(
      ['consent', 'default', { ...denied, analytics_storage: 'granted', wait_for_update: 800, region: ['US-CA'] }],
      ['consent', 'default', { ...denied, ad_storage: 'granted', wait_for_update: 800, region: ['US'] }],
      ['consent', 'default', { ...denied, wait_for_update: 800 }],
      ['set', 'developer_id.dXk0Nj', true],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    )
    expect(dataLayer[0]).to.equal('earlier')
    expect(dataLayer.slice(1)).to.deep.equal(expected)
    expect(dataLayer.slice(1).every(isArguments)).to.equal(true)
    expect(Array.isArray(dataLayer[1])).to.equal(false)
  })

  it('a returning visitor: the global default, then their stored choice as an update straight after', () => {
    const dataLayer: unknown[] = []
    pushConsentDefault(resolve(), decision({ analytics: true }), dataLayer)
    expect(dataLayer).to.deep.equal(
      gtagPushes(
        ['consent', 'default', { ...denied, wait_for_update: 500 }],
        ['consent', 'update', { ...denied, analytics_storage: 'granted' }],
      ),
    )
  })

  it('pushes only the global default when nothing else is configured, waiting 500 ms', () => {
    const dataLayer: unknown[] = []
    pushConsentDefault(resolve(), undefined, dataLayer)
    expect(dataLayer).to.deep.equal(gtagPushes(['consent', 'default', { ...denied, wait_for_update: 500 }]))
  })

  it('pushes an update after the default', () => {
    const config = resolve()
    const dataLayer: unknown[] = []
    pushConsentDefault(config, undefined, dataLayer)
    pushConsentUpdate(config, decision({ analytics: true, advertising: true }), dataLayer)
    expect(dataLayer[1]).to.deep.equal(
      gtagPushes([
        'consent',
        'update',
        {
          ...denied,
          analytics_storage: 'granted',
          ad_storage: 'granted',
          ad_user_data: 'granted',
          ad_personalization: 'granted',
        },
      ])[0],
    )
    expect(isArguments(dataLayer[1])).to.equal(true)
  })

  it('uses window.dataLayer by default, creating it when missing', () => {
    const w = window as { dataLayer?: unknown[] }
    const saved = w.dataLayer
    delete w.dataLayer
    try {
      pushConsentUpdate(resolve(), undefined)
      expect(w.dataLayer).to.have.length(1)
      pushConsentUpdate(resolve(), undefined)
      expect(w.dataLayer).to.have.length(2)
    } finally {
      w.dataLayer = saved
    }
  })
})
